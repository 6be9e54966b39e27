import { LineChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { monthLabel, monthsBetween } from '../ui/months.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { CHART_COLORS, periodDates } from './case-figures-values.ts';
import { chartRows, districtName, measureText } from './f8-values.ts';
import { type F8, fetchFigure, figureKey } from './figures-api.ts';
import { PeriodFilter, usePeriodFilter } from './period-filter.tsx';

/**
 * `/noegletal/f8`: figure F8 — per district and month, the share of reports screened within 24
 * hours and of receipts sent within 6 working days — as charts with the same numbers in a table.
 */
export function F8Page() {
  const period = usePeriodFilter();
  const { from, to, district, valid: validPeriod } = period;
  const filter = { ...periodDates(from, to), district };
  const f8 = useQuery({
    queryKey: figureKey('F8', filter),
    queryFn: ({ signal }) => fetchFigure('F8', filter, signal),
    enabled: validPeriod,
    placeholderData: keepPreviousData,
  });

  return (
    <Page title="Nøgletal F8: frister i modtagelsen">
      <Text>
        Andelen af underretninger, der er screenet inden for 24 timer, og andelen af kvitteringer til
        fagpersoner, der er sendt inden for 6 hverdage — pr. distrikt og modtagelsesmåned.
      </Text>
      <PeriodFilter filter={period} named={f8.data?.districts ?? []} />
      {validPeriod && f8.isPending && <Loading label="Henter nøgletallet …" />}
      {validPeriod && f8.isError && <ErrorState error={f8.error} title="Nøgletallet kunne ikke hentes" />}
      {validPeriod && f8.data && <F8Body f8={f8.data} months={monthsBetween(from, to)} />}
    </Page>
  );
}

function F8Body({ f8, months }: { f8: F8; months: string[] }) {
  if (f8.cells.length === 0) {
    return <Text role="status">Der er ingen underretninger i perioden.</Text>;
  }
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ShareChart
          f8={f8}
          months={months}
          measure="screening"
          title="Screenet inden for 24 timer"
          id="f8-screening"
        />
        <ShareChart
          f8={f8}
          months={months}
          measure="receipt"
          title="Kvittering inden for 6 hverdage"
          id="f8-receipt"
        />
      </SimpleGrid>
      <F8Table f8={f8} />
      <Text size="sm">Definition: {f8.definition}</Text>
    </Stack>
  );
}

function ShareChart(props: {
  f8: F8;
  months: string[];
  measure: 'screening' | 'receipt';
  title: string;
  id: string;
}) {
  const { rows, series } = chartRows(props.f8, props.months, props.measure);
  return (
    <Card withBorder component="section" aria-labelledby={props.id}>
      <Title order={2} id={props.id} size="h3" mb="sm">
        {props.title}
      </Title>
      {rows.every((row) => series.every((name) => row[name] === null)) ? (
        <Text>
          Ingen afgjorte i perioden{props.measure === 'receipt' ? ' (kun fagpersoner får kvittering)' : ''}.
        </Text>
      ) : (
        <div
          role="img"
          aria-label={`Linjediagram: andel ${props.title.toLowerCase()} pr. måned for ${series.join(', ')}. Tallene står i tabellen under diagrammerne.`}
        >
          <LineChart
            h={260}
            data={rows}
            dataKey="period"
            series={series.map((name, i) => ({
              name,
              color: CHART_COLORS[i % CHART_COLORS.length] ?? 'blue.8',
            }))}
            unit=" %"
            yAxisProps={{ domain: [0, 100] }}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            connectNulls={false}
            textColor="gray.9"
            lineProps={{ isAnimationActive: false }}
            valueFormatter={(v) => `${String(v).replace('.', ',')}`}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
          />
        </div>
      )}
    </Card>
  );
}

function F8Table({ f8 }: { f8: F8 }) {
  return (
    <section aria-labelledby="f8-table">
      <Title order={2} id="f8-table" size="h3" mb="sm">
        Tallene
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Måned</Table.Th>
              <Table.Th scope="col">Distrikt</Table.Th>
              <Table.Th scope="col">Screenet inden for 24 timer</Table.Th>
              <Table.Th scope="col">Kvittering inden for 6 hverdage</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {f8.cells.map((c) => (
              <Table.Tr key={`${c.month}-${c.districtId ?? ''}`}>
                <Table.Th scope="row">{monthLabel(c.month)}</Table.Th>
                <Table.Td>{districtName(f8, c)}</Table.Td>
                <Table.Td>{measureText(c.screening)}</Table.Td>
                <Table.Td>{measureText(c.receipt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
