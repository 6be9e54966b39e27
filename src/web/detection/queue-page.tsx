import { Anchor, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SignalStatus } from '../../core/detection/queue.ts';
import { useUser } from '../session.ts';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { fetchSignals, SIGNALS_KEY, type SignalStatusFilter, type SignalSummary } from './detection-api.ts';

const STATUS_OPTIONS = [
  { value: 'open', label: 'Åbne' },
  { value: 'closed', label: 'Afsluttede' },
  { value: 'all', label: 'Alle' },
];
const ORDER_OPTIONS = [
  { value: 'oldest', label: 'Ældste først' },
  { value: 'newest', label: 'Nyeste først' },
];

/** The word carries the status; the colour only repeats it. */
export const SIGNAL_STATUS_COLOR: Record<SignalStatus, string> = {
  new: 'red',
  acknowledged: 'yellow',
  contacted: 'blue',
  closed: 'gray',
};

/** The latest dated step, as one line: what has happened to the signal so far. */
export function latestStep(s: SignalSummary): string {
  if (s.outcomeOn) return `${s.outcomeLabel ?? 'Afsluttet'} ${formatDate(s.outcomeOn)}`;
  if (s.firstContactOn) return `Kontakt ${formatDate(s.firstContactOn)}`;
  if (s.acknowledgedAt) return `Set ${formatDate(s.acknowledgedAt)}`;
  return 'Intet skridt endnu';
}

/** `/signaler`: the preventive worker's queue of signals in their districts. */
export function QueuePage() {
  const user = useUser();
  // Filters live in the URL, so Back, a reload and a re-login keep them.
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'open') as SignalStatusFilter;
  const district = params.get('district') ?? '';
  const order = params.get('order') === 'newest' ? 'newest' : 'oldest';
  const signals = useQuery({
    queryKey: [...SIGNALS_KEY, { status, district }],
    queryFn: ({ signal }) => fetchSignals({ status, district: district || undefined }, signal),
    placeholderData: keepPreviousData,
  });

  const sorted = useMemo(() => {
    const rows = [...(signals.data ?? [])];
    const sign = order === 'newest' ? -1 : 1;
    return rows.sort((a, b) => sign * a.raisedAt.localeCompare(b.raisedAt));
  }, [signals.data, order]);

  function setParam(key: string, value: string, fallback: string) {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  function exportCsv() {
    downloadCsv(
      'signaler.csv',
      toCsv(
        [
          'Barn',
          'Alder',
          'Distrikt',
          'Regel',
          'Forklaring',
          'Rejst',
          'Status',
          'Set',
          'Kontakt',
          'Udfald',
          'Udfald dato',
        ],
        sorted.map((s) => [
          `${s.child.firstName} ${s.child.lastName}`,
          s.child.age,
          s.child.district.name,
          s.ruleLabel,
          s.explanation,
          formatDate(s.raisedAt),
          s.statusLabel,
          formatDate(s.acknowledgedAt),
          formatDate(s.firstContactOn),
          s.outcomeLabel,
          formatDate(s.outcomeOn),
        ]),
      ),
    );
  }

  const count = sorted.length;
  const summary = signals.isPending
    ? 'Henter …'
    : count === 0
      ? 'Der er ingen signaler, der passer til valget.'
      : count === 1
        ? '1 signal.'
        : `${count} signaler.`;

  return (
    <Page title="Signaler">
      <Text>
        Signaler rejses af kommunens regler, når det, fagpersonerne ser, tilsammen peger på et barn. Kvittér,
        når du har set et signal, notér kontakten med dato, og afslut med et udfald.
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Vis"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(event) => setParam('status', event.currentTarget.value, 'open')}
        />
        {user.districts.length > 1 && (
          <NativeSelect
            label="Distrikt"
            data={[
              { value: '', label: 'Alle mine distrikter' },
              ...user.districts.map((d) => ({ value: d.id, label: d.name })),
            ]}
            value={district}
            onChange={(event) => setParam('district', event.currentTarget.value, '')}
          />
        )}
        <NativeSelect
          label="Rækkefølge"
          data={ORDER_OPTIONS}
          value={order}
          onChange={(event) => setParam('order', event.currentTarget.value, 'oldest')}
        />
        {count > 0 && (
          <Button variant="default" onClick={exportCsv}>
            Eksportér til CSV
          </Button>
        )}
      </Group>
      <Text role="status" aria-live="polite" aria-busy={signals.isFetching}>
        {summary}
      </Text>
      {signals.isPending && <Loading label="Henter signalerne …" />}
      {signals.isError && <ErrorState error={signals.error} title="Signalerne kunne ikke hentes" />}
      {count > 0 && (
        <DataTable
          minWidth={760}
          highlightOnHover
          hiddenCaption="Signaler i dine distrikter"
          columns={['Barn', 'Hvilken regel fandt det', 'Rejst', 'Status', 'Seneste skridt']}
        >
          {sorted.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/signaler/${s.id}`} fw={600}>
                  {s.child.firstName} {s.child.lastName}
                </Anchor>
                <Text size="sm">
                  {s.child.age} år · {s.child.district.name}
                  {s.followed && ' · følges forebyggende'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={600}>{s.ruleLabel}</Text>
                <Text size="sm">{s.explanation}</Text>
              </Table.Td>
              <Table.Td>{formatDate(s.raisedAt)}</Table.Td>
              <Table.Td>
                <WordBadge color={SIGNAL_STATUS_COLOR[s.status]} size="lg">
                  {s.statusLabel}
                </WordBadge>
              </Table.Td>
              <Table.Td>{latestStep(s)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Page>
  );
}
