import { BarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { danishDate } from '../../core/detection/dates.ts';
import { Section } from '../ui/section.tsx';
import { CHART, ChartImage, Empty, FigureTable } from './case-figures-sections.tsx';
import {
  districtLabel,
  districtNames,
  percent,
  SUPPRESSED,
  WHOLE_MUNICIPALITY,
} from './case-figures-values.ts';
import type { FR1, FR2, FR3, FR4 } from './figures-api.ts';

/** The forums' figures FR1–FR4: each a bar per district and the whole municipality, its numbers in a table. */

type Row = { scope: 'district' | 'total'; districtId: string | null; suppressed: boolean };

interface Column<R> {
  title: string;
  value: (r: R) => string;
}

function ForumFigure<R extends Row>(props: {
  id: string;
  title: string;
  definition: string;
  districts: { id: string; name: string }[];
  rows: R[];
  /** the bar's value and its series name; null leaves the bar out */
  bar: { name: string; unit: string; value: (r: R) => number | null };
  columns: Column<R>[];
  caption: string;
  empty: string;
}) {
  const names = districtNames(props.districts);
  const label = (r: R) => (r.scope === 'total' ? WHOLE_MUNICIPALITY : districtLabel(names, r.districtId));
  const bars = props.rows.flatMap((r) => {
    const v = r.suppressed ? null : props.bar.value(r);
    return v === null ? [] : [{ district: label(r), [props.bar.name]: v }];
  });
  const nothing = props.rows.every((r) => r.scope === 'total') && bars.length === 0;
  return (
    <Section id={props.id} title={props.title}>
      <Text size="sm">{props.definition}</Text>
      {nothing ? (
        <Empty>{props.empty}</Empty>
      ) : (
        <Stack gap="md">
          {bars.length > 0 && (
            <ChartImage label={`Søjlediagram: ${props.caption}.`}>
              <BarChart
                h={260}
                data={bars}
                dataKey="district"
                series={[{ name: props.bar.name, color: 'blue.8' }]}
                unit={props.bar.unit}
                barProps={{ isAnimationActive: false }}
                {...CHART}
              />
            </ChartImage>
          )}
          <FigureTable
            testId={`${props.id}-table`}
            caption={`${props.title} i tal: ${props.caption}`}
            columns={['Distrikt', ...props.columns.map((c) => c.title)]}
          >
            {props.rows.map((r) => (
              <Table.Tr key={`${r.scope}-${r.districtId ?? ''}`}>
                <Table.Th scope="row">{label(r)}</Table.Th>
                {r.suppressed ? (
                  <Table.Td colSpan={props.columns.length}>{SUPPRESSED} (vises ikke)</Table.Td>
                ) : (
                  props.columns.map((c) => <Table.Td key={c.title}>{c.value(r)}</Table.Td>)
                )}
              </Table.Tr>
            ))}
          </FigureTable>
        </Stack>
      )}
    </Section>
  );
}

const n = (v: number | null) => (v === null ? '–' : String(v));
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

export function FR1Section({ fr1 }: { fr1: FR1 }) {
  return (
    <ForumFigure
      id="fr1"
      title="FR1: Alternativer fundet i Det Kreative Råd"
      definition={fr1.definition}
      districts={fr1.districts}
      rows={fr1.rows}
      bar={{ name: 'Andel med alternativ', unit: ' %', value: (r) => pct(r.share) }}
      columns={[
        { title: 'Afgjorte indstillinger', value: (r) => n(r.decided) },
        { title: 'Alternativ på lavere trin', value: (r) => n(r.alternatives) },
        { title: 'Andel', value: (r) => percent(r.share) },
      ]}
      caption="andel af rådets afgjorte indstillinger med et alternativ på et lavere trin"
      empty="Rådet har ikke afgjort indstillinger i perioden."
    />
  );
}

export function FR2Section({ fr2 }: { fr2: FR2 }) {
  return (
    <ForumFigure
      id="fr2"
      title="FR2: Tid fra indstilling til afgørelse"
      definition={fr2.definition}
      districts={fr2.districts}
      rows={fr2.rows}
      bar={{ name: 'Median (dage)', unit: ' dage', value: (r) => r.medianDays }}
      columns={[
        { title: 'Indstillinger', value: (r) => n(r.proposals) },
        { title: 'Median, dage', value: (r) => n(r.medianDays) },
        { title: '90 %-fraktil, dage', value: (r) => n(r.p90Days) },
      ]}
      caption="dage fra indstilling til afgørelse, median og 90 %-fraktil"
      empty="Ingen indstillinger er afgjort i perioden."
    />
  );
}

export function FR3Section({ fr3 }: { fr3: FR3 }) {
  return (
    <ForumFigure
      id="fr3"
      title="FR3: Specialiserede tilbud gennemgået til tiden"
      definition={fr3.definition}
      districts={fr3.districts}
      rows={fr3.rows}
      bar={{ name: 'Andel til tiden', unit: ' %', value: (r) => pct(r.share) }}
      columns={[
        { title: 'Børn med forfalden gennemgang', value: (r) => n(r.children) },
        { title: 'Gennemgået til tiden', value: (r) => n(r.onTime) },
        { title: 'Andel', value: (r) => percent(r.share) },
      ]}
      caption={`børn i specialiserede tilbud gennemgået til tiden den ${danishDate(fr3.asOf)}`}
      empty="Ingen børn i specialiserede tilbud har haft en gennemgang til forfald."
    />
  );
}

export function FR4Section({ fr4 }: { fr4: FR4 }) {
  return (
    <ForumFigure
      id="fr4"
      title="FR4: Institutionsanbringelser over 12 måneder"
      definition={fr4.definition}
      districts={fr4.districts}
      rows={fr4.rows}
      bar={{ name: 'Over 12 måneder', unit: '', value: (r) => r.long }}
      columns={[
        { title: 'Anbragt på institution', value: (r) => n(r.institutional) },
        { title: 'Over 12 måneder', value: (r) => n(r.long) },
        { title: 'Andel', value: (r) => percent(r.share) },
      ]}
      caption={`institutionsanbringelser over 12 måneder den ${danishDate(fr4.asOf)}`}
      empty="Ingen børn er anbragt på institution."
    />
  );
}
