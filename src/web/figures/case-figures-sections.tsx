import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../ui/format.ts';
import { monthLabel, shortMonthLabel } from '../ui/months.ts';
import { Section } from '../ui/section.tsx';
import {
  chartPercent,
  colorAt,
  decimal,
  districtLabel,
  districtNames,
  fromStepLabel,
  percent,
  periodsOf,
  quarterLabel,
  SUPPRESSED,
  seriesRows,
  shareText,
  WHOLE_MUNICIPALITY,
} from './case-figures-values.ts';
import type { F9, F11, F12 } from './figures-api.ts';

const axis = (v: unknown) => String(v).replace('.', ',');

/** A chart as one image for screen readers, which read the numbers in the table instead. */
export function ChartImage({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="img" aria-label={`${label} Tallene står i tabellen under diagrammet.`}>
      {children}
    </div>
  );
}

function Lines(props: { label: string; rows: Record<string, string | number | null>[]; series: string[] }) {
  return (
    <ChartImage label={props.label}>
      <LineChart
        h={260}
        data={props.rows}
        dataKey="period"
        series={props.series.map((name, i) => ({ name, color: colorAt(i) }))}
        unit=" %"
        yAxisProps={{ domain: [0, 100] }}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        connectNulls={false}
        lineProps={{ isAnimationActive: false }}
        {...CHART}
      />
    </ChartImage>
  );
}

export function Empty({ children }: { children: string }) {
  return <Text role="status">{children}</Text>;
}

/** Every chart alike: dark text (contrast), no animation, Danish decimals, no keyboard layer
 * (screen readers read the table instead). */
export const CHART = {
  textColor: 'gray.9',
  valueFormatter: axis,
  accessibilityLayer: false,
  tooltipAnimationDuration: 0,
} as const;

function TitledChart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </div>
  );
}

