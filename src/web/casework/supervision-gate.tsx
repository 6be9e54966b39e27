import { Alert, Anchor, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatAmount, formatDate } from '../ui/format.ts';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import {
  answerApproval,
  fetchGateSupervision,
  GATE_SUPERVISION_KEY,
  type MeasureApprovalView,
  type SupervisionGateResponse,
} from './gate-api.ts';
import { DueBadge } from './my-cases-due.tsx';

/**
 * The supervision page's gate (issue #12 items 3(h), 5, 7): emergency placements waiting for the
 * placement committee with the deadline (overdue in red and in words), institutional placements
 * past 12 months, and the measures waiting for the leader's approval, answered here.
 */
export function GateSupervision({ refreshMs }: { refreshMs: number }) {
  const data = useQuery({
    queryKey: GATE_SUPERVISION_KEY,
    queryFn: ({ signal }) => fetchGateSupervision(signal),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: false,
  });
  if (data.isPending) return <Loading label="Henter mødeforaenes frister …" />;
  if (data.isError) return <ErrorState error={data.error} title="Mødeforaenes frister kunne ikke hentes" />;
  return (
    <Stack gap="xl">
      <Approvals approvals={data.data.approvals} />
      <Emergencies data={data.data} />
      <LongStays data={data.data} />
    </Stack>
  );
}

function Emergencies({ data }: { data: SupervisionGateResponse }) {
  const on = todayInCopenhagen();
  return (
    <section aria-labelledby="sup-emergencies">
      <Title order={2} id="sup-emergencies" mb="xs">
        Akutanbringelser uden udvalgets afgørelse ({data.emergencies.length})
      </Title>
      {data.emergencies.length === 0 ? (
        <Text>Alle akutafgørelser er behandlet i Anbringelses- og efterværnsudvalget.</Text>
      ) : (
        <DataTable maw={900} columns={['Barn', 'Akutafgørelse', 'Udvalget senest', 'Frist']}>
          {data.emergencies.map((e) => (
            <Table.Tr key={e.emergencyDecisionId} data-case-id={e.caseId}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/sag/${e.caseId}`}>
                  {e.child.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{formatDate(e.decidedOn)}</Table.Td>
              <Table.Td>{formatDate(e.reachForumBy)}</Table.Td>
              <Table.Td>
                <DueBadge dueOn={e.reachForumBy} on={on} overdue={e.overdue} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function LongStays({ data }: { data: SupervisionGateResponse }) {
  return (
    <section aria-labelledby="sup-long-stays">
      <Title order={2} id="sup-long-stays" mb="xs">
        Institutionsanbringelser over 12 måneder ({data.longStays.length})
      </Title>
      <Text size="sm" mb="xs">
        Anbringelser skal være korte og behandlende: hvert langt ophold er på Det Kreative Råds dagsorden.
      </Text>
      {data.longStays.length === 0 ? (
        <Text>Ingen institutionsanbringelse har varet over grænsen.</Text>
      ) : (
        <DataTable maw={900} columns={['Barn', 'Tilbud', 'Trin', 'Siden', 'Over grænsen fra']}>
          {data.longStays.map((s) => (
            <Table.Tr key={s.measureId} data-case-id={s.caseId}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/sag/${s.caseId}`}>
                  {s.child.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{s.offer.name}</Table.Td>
              <Table.Td>{s.stepPosition}</Table.Td>
              <Table.Td>{formatDate(s.since)}</Table.Td>
              <Table.Td>{formatDate(s.flaggedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Approvals({ approvals }: { approvals: MeasureApprovalView[] }) {
  return (
    <section aria-labelledby="sup-approvals">
      <Title order={2} id="sup-approvals" mb="xs">
        Indsatser til bevilling ({approvals.length})
      </Title>
      {approvals.length === 0 ? (
        <Text>Ingen indsatser venter på bevilling.</Text>
      ) : (
        <DataTable columns={['Barn', 'Indsats', 'Pris pr. måned', 'Bevilling']}>
          {approvals.map((a) => (
            <Table.Tr key={a.measureId} data-measure-id={a.measureId}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/sag/${a.caseId}`}>
                  {a.child.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {a.offer.name}, trin {a.stepPosition}, fra {formatDate(a.startDate)}
                <Text size="xs">
                  Anmodet af {a.requestedBy.name} {formatDate(a.requestedAt)}. {a.reason}
                </Text>
              </Table.Td>
              <Table.Td>{formatAmount(a.monthlyCost)}</Table.Td>
              <Table.Td miw={260}>
                <ApprovalAnswer approval={a} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Approve or reject one measure; a rejection needs its reason (the server says so too). */
function ApprovalAnswer({ approval }: { approval: MeasureApprovalView }) {
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: (approved: boolean) =>
      answerApproval(approval.measureId, { approved, reason: reason.trim() || undefined }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: GATE_SUPERVISION_KEY });
      void client.invalidateQueries({ queryKey: ['case', approval.caseId] });
    },
  });
  const id = `approval-reason-${approval.measureId}`;
  return (
    <Stack gap={4}>
      <Textarea
        id={id}
        label={`Begrundelse (${approval.child.name})`}
        description="Skal udfyldes ved afslag."
        autosize
        minRows={1}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={missing ? 'Skriv begrundelsen for afslaget.' : undefined}
      />
      <Group gap="xs">
        <Button size="compact-sm" loading={answer.isPending} onClick={() => answer.mutate(true)}>
          Bevil
        </Button>
        <Button
          size="compact-sm"
          variant="outline"
          color="red.9"
          loading={answer.isPending}
          onClick={() => {
            setMissing(reason.trim() === '');
            if (reason.trim() === '') document.getElementById(id)?.focus();
            else answer.mutate(false);
          }}
        >
          Afvis
        </Button>
      </Group>
      {answer.isError && (
        <Alert color="red" variant="outline" role="alert">
          <Text>{errorMessage(answer.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
