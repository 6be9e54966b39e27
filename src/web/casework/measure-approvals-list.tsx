import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../ui/data-table.tsx';
import { formatAmount, formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { caseApprovalsKey, fetchCaseApprovals, type MeasureApprovalView } from './gate-api.ts';

export const APPROVAL_STATE_WORDS: Record<MeasureApprovalView['state'], { label: string; color: string }> = {
  pending: { label: 'Afventer bevilling', color: 'yellow' },
  approved: { label: 'Bevilget', color: 'green' },
  rejected: { label: 'Ikke bevilget', color: 'red' },
};

/**
 * The case's measures that wait for a leader's approval (bevilling) or were refused it, with the
 * reason: the caseworker sees why a measure has not started. Approved ones are measures now.
 */
export function MeasureApprovalsList({ caseId }: { caseId: string }) {
  const approvals = useQuery({
    queryKey: caseApprovalsKey(caseId),
    queryFn: ({ signal }) => fetchCaseApprovals(caseId, signal),
  });
  if (approvals.isError)
    return <ErrorState error={approvals.error} title="Bevillingerne kunne ikke hentes" />;
  const open = (approvals.data ?? []).filter((a) => a.state !== 'approved');
  if (open.length === 0) return null;
  return (
    <Section id="measure-approvals" title="Indsatser til bevilling">
      <DataTable
        withTableBorder={false}
        aria-label="Indsatser til bevilling"
        columns={['Tilbud', 'Trin', 'Start', 'Pris pr. måned', 'Status']}
      >
        {open.map((a) => (
          <Table.Tr key={a.measureId}>
            <Table.Td>
              {a.offer.name}
              <Text size="xs">{a.reason}</Text>
            </Table.Td>
            <Table.Td>{a.stepPosition}</Table.Td>
            <Table.Td>{formatDate(a.startDate)}</Table.Td>
            <Table.Td>{formatAmount(a.monthlyCost)}</Table.Td>
            <Table.Td>
              <WordBadge color={APPROVAL_STATE_WORDS[a.state].color} h="auto">
                {APPROVAL_STATE_WORDS[a.state].label}
              </WordBadge>
              {a.decisionReason && <Text size="xs">Begrundelse: {a.decisionReason}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Section>
  );
}