/** A figure's numbers: a striped table with its caption on top and one header per column. */
export function FigureTable(props: {
  testId: string;
  caption: ReactNode;
  columns: readonly string[];
  minWidth?: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
      <Table withTableBorder striped captionSide="top" data-testid={props.testId}>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {props.columns.map((c) => (
              <Table.Th key={c} scope="col">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{props.children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

// ---- F9 -------------------------------------------------------------------------------------

export function F9Section({ f9 }: { f9: F9 }) {
  const names = districtNames(f9.districts);
  const months = periodsOf(f9.cells, (c) => c.month);
  const chart = (measure: 'within2' | 'within4') =>
    seriesRows(
      f9.cells,
      months,
      (c) => c.month,
      (c) => districtLabel(names, c.districtId),
      (c) => chartPercent(c[measure].share),
      shortMonthLabel,
    );
  const two = chart('within2');
  const four = chart('within4');
  return (
    <Section id="f9" title="F9: Børnefaglige undersøgelser til tiden">
      <Text size="sm">{f9.definition}</Text>
      {f9.cells.length === 0 ? (
        <Empty>Der er ingen undersøgelser i perioden.</Empty>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <TitledChart title="Inden for 2 måneder (lokalt mål)">
              <Lines
                label={`Linjediagram: andel undersøgelser afsluttet inden for 2 måneder pr. måned for ${two.series.join(', ')}.`}
                {...two}
              />
            </TitledChart>
            <TitledChart title="Inden for 4 måneder (lovens frist)">
              <Lines
                label={`Linjediagram: andel undersøgelser afsluttet inden for 4 måneder pr. måned for ${four.series.join(', ')}.`}
                {...four}
              />
            </TitledChart>
          </SimpleGrid>
          <FigureTable
            testId="f9-table"
            caption="F9 i tal: andel afsluttet til tiden (antal til tiden af afgjorte)"
            columns={['Måned', 'Distrikt', 'Inden for 2 måneder', 'Inden for 4 måneder']}
          >
            {f9.cells.map((c) => (
              <Table.Tr key={`${c.month}-${c.districtId ?? ''}`}>
                <Table.Th scope="row">{monthLabel(c.month)}</Table.Th>
                <Table.Td>{districtLabel(names, c.districtId)}</Table.Td>
                <Table.Td>{shareText(c.within2)}</Table.Td>
                <Table.Td>{shareText(c.within4)}</Table.Td>
              </Table.Tr>
            ))}
          </FigureTable>
        </Stack>
      )}
    </Section>
  );
}

// ---- F11 ------------------------------------------------------------------------------------

export function F11Section({ f11 }: { f11: F11 }) {
  const names = districtNames(f11.districts);
  // The whole municipality is the row of scope 'total'; a district row without an id holds the
  // cases without a district.
  const label = (r: F11['rows'][number]) =>
    r.scope === 'total' ? WHOLE_MUNICIPALITY : districtLabel(names, r.districtId);
  const bars = f11.rows
    .map((r) => ({ name: label(r), r }))
    .filter(({ r }) => !r.suppressed && r.mean !== null)
    .map(({ name, r }) => ({
      district: name,
      Gennemsnit: r.mean === null ? null : Math.round(r.mean * 10) / 10,
      Højeste: r.max,
    }));
  return (
    <Section id="f11" title="F11: Sagsstammer">
      <Text size="sm">{f11.definition}</Text>
      {f11.rows.length === 0 ? (
        <Empty>Der er ingen sagsbehandlere med åbne sager.</Empty>
      ) : (
        <Stack gap="md">
          {bars.length > 0 && (
            <ChartImage
              label={`Søjlediagram: gennemsnitlig og højeste sagsstamme pr. distrikt mod målet på ${f11.target} sager.`}
            >
              <BarChart
                h={280}
                data={bars}
                dataKey="district"
                series={[
                  { name: 'Gennemsnit', color: 'blue.8' },
                  { name: 'Højeste', color: 'orange.9' },
                ]}
                referenceLines={[{ y: f11.target, label: `Mål ${f11.target}`, color: 'red.9' }]}
                // Room for the target line even when every caseload is far below it.
                yAxisProps={{
                  domain: [0, Math.ceil(Math.max(f11.target * 1.1, ...bars.map((b) => b.Højeste ?? 0)))],
                }}
                withLegend
                legendProps={{ verticalAlign: 'bottom' }}
                barProps={{ isAnimationActive: false }}
                {...CHART}
              />
            </ChartImage>
          )}
          <FigureTable
            testId="f11-table"
            caption={`F11 i tal: åbne sager pr. sagsbehandler, mål ${f11.target}`}
            columns={['Distrikt', 'Sagsbehandlere', 'Gennemsnit', 'Højeste', 'Andel over målet']}
          >
            {f11.rows.map((r) => (
              <Table.Tr key={label(r)}>
                <Table.Th scope="row">{label(r)}</Table.Th>
                {r.suppressed ? (
                  <Table.Td colSpan={4}>{SUPPRESSED} sagsbehandlere (vises ikke)</Table.Td>
                ) : (
                  <>
                    <Table.Td>{r.caseworkers ?? '–'}</Table.Td>
                    <Table.Td>{decimal(r.mean)}</Table.Td>
                    <Table.Td>{r.max ?? '–'}</Table.Td>
                    <Table.Td>{percent(r.shareOver)}</Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </FigureTable>
        </Stack>
      )}
    </Section>
  );
}

// ---- F12 ------------------------------------------------------------------------------------

export function F12Section({ f12 }: { f12: F12 }) {
  const names = districtNames(f12.districts);
  const quarters = periodsOf(f12.quarters, (c) => c.quarter);
  const down = seriesRows(
    f12.quarters,
    quarters,
    (c) => c.quarter,
    (c) => districtLabel(names, c.districtId),
    (c) => chartPercent(c.downShare),
    quarterLabel,
  );
  const below = f12.belowHighest
    .filter((b) => !b.suppressed && b.share !== null)
    .map((b) => ({
      district: districtLabel(names, b.districtId),
      'Under højeste trin': chartPercent(b.share),
    }));
  return (
    <Section id="f12" title="F12: Retningen på indsatstrappen">
      <Text size="sm">{f12.definition}</Text>
      {f12.quarters.length === 0 && f12.belowHighest.length === 0 ? (
        <Empty>Der er ingen flytninger på trappen i perioden.</Empty>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <TitledChart title="Andel flytninger ned ad trappen pr. kvartal">
              <Lines
                label={`Linjediagram: andel af flytningerne, der gik ned ad trappen, pr. kvartal for ${down.series.join(', ')}.`}
                {...down}
              />
            </TitledChart>
            <TitledChart title="Børn under deres højeste trin">
              <ChartImage label="Søjlediagram: andel af børnene på trappen, der nu er under det højeste trin, de har været på, pr. distrikt.">
                <BarChart
                  h={260}
                  data={below}
                  dataKey="district"
                  series={[{ name: 'Under højeste trin', color: 'teal.8' }]}
                  unit=" %"
                  yAxisProps={{ domain: [0, 100] }}
                  barProps={{ isAnimationActive: false }}
                  {...CHART}
                />
              </ChartImage>
            </TitledChart>
          </SimpleGrid>
          <FigureTable
            testId="f12-quarters"
            caption="F12 i tal: flytninger op og ned pr. kvartal"
            columns={['Kvartal', 'Distrikt', 'Op', 'Ned', 'Andel ned']}
          >
            {f12.quarters.map((q) => (
              <Table.Tr key={`${q.quarter}-${q.districtId ?? ''}`}>
                <Table.Th scope="row">{quarterLabel(q.quarter)}</Table.Th>
                <Table.Td>{districtLabel(names, q.districtId)}</Table.Td>
                {q.suppressed ? (
                  <Table.Td colSpan={3}>{SUPPRESSED} flytninger (vises ikke)</Table.Td>
                ) : (
                  <>
                    <Table.Td>{q.up ?? '–'}</Table.Td>
                    <Table.Td>{q.down ?? '–'}</Table.Td>
                    <Table.Td>{percent(q.downShare)}</Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </FigureTable>
          {f12.byOriginPeriod.length > 0 && (
            <FigureTable
              testId="f12-origin"
              minWidth={420}
              caption={`Bevægelser fra hvert trin, ${formatDate(f12.from)}–${formatDate(f12.to)}`}
              columns={['Fra trin', 'Op', 'Ned']}
            >
              {f12.byOriginPeriod.map((o) => (
                <Table.Tr key={o.fromPosition}>
                  <Table.Th scope="row">{fromStepLabel(o.fromPosition)}</Table.Th>
                  {o.suppressed ? (
                    <Table.Td colSpan={2}>{SUPPRESSED} flytninger (vises ikke)</Table.Td>
                  ) : (
                    <>
                      <Table.Td>{o.up ?? '–'}</Table.Td>
                      <Table.Td>{o.down ?? '–'}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </FigureTable>
          )}
          <FigureTable
            testId="f12-below"
            minWidth={520}
            caption="F12 i tal: børn under deres højeste trin"
            columns={['Distrikt', 'Børn på trappen', 'Under højeste trin', 'Andel']}
          >
            {f12.belowHighest.map((b) => (
              <Table.Tr key={b.districtId ?? 'none'}>
                <Table.Th scope="row">{districtLabel(names, b.districtId)}</Table.Th>
                {b.suppressed ? (
                  <Table.Td colSpan={3}>{SUPPRESSED} børn (vises ikke)</Table.Td>
                ) : (
                  <>
                    <Table.Td>{b.children ?? '–'}</Table.Td>
                    <Table.Td>{b.belowHighest ?? '–'}</Table.Td>
                    <Table.Td>{percent(b.share)}</Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </FigureTable>
        </Stack>
      )}
    </Section>
  );
}
