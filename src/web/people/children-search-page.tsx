import { Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can, useUser } from '../session.ts';
import type { ChildSummary } from '../types.ts';
import { Cpr } from '../ui/cpr.tsx';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatAge, formatCprForDisplay, formatDate } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { useSorted } from '../ui/sortable.tsx';
import { ErrorState } from '../ui/states.tsx';
import { fullName, searchChildren } from './children-api.ts';

const SORT_VALUES = {
  name: (c: ChildSummary) => `${c.lastName} ${c.firstName}`,
  cpr: (c: ChildSummary) => c.cpr,
  birthDate: (c: ChildSummary) => c.birthDate,
  age: (c: ChildSummary) => c.age,
  district: (c: ChildSummary) => c.district.name,
};

export function ChildrenSearchPage() {
  // The query lives in the URL, so Back, a reload and a re-login after an expired session keep it.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const lastPushed = useRef(q);

  useEffect(() => {
    if (debounced === lastPushed.current) return;
    lastPushed.current = debounced;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, setParams]);

  // The URL changed from outside (Back, the menu link): show that query in the field.
  useEffect(() => {
    if (q !== lastPushed.current) {
      lastPushed.current = q;
      setText(q);
    }
  }, [q]);

  const result = useQuery({
    queryKey: ['children', 'search', q],
    queryFn: ({ signal }) => searchChildren(q, signal),
    placeholderData: keepPreviousData,
  });

  function handleSubmit(event: FormEvent) {
    // Enter searches at once instead of waiting for the pause.
    event.preventDefault();
    const value = text.trim();
    lastPushed.current = value;
    setParams(value ? { q: value } : {}, { replace: true });
  }

  return (
    <Page title="Børn">
      <search aria-label="Søg efter børn">
        <form onSubmit={handleSubmit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Søg på navn eller CPR-nummer"
              description="Skriv begyndelsen af et navn eller et CPR-nummer. Resultaterne opdateres, mens du skriver."
              type="search"
              name="q"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              style={{ flex: '1 1 20rem' }}
            />
            <Button type="submit">Søg</Button>
          </Group>
        </form>
      </search>
      <Results query={q} result={result} />
    </Page>
  );
}

interface ResultsProps {
  query: string;
  result: UseQueryResult<ChildSummary[]>;
}

function summaryText(result: UseQueryResult<ChildSummary[]>, count: number, query: string): string {
  if (result.isPending) return 'Søger …';
  if (result.isError) return '';
  if (count === 0) return query ? `Ingen børn matcher “${query}”.` : 'Der er ingen børn, du har adgang til.';
  const found = count === 1 ? '1 barn fundet' : `${count} børn fundet`;
  return count >= 50 ? `${found} (de første 50 vises – gør søgningen mere præcis).` : `${found}.`;
}

function Results({ query, result }: ResultsProps) {
  const user = useUser();
  const children = result.data ?? [];
  const { sorted, sort, toggle } = useSorted(children, SORT_VALUES);

  // The status line is always there, so screen readers announce each change of it.
  const summary = summaryText(result, children.length, query);

  function exportCsv() {
    downloadCsv(
      'boern.csv',
      toCsv(
        ['Fornavn', 'Efternavn', 'CPR', 'Fødselsdato', 'Alder', 'Distrikt'],
        sorted.map((c) => [
          c.firstName,
          c.lastName,
          formatCprForDisplay(c.cpr, c.cprMasked),
          formatDate(c.birthDate),
          c.age,
          c.district.name,
        ]),
      ),
    );
  }

  return (
    <>
      <Group justify="space-between">
        {/* Announced after each search, so a screen reader user hears the result count. */}
        <Text role="status" aria-live="polite" aria-busy={result.isFetching}>
          {summary}
        </Text>
        {children.length > 0 && (
          <Button variant="default" onClick={exportCsv}>
            Eksportér til CSV
          </Button>
        )}
      </Group>
      {result.isError && <ErrorState error={result.error} title="Søgningen mislykkedes" />}
      {children.length > 0 && (
        <DataTable
          minWidth={640}
          highlightOnHover
          hiddenCaption="Børn, der matcher søgningen"
          sorting={{ sort, toggle }}
          columns={[
            { label: 'Navn', sortKey: 'name' },
            { label: 'CPR', sortKey: 'cpr' },
            { label: 'Fødselsdato', sortKey: 'birthDate' },
            { label: 'Alder', sortKey: 'age' },
            { label: 'Distrikt', sortKey: 'district' },
          ]}
        >
          {sorted.map((child) => (
            <Table.Tr key={child.id}>
              <Table.Td>
                {can(user, 'children:read') ? (
                  <Anchor component={Link} to={`/boern/${child.id}`} fw={600}>
                    {fullName(child)}
                  </Anchor>
                ) : (
                  fullName(child)
                )}
              </Table.Td>
              <Table.Td>
                <Cpr cpr={child.cpr} masked={child.cprMasked} />
              </Table.Td>
              <Table.Td>{formatDate(child.birthDate)}</Table.Td>
              <Table.Td>{formatAge(child.age)}</Table.Td>
              <Table.Td>{child.district.name}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
