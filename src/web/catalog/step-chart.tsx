import { BarChart } from '@mantine/charts';
import { NativeSelect, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { TARGET_LABELS, TARGETS, type Target } from '../../core/catalog/types.ts';
import { formatNumber } from '../ui/format.ts';
import classes from './analysis.module.css';
import type { LadderStepView, OfferView } from './catalog-api.ts';
import { ChartFigure } from './chart-figure.tsx';

/** One colour per target, always with its name beside it (legend, tooltip and table). */
export const TARGET_COLORS: Record<Target, string> = {
  child: 'blue.8',
  parents: 'teal.7',
  family: 'grape.7',
  network: 'orange.7',
};

type Measure = 'offers' | 'capacity';
const MEASURES: { value: Measure; label: string }[] = [
  { value: 'offers', label: 'Antal tilbud' },
  { value: 'capacity', label: 'Pladser' },
];

/**
 * Offers (or places) per step, split by target. Counted from the active offers themselves, so an
 * offer counts once however many age bands it spans.
 */
export function StepChart({ offers, steps }: { offers: OfferView[]; steps: LadderStepView[] }) {
  const [measure, setMeasure] = useState<Measure>('offers');
  // On a phone the step names would squeeze the bars to nothing: "Trin 3" there, names in the table.
  const narrow = useMediaQuery('(max-width: 40em)') ?? false;
  const rows = steps.map((step) => {
    const on = offers.filter((o) => o.stepId === step.id);
    const row: Record<string, string | number> = {
      step: narrow ? `Trin ${step.position}` : `${step.position}. ${step.name}`,
      name: `${step.position}. ${step.name}`,
    };
    let total = 0;
    for (const t of TARGETS) {
      const those = on.filter((o) => o.target === t);
      const value = measure === 'offers' ? those.length : those.reduce((n, o) => n + (o.capacity ?? 0), 0);
      row[TARGET_LABELS[t]] = value;
      total += value;
    }
    row.total = total;
    return row;
  });
  const measureLabel = MEASURES.find((m) => m.value === measure)?.label ?? '';

  const chart = (
    <div
      role="img"
      aria-label={`Søjlediagram: ${measureLabel.toLowerCase()} pr. trin fordelt på målgruppe. Tallene står i tabellen under «Vis tal».`}
    >
      <BarChart
        h={Math.max(220, steps.length * 44 + 90)}
        data={rows}
        dataKey="step"
        type="stacked"
        orientation="vertical"
        series={TARGETS.map((t) => ({ name: TARGET_LABELS[t], color: TARGET_COLORS[t] }))}
        withLegend
        legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
        yAxisProps={{ width: narrow ? 56 : 230 }}
        xAxisProps={{ allowDecimals: false }}
        textColor="gray.9"
        valueFormatter={(v) => formatNumber(v)}
        barProps={{ isAnimationActive: false }}
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
      />
    </div>
  );

  const table = (
    <Table withTableBorder striped>
      <caption className={classes.tableCaption}>{measureLabel} pr. trin og målgruppe</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Trin</Table.Th>
          {TARGETS.map((t) => (
            <Table.Th key={t} scope="col" className={classes.num}>
              {TARGET_LABELS[t]}
            </Table.Th>
          ))}
          <Table.Th scope="col" className={classes.num}>
            I alt
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={String(row.name)}>
            <Table.Th scope="row">{row.name}</Table.Th>
            {TARGETS.map((t) => (
              <Table.Td key={t} className={classes.num}>
                {formatNumber(Number(row[TARGET_LABELS[t]]))}
              </Table.Td>
            ))}
            <Table.Td className={classes.num}>{formatNumber(Number(row.total))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartFigure
      id="analysis-steps"
      title="Tilbud pr. trin fordelt på målgruppe"
      description="Hvor mange aktive tilbud og pladser hvert trin har, og hvem de er rettet mod: barnet selv eller forældre, familie og netværk."
      controls={
        <NativeSelect
          label="Vis"
          data={MEASURES}
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value as Measure)}
          w={200}
        />
      }
      chart={chart}
      table={table}
    />
  );
}
