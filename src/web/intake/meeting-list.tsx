import { Anchor, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Loaded } from '../ui/states.tsx';
import { fetchMeetings, meetingsKey } from './intake-api.ts';

/** The district's meetings, newest first, each with a link to its minutes. */
export function MeetingList({ districtId }: { districtId: string }) {
  const meetings = useQuery({
    queryKey: meetingsKey(districtId),
    queryFn: ({ signal }) => fetchMeetings(districtId, signal),
  });
  return (
    <section aria-labelledby="meetings-heading">
      <Title order={2} id="meetings-heading" mb="xs">
        Møder og referater
      </Title>
      <Loaded
        query={meetings}
        loading="Henter møderne …"
        failed="Møderne kunne ikke hentes"
        empty={<Text>Distriktet har ikke holdt møder endnu.</Text>}
      >
        {(data) => (
          <DataTable maw={720} columns={['Møde', 'Beslutninger', 'Status']}>
            {data.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/distriktsmoede/${m.id}/referat`}>
                    Referat {formatDate(m.heldOn)}
                  </Anchor>
                </Table.Th>
                <Table.Td>{m.decisionCount}</Table.Td>
                <Table.Td>{m.closedAt ? `Afsluttet ${formatDateTime(m.closedAt)}` : 'Åbent'}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </section>
  );
}
