import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCan, useUser } from '../session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage, Loaded } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { DecisionForm } from './decision-form.tsx';
import { type DecisionView, decisionsKey, fetchDecisions, signDecision } from './documents-api.ts';

export const DECISION_STATUS_LABELS: Record<DecisionView['status'], string> = {
  awaiting_signature: 'Afventer anden underskrift',
  final: 'Endelig',
};

export function useCaseDecisions(caseId: string) {
  return useQuery({
    queryKey: decisionsKey(caseId),
    queryFn: ({ signal }) => fetchDecisions(caseId, signal),
  });
}

/**
 * "Afgørelser" (issue #14 item 1): the case's written decisions with their appeal guidance as given,
 * the form to record one, and — for a leader of the case's district — the second signature.
 */
export function DecisionsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const decisions = useCaseDecisions(caseId);
  return (
    <Stack gap="lg">
      <Section id="case-decisions" title="Afgørelser">
        <Loaded
          query={decisions}
          loading="Henter afgørelserne …"
          failed="Afgørelserne kunne ikke hentes"
          empty={<Text>Der er ingen afgørelser på sagen endnu.</Text>}
        >
          {(list) => <DecisionTable caseId={caseId} decisions={list} />}
        </Loaded>
      </Section>
      {canWrite && <DecisionForm caseId={caseId} />}
    </Stack>
  );
}

function DecisionTable({ caseId, decisions }: { caseId: string; decisions: DecisionView[] }) {
  const can = useCan();
  const signer = can('decisions:sign');
  return (
    <DataTable
      hiddenCaption="Sagens afgørelser"
      minWidth={720}
      columns={[
        'Afgørelse',
        'Hvad der er besluttet',
        'Dato',
        'Status',
        'Klagevejledning',
        signer && 'Handling',
      ]}
    >
      {decisions.map((d) => (
        <Table.Tr key={d.id}>
          <Table.Th scope="row">{d.typeLabel}</Table.Th>
          <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{d.decided}</Table.Td>
          <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
          <Table.Td>
            <WordBadge color={d.status === 'final' ? 'green' : 'orange'} styles={WRAP}>
              {DECISION_STATUS_LABELS[d.status]}
            </WordBadge>
            {d.signedBy && (
              <Text size="sm">
                Underskrevet af {d.signedBy.name}
                {d.signedAt ? ` ${formatDateTime(d.signedAt)}` : ''}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <details>
              <summary>Vis klagevejledning</summary>
              <Text size="sm" mt={4}>
                {d.appealGuidance.text}
              </Text>
              {d.appealGuidance.references.some((r) => r.verify) && (
                <Text size="sm" fs="italic">
                  Lovhenvisningerne er ikke kontrolleret mod gældende lov.
                </Text>
              )}
            </details>
          </Table.Td>
          {signer && (
            <Table.Td>
              {d.status === 'awaiting_signature' && <SignButton caseId={caseId} decision={d} />}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </DataTable>
  );
}

const WRAP = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

function SignButton({ caseId, decision }: { caseId: string; decision: DecisionView }) {
  const client = useQueryClient();
  const user = useUser();
  const sign = useMutation({
    mutationFn: () => signDecision(decision.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: decisionsKey(caseId) }),
  });
  // The decider never co-signs their own decision (the server refuses it too).
  if (decision.decidedBy.id === user.id) return null;
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        loading={sign.isPending}
        onClick={() => sign.mutate()}
        aria-label={`Underskriv ${decision.typeLabel.toLowerCase()} af ${formatDate(decision.decidedOn)}`}
      >
        Underskriv
      </Button>
      {sign.isError && (
        <Alert color="red" variant="outline" role="alert" p="xs">
          <Text size="sm">{errorMessage(sign.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
