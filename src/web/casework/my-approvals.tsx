import { Anchor, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { formatAmount, formatDate } from '../ui/format.ts';
import { ErrorState } from '../ui/states.tsx';
import { fetchMyApprovals, MY_APPROVALS_KEY } from './gate-api.ts';

/** "Mit overblik": the measures the caseworker asked for that wait for a leader's approval. */
export function MyApprovals() {
  const approvals = useQuery({
    queryKey: MY_APPROVALS_KEY,
    queryFn: ({ signal }) => fetchMyApprovals(signal),
  });
  if (approvals.isError)
    return <ErrorState error={approvals.error} title="Bevillingerne kunne ikke hentes" />;
  const list = approvals.data ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="my-approvals">
      <Title order={2} id="my-approvals" mb="xs">
        Afventer bevilling ({list.length})
      </Title>
      <DataTable maw={900} columns={['Barn', 'Indsats', 'Pris pr. måned', 'Anmodet']}>
        {list.map((a) => (
          <Table.Tr key={a.measureId}>
            <Table.Th scope="row">
              <Anchor component={Link} to={`/sag/${a.caseId}`}>
                {a.child.name}
              </Anchor>
            </Table.Th>
            <Table.Td>
              {a.offer.name}, trin {a.stepPosition}, fra {formatDate(a.startDate)}
              <Text size="xs">{a.reason}</Text>
            </Table.Td>
            <Table.Td>{formatAmount(a.monthlyCost)}</Table.Td>
            <Table.Td>{formatDate(a.requestedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </section>
  );
}
