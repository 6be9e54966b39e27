import { Anchor, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Loaded } from '../ui/states.tsx';
import { fetchMyProposals, MY_PROPOSALS_KEY, proposalStatusText } from './agenda-api.ts';

/**
 * "Mit overblik"'s section of the proposer's proposals (issue #12 item 4): those waiting or on an
 * agenda, and those a forum decided in the last 30 days, with the decision.
 */
export function MyProposals() {
  const proposals = useQuery({
    queryKey: MY_PROPOSALS_KEY,
    queryFn: ({ signal }) => fetchMyProposals(signal),
  });
  return (
    <section aria-labelledby="my-proposals">
      <Title order={2} id="my-proposals" mb="xs">
        Mine indstillinger til mødefora
      </Title>
      <Loaded
        query={proposals}
        loading="Henter dine indstillinger …"
        failed="Dine indstillinger kunne ikke hentes"
      >
        {(list) =>
          list.length === 0 ? (
            <Text>Ingen indstillinger venter, og ingen er afgjort de sidste 30 dage.</Text>
          ) : (
            <DataTable
              hiddenCaption="Mine indstillinger"
              columns={['Indstillet', 'Tilbud', 'Mødeforum', 'Status']}
            >
              {list.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/sag/${p.caseId}?fane=moedeforum`}>
                      {formatDate(p.proposedOn)}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    {p.offers[0]?.name} (trin {p.stepPosition})
                  </Table.Td>
                  <Table.Td>{p.forumLabel}</Table.Td>
                  <Table.Td>{proposalStatusText(p, formatDate)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )
        }
      </Loaded>
    </section>
  );
}
