import { Group, NativeSelect, Table } from '@mantine/core';
import { useState } from 'react';
import { AGE_BANDS, FORM_LABELS, FORMS, TARGET_LABELS, TARGETS } from '../../core/catalog/types.ts';
import { formatNumber } from '../ui/format.ts';
import classes from './analysis.module.css';
import type { CoverageCellView, LadderStepView } from './catalog-api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ageBandLabel, formLabel, targetLabel } from './format.ts';

const LEVELS = [
  { className: classes.level0, label: 'Ingen tilbud', test: (n: number) => n === 0 },
  { className: classes.level1, label: '1–2 tilbud', test: (n: number) => n >= 1 && n <= 2 },
  { className: classes.level2, label: '3–5 tilbud', test: (n: number) => n >= 3 && n <= 5 },
  { className: classes.level3, label: '6 eller flere', test: (n: number) => n >= 6 },
];
const levelOf = (n: number) => LEVELS.find((l) => l.test(n)) ?? LEVELS[0];

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * Coverage as a heat map: steps × age bands, each cell coloured by the number of offers and
 * showing that number and the places. An offer counts in every band its age range touches.
 */
export function CoverageGrid({ coverage, steps }: { coverage: CoverageCellView[]; steps: LadderStepView[] }) {
  const [target, setTarget] = useState('');
  const [form, setForm] = useState('');
  const cells = coverage.filter((c) => (!target || c.target === target) && (!form || c.form === form));
  const sum = (stepId: string, band: string) => {
    const matching = cells.filter((c) => c.stepId === stepId && c.ageBand === band);
    return {
      offers: matching.reduce((n, c) => n + c.offers, 0),
      capacity: matching.reduce((n, c) => n + c.capacity, 0),
    };
  };
  const chosen = [target && targetLabel(target), form && formLabel(form)].filter(Boolean).join(', ');

  const controls = (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label="Målgruppe"
        data={[{ value: '', label: 'Alle' }, ...TARGETS.map((t) => ({ value: t, label: TARGET_LABELS[t] }))]}
        value={target}
        onChange={(e) => setTarget(e.currentTarget.value)}
      />
      <NativeSelect
        label="Form"
        data={[{ value: '', label: 'Alle' }, ...FORMS.map((f) => ({ value: f, label: FORM_LABELS[f] }))]}
        value={form}
        onChange={(e) => setForm(e.currentTarget.value)}
      />
    </Group>
  );

  const chart = (
    <Table.ScrollContainer minWidth={560}>
      <table className={classes.grid}>
        <caption className={classes.tableCaption}>
          Antal tilbud pr. trin og aldersgruppe{chosen ? ` (${chosen})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Trin</th>
            {AGE_BANDS.map((b) => (
              <th key={b.id} scope="col">
                {ageBandLabel(b.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id}>
              <th scope="row">
                {step.position}. {step.name}
              </th>
              {AGE_BANDS.map((b) => {
                const { offers, capacity } = sum(step.id, b.id);
                return (
                  <td key={b.id} className={`${classes.cell} ${levelOf(offers)?.className}`}>
                    <span className={classes.cellCount}>
                      {offers === 0 ? '0 – ingen' : formatNumber(offers)}
                    </span>
                    <span className={classes.cellPlaces}>{plural(capacity, 'plads', 'pladser')}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Table.ScrollContainer>
  );
  const legend = (
    <ul className={classes.legend} aria-label="Farveforklaring">
      {LEVELS.map((l) => (
        <li key={l.label}>
          <span className={`${classes.swatch} ${l.className}`} aria-hidden="true" />
          {l.label}
        </li>
      ))}
    </ul>
  );

  const detail = cells
    .filter((c) => c.offers > 0)
    .sort(
      (a, b) =>
        a.stepPosition - b.stepPosition ||
        a.ageBand.localeCompare(b.ageBand, 'da', { numeric: true }) ||
        a.target.localeCompare(b.target) ||
        a.form.localeCompare(b.form),
    );
  const table = (
    <Table withTableBorder striped>
      <caption className={classes.tableCaption}>Dækning fordelt på trin, målgruppe, form og alder</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Trin</Table.Th>
          <Table.Th scope="col">Aldersgruppe</Table.Th>
          <Table.Th scope="col">Målgruppe</Table.Th>
          <Table.Th scope="col">Form</Table.Th>
          <Table.Th scope="col" className={classes.num}>
            Tilbud
          </Table.Th>
          <Table.Th scope="col" className={classes.num}>
            Pladser
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {detail.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={6}>Ingen tilbud.</Table.Td>
          </Table.Tr>
        )}
        {detail.map((c) => (
          <Table.Tr key={`${c.stepId}-${c.ageBand}-${c.target}-${c.form}`}>
            <Table.Td>
              {c.stepPosition}. {c.stepName}
            </Table.Td>
            <Table.Td>{ageBandLabel(c.ageBand)}</Table.Td>
            <Table.Td>{targetLabel(c.target)}</Table.Td>
            <Table.Td>{formLabel(c.form)}</Table.Td>
            <Table.Td className={classes.num}>{formatNumber(c.offers)}</Table.Td>
            <Table.Td className={classes.num}>{formatNumber(c.capacity)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartFigure
      id="analysis-coverage"
      title="Dækning: trin og aldersgrupper"
      description="Hver celle viser antallet af aktive tilbud og deres pladser. Et tilbud tæller med i alle de aldersgrupper, dets aldersspænd rører. Celler med 0 er huller."
      controls={controls}
      chart={
        <>
          {chart}
          {legend}
        </>
      }
      table={table}
    />
  );
}
