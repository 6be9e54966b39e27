import { Badge, Button, Group, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { request, withQuery } from '../api.ts';
import type { AuditRow } from '../types.ts';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import classes from './audit-page.module.css';
import { actionLabel, entityLabel, roleLabel } from './labels.ts';

const FILTERS = ['entity', 'user', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export function AuditPage() {
  // Filters live in the URL: a leader can bookmark or share "all reads of this child".
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(applied);

  const result = useQuery({
    queryKey: ['audit', applied],
    queryFn: ({ signal }) => request<{ rows: AuditRow[] }>(withQuery('/api/audit', applied), { signal }),
    placeholderData: keepPreviousData,
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = Object.fromEntries(Object.entries(draft).filter(([, value]) => value.trim() !== ''));
    setParams(next);
  }

  function reset() {
    setDraft({ entity: '', user: '', from: '', to: '' });
    setParams({});
  }

  const field = (key: keyof Filters) => ({
    value: draft[key],
    name: key,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [key]: value }));
    },
  });

  return (
    <Page title="Revisionslog">
      <Text>
        Hver læsning og ændring af oplysninger om børn logges. Nyeste hændelser står først; højst 200 vises.
      </Text>
      <form onSubmit={apply} aria-label="Filtrér revisionsloggen">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <TextInput label="Oplysningens id" description="Fx barnets id" {...field('entity')} />
          <TextInput label="Bruger" description="Brugernavn" autoComplete="off" {...field('user')} />
          <TextInput label="Fra dato" description="Første dag" type="date" {...field('from')} />
          <TextInput label="Til dato" description="Sidste dag" type="date" {...field('to')} />
        </SimpleGrid>
        <Group mt="sm" gap="sm">
          <Button type="submit">Vis</Button>
          <Button variant="default" onClick={reset}>
            Nulstil filtre
          </Button>
        </Group>
      </form>
      <AuditResults
        rows={result.data?.rows}
        pending={result.isPending}
        fetching={result.isFetching}
        error={result.error}
      />
    </Page>
  );
}

interface AuditResultsProps {
  rows: AuditRow[] | undefined;
  pending: boolean;
  fetching: boolean;
  error: unknown;
}

function AuditResults({ rows, pending, fetching, error }: AuditResultsProps) {
  if (error) return <ErrorState error={error} title="Revisionsloggen kunne ikke hentes" />;
  if (pending || !rows) return <Loading label="Henter revisionsloggen …" />;
  const denied = rows.filter((r) => r.outcome === 'denied').length;
  const emergency = rows.filter((r) => r.emergency).length;

  function exportCsv() {
    downloadCsv(
      'revisionslog.csv',
      toCsv(
        [
          'Nr.',
          'Tidspunkt',
          'Bruger',
          'Rolle',
          'Handling',
          'Oplysning',
          'Id',
          'Barnets id',
          'Sagens id',
          'Udfald',
          'Nødadgang',
          'Vagt',
          'Begrundelse',
        ],
        (rows ?? []).map((r) => [
          r.seq,
          formatDateTime(r.at),
          r.username,
          roleLabel(r.role),
          actionLabel(r.action),
          entityLabel(r.entityType),
          r.entityId,
          r.childId,
          r.caseId,
          r.outcome === 'denied' ? 'Afvist' : 'Tilladt',
          r.emergency ? 'Ja' : 'Nej',
          r.onCall ? 'Ja' : 'Nej',
          r.reason,
        ]),
      ),
    );
  }

  return (
    <>
      <Group justify="space-between">
        <Text role="status" aria-live="polite" aria-busy={fetching}>
          {rows.length === 0
            ? 'Ingen hændelser matcher filtrene.'
            : `${rows.length} hændelser, heraf ${denied} afvist og ${emergency} med nødadgang.`}
        </Text>
        {rows.length > 0 && (
          <Button variant="default" onClick={exportCsv}>
            Eksportér til CSV
          </Button>
        )}
      </Group>
      {rows.length > 0 && (
        <DataTable
          striped={false}
          minWidth={900}
          captionProps={{ className: classes.caption }}
          caption="Hændelser i revisionsloggen, nyeste først"
          columns={['Tidspunkt', 'Bruger', 'Handling', 'Oplysning', 'Udfald', 'Nødadgang og begrundelse']}
        >
          {rows.map((row) => (
            <AuditTableRow key={String(row.seq)} row={row} />
          ))}
        </DataTable>
      )}
    </>
  );
}

/** Denied and emergency rows say so in words, with colour and a side bar only as extra cues. */
function AuditTableRow({ row }: { row: AuditRow }) {
  const denied = row.outcome === 'denied';
  return (
    <Table.Tr
      className={denied ? classes.denied : row.emergency ? classes.emergency : undefined}
      data-outcome={row.outcome}
      data-emergency={row.emergency ? 'true' : undefined}
    >
      <Table.Td className={classes.nowrap}>{formatDateTime(row.at)}</Table.Td>
      <Table.Td>
        <Text fw={600} size="sm">
          {row.username ?? 'Ukendt bruger'}
        </Text>
        <Text size="sm">{roleLabel(row.role)}</Text>
      </Table.Td>
      <Table.Td>{actionLabel(row.action)}</Table.Td>
      <Table.Td>
        {entityLabel(row.entityType)}
        {row.entityId && (
          <Text size="xs" className={classes.id}>
            {row.entityId}
          </Text>
        )}
      </Table.Td>
      <Table.Td className={classes.nowrap}>
        {denied ? (
          <Badge color="red.9" variant="filled" radius="sm" className={classes.badge}>
            Afvist
          </Badge>
        ) : (
          'Tilladt'
        )}
      </Table.Td>
      <Table.Td>
        {row.emergency ? (
          <>
            <Badge color="yellow.4" autoContrast variant="filled" radius="sm" className={classes.badge}>
              Nødadgang
            </Badge>
            {row.reason && <Text size="sm">Begrundelse: {row.reason}</Text>}
          </>
        ) : row.onCall ? (
          <Badge color="blue.2" autoContrast variant="filled" radius="sm" className={classes.badge}>
            Vagt
          </Badge>
        ) : (
          (row.reason ?? '')
        )}
      </Table.Td>
    </Table.Tr>
  );
}
