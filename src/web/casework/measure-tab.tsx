import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../session.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatAmount, formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { CONFLICT_TITLE, END_REASON_LABELS, options, TRACK_LABELS } from './case-labels.ts';
import { useCaseMeasures, useCasePlans } from './case-queries.ts';
import {
  CASE_KEY,
  type CaseView,
  conflictCurrent,
  type MeasurePatchRequest,
  type MeasureView,
  patchMeasure,
} from './casework-api.ts';
import { EmergencyDecisionForm } from './emergency-form.tsx';
import { MeasureApprovalsList } from './measure-approvals-list.tsx';
import { MeasureForm } from './measure-form.tsx';

/** Status badges wrap instead of cutting their words off in a narrow column. */
const WRAP = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** Indsatser: the case's measures on the ladder, adding one from the catalog, ending one. */
export function MeasureTab({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const measures = useCaseMeasures(view.id);
  const plans = useCasePlans(view.id);
  const plan = [...(plans.data ?? [])].sort((a, b) => b.agreedOn.localeCompare(a.agreedOn))[0];
  const can = useCan();

  return (
    <Stack gap="lg">
      <Section id="measures" title="Indsatser">
        {measures.isPending ? (
          <Loading label="Henter indsatserne …" />
        ) : measures.isError ? (
          <ErrorState error={measures.error} title="Indsatserne kunne ikke hentes" />
        ) : measures.data.length === 0 ? (
          <Text>Der er ingen indsatser på sagen endnu.</Text>
        ) : (
          <MeasureTable measures={measures.data} canWrite={canWrite} />
        )}
      </Section>
      <MeasureApprovalsList caseId={view.id} />
      {canWrite && <MeasureForm view={view} plan={plan} />}
      {/* The server checks the case's district (mayDecideEmergency); a closed case takes none. */}
      {can('forums:emergency') && view.closedAt === null && <EmergencyDecisionForm caseId={view.id} />}
    </Stack>
  );
}

function MeasureTable({ measures, canWrite }: { measures: MeasureView[]; canWrite: boolean }) {
  const [ending, setEnding] = useState<string>();
  const sorted = [...measures].sort(
    (a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null) || b.startOn.localeCompare(a.startOn),
  );
  return (
    <Stack gap="sm">
      <DataTable
        withTableBorder={false}
        aria-label="Sagens indsatser"
        columns={['Tilbud', 'Trin', 'Spor', 'Periode', 'Pris pr. måned', 'Status', canWrite && 'Handling']}
      >
        {sorted.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>
              {m.offer.name}
              <Text size="xs">
                {m.legalBasis}
                {m.provider ? ` · ${m.provider}` : ''}
                {m.forumDecision
                  ? ` · ${m.forumDecision.forumName} ${formatDate(m.forumDecision.decidedOn)}`
                  : m.emergencyDecisionId
                    ? ' · Akutafgørelse'
                    : m.forumDecisionRef
                      ? ` · Forum: ${m.forumDecisionRef}`
                      : ''}
              </Text>
            </Table.Td>
            <Table.Td>
              {m.step.position}: {m.step.name}
            </Table.Td>
            <Table.Td>{TRACK_LABELS[m.track]}</Table.Td>
            <Table.Td>
              {formatDate(m.startOn)} –{' '}
              {m.endedOn
                ? formatDate(m.endedOn)
                : m.plannedEndOn
                  ? `planlagt ${formatDate(m.plannedEndOn)}`
                  : 'løbende'}
            </Table.Td>
            <Table.Td>{m.monthlyCost === null ? '' : formatAmount(m.monthlyCost)}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {m.endedOn ? (
                  <WordBadge color="gray" h="auto" styles={WRAP}>
                    Afsluttet
                    {m.endReason
                      ? `: ${END_REASON_LABELS[m.endReason as keyof typeof END_REASON_LABELS] ?? m.endReason}`
                      : ''}
                  </WordBadge>
                ) : (
                  <WordBadge color="green" h="auto" styles={WRAP}>
                    Aktiv
                  </WordBadge>
                )}
                {m.noProgressFlag && !m.endedOn && (
                  <Badge
                    variant="filled"
                    color="red"
                    c="white"
                    tt="none"
                    h="auto"
                    styles={WRAP}
                    data-state="no-progress"
                  >
                    Ingen fremgang ved to opfølgninger: stop eller ændr
                  </Badge>
                )}
              </Group>
            </Table.Td>
            {canWrite && (
              <Table.Td>
                {!m.endedOn && (
                  <Button size="xs" variant="default" onClick={() => setEnding(m.id)}>
                    Afslut {m.offer.name}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>
      {ending && (
        <EndMeasure
          key={ending}
          measure={sorted.find((m) => m.id === ending) as MeasureView}
          onDone={() => setEnding(undefined)}
        />
      )}
    </Stack>
  );
}

type EndReason = NonNullable<MeasurePatchRequest['end']>['reason'];

function EndMeasure({ measure, onDone }: { measure: MeasureView; onDone: () => void }) {
  const client = useQueryClient();
  const [on, setOn] = useState(todayDanish());
  const [reason, setReason] = useState<EndReason | ''>('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [version, setVersion] = useState(measure.version);
  const [current, setCurrent] = useState<MeasureView>();
  const endOn = parseDanishDate(on);
  const save = useMutation({
    mutationFn: () =>
      patchMeasure(measure.id, {
        version,
        end: { on: endOn ?? '', reason: reason as EndReason, note: note.trim() },
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: CASE_KEY });
      onDone();
    },
    onError: (error) => setCurrent(conflictCurrent<MeasureView>(error, 'measure')),
  });
  return (
    <form
      noValidate
      aria-label={`Afslut ${measure.offer.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (endOn && reason && note.trim()) save.mutate();
      }}
    >
      <Stack gap="sm" maw={640}>
        <Text fw={600}>Afslut {measure.offer.name}</Text>
        {current && (
          <Alert color="orange" variant="outline" role="alert" title={CONFLICT_TITLE}>
            <Stack gap="xs">
              <Text c="black">
                Indsatsen er ændret:{' '}
                {current.endedOn ? `afsluttet ${formatDate(current.endedOn)}` : 'stadig aktiv'}
                {current.plannedEndOn ? `, planlagt slut ${formatDate(current.plannedEndOn)}` : ''}. Det, du
                har skrevet herunder, er ikke gemt.
              </Text>
              <Group>
                <Button
                  variant="default"
                  onClick={() => {
                    setVersion(current.version);
                    setCurrent(undefined);
                    void client.invalidateQueries({ queryKey: CASE_KEY });
                  }}
                >
                  Overtag den aktuelle udgave
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <TextInput
          label="Slutdato"
          description={DATE_HINT}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={tried && !endOn ? 'Skriv en gyldig dato.' : undefined}
        />
        <NativeSelect
          label="Årsag"
          data={[{ value: '', label: 'Vælg årsag' }, ...options(END_REASON_LABELS)]}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as EndReason)}
          error={tried && !reason ? 'Vælg en årsag.' : undefined}
        />
        <Textarea
          label="Begrundelse"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={tried && !note.trim() ? 'Skriv begrundelsen.' : undefined}
        />
        {save.isError && !current && (
          <Alert color="red" variant="outline" role="alert" title="Indsatsen er ikke afsluttet">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Afslut indsatsen
          </Button>
          <Button variant="default" onClick={onDone}>
            Fortryd
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
