import { Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FigureId } from '../../core/access/figures-policy.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { periodDates } from './case-figures-values.ts';
import { type FigureFilter, fetchFigure, figureKey } from './figures-api.ts';
import { FR1Section, FR2Section, FR3Section, FR4Section } from './forum-figures-sections.tsx';
import { PeriodFilter, usePeriodFilter } from './period-filter.tsx';

const TITLE = 'Nøgletal for mødefora';

/**
 * `/noegletal/moedefora`: the forums' figures FR1–FR4 as charts, each with its numbers in a table.
 * Period and district live in the URL; FR3 and FR4 are counted on the period's last day. The
 * analyst sees counts under 5 as "< 5" (the server suppresses them).
 */
export function ForumFiguresPage() {
  const period = usePeriodFilter();
  const { district, valid } = period;
  const filter: FigureFilter = { ...periodDates(period.from, period.to), district };
  const figure = <F extends FigureId>(id: F) => ({
    queryKey: figureKey(id, filter),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchFigure(id, filter, signal),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  const fr1 = useQuery(figure('FR1'));
  const fr2 = useQuery(figure('FR2'));
  const fr3 = useQuery(figure('FR3'));
  const fr4 = useQuery(figure('FR4'));
  const all = [
    { id: 'FR1', q: fr1 },
    { id: 'FR2', q: fr2 },
    { id: 'FR3', q: fr3 },
    { id: 'FR4', q: fr4 },
  ];

  return (
    <Page title={TITLE}>
      <Text>
        Finder Det Kreative Råd alternativer tættere på hverdagslivet (FR1), hvor hurtigt afgøres
        indstillingerne (FR2), kommer børn i specialiserede tilbud tilbage til rådet til tiden (FR3), og hvor
        mange institutionsanbringelser varer over 12 måneder (FR4)? Hvert diagram har sine tal i en tabel lige
        under.
      </Text>
      <PeriodFilter filter={period} named={all.flatMap(({ q }) => q.data?.districts ?? [])} />
      {valid && (
        <Stack gap="xl">
          {all.map(({ id, q }) => (
            <div key={id}>
              {q.isPending && <Loading label={`Henter ${id} …`} />}
              {q.isError && <ErrorState error={q.error} title={`${id} kunne ikke hentes`} />}
            </div>
          ))}
          {fr1.data && <FR1Section fr1={fr1.data} />}
          {fr2.data && <FR2Section fr2={fr2.data} />}
          {fr3.data && <FR3Section fr3={fr3.data} />}
          {fr4.data && <FR4Section fr4={fr4.data} />}
        </Stack>
      )}
    </Page>
  );
}
