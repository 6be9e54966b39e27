import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ConcernStatus } from '../../core/detection/concern.ts';
import {
  fetchMyConcerns,
  fetchMyGroups,
  MY_CONCERNS_KEY,
  MY_GROUPS_KEY,
  type MyGroup,
} from '../detection/detection-api.ts';
import { can, useUser } from '../session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Loaded } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';

/**
 * A professional starts on their classes and groups (product.md): the wellbeing check of each,
 * registering a concern, and the status of what they have sent — never others' content.
 */
export function ProfessionalStart() {
  const user = useUser();
  return (
    <>
      {can(user, 'wellbeing:rate') && <MyGroups />}
      {can(user, 'concerns:create') && <MyConcerns />}
    </>
  );
}

function MyGroups() {
  const groups = useQuery({ queryKey: MY_GROUPS_KEY, queryFn: ({ signal }) => fetchMyGroups(signal) });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-groups">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="my-groups" size="h3">
            Mine klasser og grupper
          </Title>
          <Button component={Link} to="/bekymring/ny">
            Registrér bekymring
          </Button>
        </Group>
        <Loaded
          query={groups}
          loading="Henter dine klasser og grupper …"
          failed="Dine grupper kunne ikke hentes"
          empty={
            <Text>
              Du er ikke knyttet til nogen klasse eller gruppe. Spørg din leder, hvis det er forkert.
            </Text>
          }
        >
          {(data) => (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {data.map((group) => (
                <GroupCard key={group.id} group={group} />
              ))}
            </SimpleGrid>
          )}
        </Loaded>
      </Stack>
    </Card>
  );
}

function GroupCard({ group }: { group: MyGroup }) {
  const headingId = `group-${group.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={3} size="h4" id={headingId}>
          {group.name}
        </Title>
        <Text size="sm">
          {group.unit.name} · {group.children === 1 ? '1 barn' : `${group.children} børn`}
        </Text>
        <Text size="sm">
          {group.lastRatedOn
            ? `Trivsel sidst vurderet ${formatDate(group.lastRatedOn)}`
            : 'Trivslen er ikke vurderet endnu'}
        </Text>
        <Button
          component={Link}
          to={`/trivsel/${group.id}`}
          variant="light"
          aria-label={`Trivselsvurdering af ${group.name}`}
        >
          Trivselsvurdering
        </Button>
      </Stack>
    </Card>
  );
}

/** Status with its word and a distinct border style; the colour only repeats what the word says. */
const STATUS_COLOR: Record<ConcernStatus, string> = {
  received: 'blue',
  in_progress: 'yellow',
  closed: 'gray',
};

function MyConcerns() {
  const concerns = useQuery({ queryKey: MY_CONCERNS_KEY, queryFn: ({ signal }) => fetchMyConcerns(signal) });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-concerns">
      <Stack gap="sm">
        <Title order={2} id="my-concerns" size="h3">
          Mine indberetninger
        </Title>
        <Text size="sm">
          Du ser status på de bekymringer, du selv har sendt: modtaget, under behandling eller afsluttet.
        </Text>
        <Loaded
          query={concerns}
          loading="Henter dine indberetninger …"
          failed="Dine indberetninger kunne ikke hentes"
          empty={<Text>Du har ikke sendt nogen bekymringer endnu.</Text>}
        >
          {(data) => (
            <DataTable
              minWidth={480}
              caption="Dine egne bekymringer, nyeste først"
              columns={['Barn', 'Sendt', 'Status']}
            >
              {data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/bekymring/${c.id}`}>
                      {c.child.firstName} {c.child.lastName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(c.createdAt)}</Table.Td>
                  <Table.Td>
                    <WordBadge color={STATUS_COLOR[c.status]} size="lg">
                      {c.statusLabel}
                    </WordBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </Loaded>
      </Stack>
    </Card>
  );
}
