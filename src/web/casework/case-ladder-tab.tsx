import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { type CaseView, fetchLadder, ladderKey } from './casework-api.ts';

/** Trappen: the child's current step and every move up or down, with date and reason. */
export function LadderTab({ view }: { view: CaseView }) {
  const ladder = useQuery({
    queryKey: ladderKey(view.child.id),
    queryFn: ({ signal }) => fetchLadder(view.child.id, signal),
  });
  if (ladder.isPending) return <Loading label="Henter barnets trin …" />;
  if (ladder.isError) return <ErrorState error={ladder.error} title="Barnets trin kunne ikke hentes" />;
  const { current, highestPosition, moves } = ladder.data;
  return (
    <Section id="child-ladder" title="Barnet på indsatstrappen">
      <Text size="lg" fw={600}>
        Nu: trin {current.position} — {current.name}
      </Text>
      <Text>Højeste trin hidtil: {highestPosition}.</Text>
      {moves.length === 0 ? (
        <Text>Barnet har ikke flyttet sig på trappen.</Text>
      ) : (
        <DataTable
          withTableBorder={false}
          aria-label="Flytninger på trappen"
          columns={['Dato', 'Retning', 'Fra trin', 'Til trin', 'Begrundelse']}
        >
          {[...moves]
            .sort((a, b) => b.movedOn.localeCompare(a.movedOn))
            .map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{formatDate(m.movedOn)}</Table.Td>
                <Table.Td>
                  <WordBadge color={m.direction === 'up' ? 'orange' : 'green'}>
                    {m.direction === 'up' ? '↑ Op' : '↓ Ned'}
                  </WordBadge>
                </Table.Td>
                <Table.Td>{m.fromPosition}</Table.Td>
                <Table.Td>{m.toPosition}</Table.Td>
                <Table.Td>
                  {m.reason}
                  {m.forumDecisionRef ? ` (forum: ${m.forumDecisionRef})` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
        </DataTable>
      )}
    </Section>
  );
}
