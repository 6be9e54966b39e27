import { DonutChart } from '@mantine/charts';
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import classes from './analysis.module.css';
import type { SharesView } from './catalog-api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { percent } from './format.ts';

interface Part {
  name: string;
  value: number;
  color: string;
  css: string;
}

interface Donut {
  key: string;
  title: string;
  parts: [Part, Part];
}

const CHILD: Omit<Part, 'value'> = { name: 'Barnet', color: 'blue.8', css: 'var(--mantine-color-blue-8)' };
const FAMILY: Omit<Part, 'value'> = {
  name: 'Forældre, familie og netværk',
  color: 'teal.7',
  css: 'var(--mantine-color-teal-7)',
};
const INDIVIDUAL: Omit<Part, 'value'> = {
  name: 'Individuel',
  color: 'dark.5',
  css: 'var(--mantine-color-dark-5)',
};
const GROUP: Omit<Part, 'value'> = {
  name: 'Gruppe',
  color: 'yellow.5',
  css: 'var(--mantine-color-yellow-5)',
};

function donuts(capacity: SharesView, cost: SharesView): Donut[] {
  const split = (s: SharesView, kind: 'target' | 'form'): [Part, Part] =>
    kind === 'target'
      ? [
          { ...CHILD, value: s.childDirected },
          { ...FAMILY, value: s.parentsFamilyNetwork },
        ]
      : [
          { ...INDIVIDUAL, value: s.individual },
          { ...GROUP, value: s.group },
        ];
  return [
    { key: 'cap-target', title: 'Pladser: hvem er tilbuddet rettet mod?', parts: split(capacity, 'target') },
    { key: 'cap-form', title: 'Pladser: individuelt eller i gruppe?', parts: split(capacity, 'form') },
    { key: 'cost-target', title: 'Udgift: hvem er tilbuddet rettet mod?', parts: split(cost, 'target') },
    { key: 'cost-form', title: 'Udgift: individuelt eller i gruppe?', parts: split(cost, 'form') },
  ];
}

/**
 * 000_* found too many child-directed, individual offers and too few for parents and groups. These
 * four donuts show that balance, by places and by monthly cost with every place in use.
 */
export function SharesChart({ capacity, cost }: { capacity: SharesView; cost: SharesView }) {
  const all = donuts(capacity, cost);
  const chart = (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="lg">
      {all.map((d) => (
        <DonutPanel key={d.key} donut={d} />
      ))}
    </SimpleGrid>
  );
  const rows: [string, keyof SharesView][] = [
    ['Barnet', 'childDirected'],
    ['Forældre, familie og netværk', 'parentsFamilyNetwork'],
    ['Individuel', 'individual'],
    ['Gruppe', 'group'],
    ['Børnerettet og individuel', 'childIndividual'],
  ];
  const table = (
    <Table withTableBorder striped>
      <caption className={classes.tableCaption}>Andele af pladser og af den månedlige udgift</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Tilbud rettet mod / form</Table.Th>
          <Table.Th scope="col" className={classes.num}>
            Andel af pladser
          </Table.Th>
          <Table.Th scope="col" className={classes.num}>
            Andel af månedlig udgift
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, key]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row">{label}</Table.Th>
            <Table.Td className={classes.num}>{percent(capacity[key], 1)}</Table.Td>
            <Table.Td className={classes.num}>{percent(cost[key], 1)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <ChartFigure
      id="analysis-shares"
      title="Fordeling: barnet eller familien, individuelt eller i gruppe"
      description="Andele af pladserne og af den månedlige udgift med alle pladser i brug. Tilbud uden oplyst kapacitet tæller ikke med."
      chart={chart}
      table={table}
    />
  );
}

function DonutPanel({ donut }: { donut: Donut }) {
  const [first, second] = donut.parts;
  const empty = first.value + second.value === 0;
  const summary = `${first.name} ${percent(first.value)}, ${second.name.toLowerCase()} ${percent(second.value)}`;
  return (
    <Stack gap="xs" align="center">
      <Title order={3} size="h5" ta="center">
        {donut.title}
      </Title>
      {empty ? (
        <Text size="sm">Ingen pladser med kendt kapacitet endnu.</Text>
      ) : (
        <>
          <div role="img" aria-label={`Cirkeldiagram: ${summary}.`}>
            <DonutChart
              size={150}
              thickness={26}
              data={donut.parts.map((p) => ({
                name: p.name,
                value: Math.round(p.value * 1000) / 10,
                color: p.color,
              }))}
              chartLabel={percent(first.value)}
              withTooltip={false}
              pieProps={{ isAnimationActive: false }}
              accessibilityLayer={false}
            />
          </div>
          <ul className={classes.legend} aria-label="Forklaring">
            {donut.parts.map((p) => (
              <li key={p.name}>
                <span className={classes.swatch} style={{ background: p.css }} aria-hidden="true" />
                {p.name}: <strong>{percent(p.value)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
