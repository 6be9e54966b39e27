import { Anchor, List, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { Page } from '../ui/page.tsx';
import { Loaded } from '../ui/states.tsx';
import { FORUMS_KEY, type Forum, fetchForums } from './forums-api.ts';

/** Every forum of the municipality: its kind, district, rhythm and who sits in it. */
export function ForumsPage() {
  const forums = useQuery({ queryKey: FORUMS_KEY, queryFn: ({ signal }) => fetchForums(signal) });
  return (
    <Page title="Mødefora">
      <Loaded
        query={forums}
        loading="Henter mødeforaene …"
        failed="Mødeforaene kunne ikke hentes"
        empty={<Text>Kommunen har ingen mødefora endnu.</Text>}
      >
        {(data) => (
          <DataTable
            minWidth={900}
            hiddenCaption="Kommunens mødefora"
            columns={['Forum', 'Slags', 'Distrikt', 'Mødeplan', 'Medlemmer', 'Eksterne deltagere']}
          >
            {data.map((forum) => (
              <ForumRow key={forum.id} forum={forum} />
            ))}
          </DataTable>
        )}
      </Loaded>
    </Page>
  );
}

function ForumRow({ forum }: { forum: Forum }) {
  const users = forum.members.filter((m) => m.user !== null);
  const external = forum.members.filter((m) => m.user === null);
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={`/moedefora/${forum.id}`}>
          {forum.name}
        </Anchor>
      </Table.Th>
      <Table.Td>{forum.kindLabel}</Table.Td>
      <Table.Td>{forum.district?.name ?? 'Hele kommunen'}</Table.Td>
      <Table.Td>{forum.rhythmText}</Table.Td>
      <Table.Td>
        <Names names={users.map((m) => ({ id: m.id, text: m.chair ? `${m.name} (formand)` : m.name }))} />
      </Table.Td>
      <Table.Td>
        <Names names={external.map((m) => ({ id: m.id, text: `${m.name} (${m.role})` }))} />
      </Table.Td>
    </Table.Tr>
  );
}

function Names({ names }: { names: { id: string; text: string }[] }) {
  if (names.length === 0) return <Text size="sm">Ingen</Text>;
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {names.map((n) => (
        <List.Item key={n.id}>{n.text}</List.Item>
      ))}
    </List>
  );
}
