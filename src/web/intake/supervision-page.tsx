import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../ui/data-table.tsx';
import { DeadlineBadge, DeadlineTable } from '../ui/deadline-table.tsx';
import { Page } from '../ui/page.tsx';
import { Loaded, UpdatedAt } from '../ui/states.tsx';
import { AcuteBadge } from './acute-badge.tsx';
import { fetchSupervision, SUPERVISION_KEY, type Supervision } from './intake-api.ts';

/** Deadlines move by the minute: refresh twice a minute while the page is open. */
const REFRESH_MS = 30_000;

const KIND_LABELS: Record<Supervision['items'][number]['kind'], string> = {
  screening: 'Screening (24 timer)',
  receipt: 'Kvittering (6 hverdage)',
};

const WAITING_FOR_FRONT = 'Venter på Front';
const NO_DISTRICT = 'Barn ikke identificeret';

/** `/tilsyn/modtagelse`: the leader's live view of screenings and receipts overdue or due within 24 hours. */
export function SupervisionPage() {
  const data = useQuery({
    queryKey: SUPERVISION_KEY,
    queryFn: ({ signal }) => fetchSupervision(signal),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  return (
    <Page title="Tilsyn med frister">
      <Text>
        Screeninger og kvitteringer i dine distrikter, der er over fristen eller har frist inden for 24 timer.
        Siden opdateres af sig selv hvert halve minut.
      </Text>
      <Loaded query={data} loading="Henter fristerne …" failed="Fristerne kunne ikke hentes">
        {(lists) => (
          <Stack gap="xl">
            <UpdatedAt query={data} testId="supervision-updated" />
            <Summary supervision={lists} />
            <ByDistrict supervision={lists} />
            <ByPerson supervision={lists} />
            <Items supervision={lists} />
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}

function Summary({ supervision }: { supervision: Supervision }) {
  const overdue = supervision.items.filter((i) => i.deadline.state === 'overdue').length;
  const soon = supervision.items.length - overdue;
  if (supervision.items.length === 0) {
    return (
      <Text role="status" fw={600}>
        Ingen frister er overskredet, og ingen udløber inden for 24 timer.
      </Text>
    );
  }
  return (
    <Group gap="sm" role="status">
      <Badge
        size="lg"
        tt="none"
        variant={overdue > 0 ? 'filled' : 'outline'}
        color={overdue > 0 ? 'red' : 'gray'}
      >
        {overdue} over fristen
      </Badge>
      <Badge size="lg" tt="none" variant="outline" color="yellow" c="black">
        {soon} med frist inden for 24 timer
      </Badge>
    </Group>
  );
}

/** A count of overdue items: red and bold when there are any, and always said in words by its column. */
function OverdueCount({ n }: { n: number }) {
  return n > 0 ? (
    <Text component="span" fw={700} c="red.9" data-state="overdue">
      {n} over fristen
    </Text>
  ) : (
    <Text component="span">0</Text>
  );
}

function CountsTable(props: {
  id: string;
  title: string;
  first: string;
  rows: { key: string; name: string; overdue: number; dueSoon: number }[];
}) {
  return (
    <section aria-labelledby={props.id}>
      <Title order={2} id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.rows.length === 0 ? (
        <Text>Intet at vise.</Text>
      ) : (
        <DataTable maw={640} columns={[props.first, 'Over fristen', 'Frist inden for 24 timer']}>
          {props.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">{r.name}</Table.Th>
              <Table.Td>
                <OverdueCount n={r.overdue} />
              </Table.Td>
              <Table.Td>{r.dueSoon}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function ByDistrict({ supervision }: { supervision: Supervision }) {
  const rows = supervision.byDistrict
    .map((d) => ({
      key: d.district?.id ?? '',
      name: d.district?.name ?? NO_DISTRICT,
      overdue: d.overdue,
      dueSoon: d.dueSoon,
    }))
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'da'));
  return <CountsTable id="supervision-districts" title="Pr. distrikt" first="Distrikt" rows={rows} />;
}

/** Who holds each item: the screener for a receipt; a report not yet screened waits for Front. */
function ByPerson({ supervision }: { supervision: Supervision }) {
  const people = new Map<string, { key: string; name: string; overdue: number; dueSoon: number }>();
  for (const item of supervision.items) {
    const key = item.responsible?.id ?? '';
    const row = people.get(key) ?? {
      key,
      name: item.responsible?.name ?? WAITING_FOR_FRONT,
      overdue: 0,
      dueSoon: 0,
    };
    if (item.deadline.state === 'overdue') row.overdue += 1;
    else row.dueSoon += 1;
    people.set(key, row);
  }
  const rows = [...people.values()].sort(
    (a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'da'),
  );
  return <CountsTable id="supervision-people" title="Pr. person" first="Person" rows={rows} />;
}

function Items({ supervision }: { supervision: Supervision }) {
  return (
    <section aria-labelledby="supervision-items">
      <Title order={2} id="supervision-items" mb="sm">
        Alle frister ({supervision.items.length})
      </Title>
      {supervision.items.length === 0 ? (
        <Text>Ingen.</Text>
      ) : (
        <DeadlineTable
          minWidth={760}
          rows={supervision.items}
          rowKey={(item) => `${item.reportId}-${item.kind}`}
          rowData={(item) => ({ 'data-report-id': item.reportId })}
          columns={[
            {
              header: 'Barn',
              cell: (item) => (
                <Group gap="xs">
                  <Text>
                    {item.child.name}
                    {item.child.provisional ? ' (foreløbig identitet)' : ''}
                  </Text>
                  {item.acute && <AcuteBadge />}
                </Group>
              ),
            },
            { header: 'Distrikt', cell: (item) => item.district?.name ?? NO_DISTRICT },
            { header: 'Opgave', cell: (item) => KIND_LABELS[item.kind] },
            { header: 'Hos', cell: (item) => item.responsible?.name ?? WAITING_FOR_FRONT },
            { header: 'Frist', cell: (item) => <DeadlineBadge deadline={item.deadline} /> },
          ]}
        />
      )}
    </section>
  );
}
