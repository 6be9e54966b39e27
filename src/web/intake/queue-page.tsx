import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCan } from '../session.ts';
import { DeadlineBadge, DeadlineTable } from '../ui/deadline-table.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { Loaded } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { AcuteBadge } from './acute-badge.tsx';
import { fetchQueue, QUEUE_KEY, type QueueItem } from './intake-api.ts';

/** `/modtagelse`: Front's queue of reports to screen and receipts owed, in the order the API gives. */
export function IntakeQueuePage() {
  const can = useCan();
  // Live: deadlines move by the minute, so refresh every minute.
  const queue = useQuery({
    queryKey: QUEUE_KEY,
    queryFn: ({ signal }) => fetchQueue(signal),
    refetchInterval: 60_000,
  });
  return (
    <Page
      title="Modtagelse"
      actions={
        can('reports:register') && (
          <Button component={Link} to="/modtagelse/ny">
            Registrér underretning
          </Button>
        )
      }
    >
      <Text>
        Underretninger skal screenes inden for 24 timer fra modtagelsen. Akutte står øverst, derefter den med
        mindst tid tilbage.
      </Text>
      <Loaded query={queue} loading="Henter køen …" failed="Køen kunne ikke hentes">
        {(data) => (
          <Stack gap="xl">
            <QueueTable
              title="Til screening"
              empty="Der er ingen underretninger, der venter på screening."
              items={data.toScreen}
              kind="screening"
            />
            <QueueTable
              title="Kvitteringer, der skal sendes"
              empty="Der skyldes ingen kvitteringer."
              items={data.receiptsDue}
              kind="receipt"
            />
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}

function childCell(item: QueueItem) {
  const c = item.child;
  return (
    <>
      <Anchor component={Link} to={`/modtagelse/${item.id}`} fw={600}>
        {c.name}
      </Anchor>
      <Text size="sm">
        {c.provisional ? 'Foreløbig identitet' : c.birthDate ? `Født ${formatDate(c.birthDate)}` : ''}
        {item.district ? ` · ${item.district.name}` : ''}
      </Text>
    </>
  );
}

function QueueTable(props: {
  title: string;
  empty: string;
  items: QueueItem[];
  kind: 'screening' | 'receipt';
}) {
  const headingId = `queue-${props.kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {props.title} ({props.items.length})
      </Title>
      {props.items.length === 0 ? (
        <Text>{props.empty}</Text>
      ) : (
        <DeadlineTable
          minWidth={760}
          caption={props.title}
          rows={props.items}
          rowKey={(item) => item.id}
          rowData={(item) => ({ 'data-report-id': item.id })}
          columns={[
            { header: 'Barn', cell: childCell },
            {
              header: 'Kilde',
              cell: (item) => (
                <Group gap="xs">
                  <Text>{item.sourceLabel}</Text>
                  {item.acute && <AcuteBadge />}
                </Group>
              ),
            },
            { header: 'Modtaget', cell: (item) => formatDateTime(item.receivedAt) },
            {
              header: props.kind === 'screening' ? 'Screeningsfrist' : 'Kvitteringsfrist',
              cell: (item) => {
                const deadline = props.kind === 'screening' ? item.screening : item.receipt;
                return deadline && <DeadlineBadge deadline={deadline} />;
              },
            },
            { header: 'Tidligere underretninger', cell: (item) => <LinkedCell linked={item.linked} /> },
          ]}
        />
      )}
    </section>
  );
}

/** Earlier reports about the child or a sibling; three or more in 12 months is flagged in words too. */
export function LinkedCell({ linked }: { linked: QueueItem['linked'] }) {
  if (linked.count === 0) return <Text>Ingen</Text>;
  return (
    <Stack gap={4}>
      <Text>
        {linked.count} i alt, {linked.inLast12Months} inden for 12 måneder
      </Text>
      {linked.flagged && <WordBadge color="orange">Bemærk: 3 eller flere på 12 måneder</WordBadge>}
    </Stack>
  );
}
