import { Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { F9Section, F11Section, F12Section } from './case-figures-sections.tsx';
import { periodDates } from './case-figures-values.ts';
import { type FigureFilter, fetchFigure, figureKey } from './figures-api.ts';
import { PeriodFilter, usePeriodFilter } from './period-filter.tsx';

const TITLE = 'Nøgletal for sagsarbejdet';

/**
 * `/noegletal/sager`: figures F9 (assessments within 2 and 4 months), F11 (caseloads) and F12
 * (moves down vs up the ladder) as charts, each with its numbers in a table. Period and district
 * live in the URL. The analyst sees counts under 5 as "< 5" (the server suppresses them).
 */
export function CaseFiguresPage() {
  const period = usePeriodFilter();
  const { district, valid } = period;
  const filter: FigureFilter = { ...periodDates(period.from, period.to), district };

  const common = { enabled: valid, placeholderData: keepPreviousData } as const;
  const f9 = useQuery({
    queryKey: figureKey('F9', filter),
    queryFn: ({ signal }) => fetchFigure('F9', filter, signal),
    ...common,
  });
  const f11 = useQuery({
    queryKey: figureKey('F11', filter),
    queryFn: ({ signal }) => fetchFigure('F11', filter, signal),
    ...common,
  });
  const f12 = useQuery({
    queryKey: figureKey('F12', filter),
    queryFn: ({ signal }) => fetchFigure('F12', filter, signal),
    ...common,
  });

  return (
    <Page title={TITLE}>
      <Text>
        Kvaliteten af sagsarbejdet (F9), sagsstammerne (F11) og retningen på indsatstrappen (F12). Hvert
        diagram har sine tal i en tabel lige under.
      </Text>
      <PeriodFilter
        filter={period}
        named={[
          ...(f9.data?.districts ?? []),
          ...(f11.data?.districts ?? []),
          ...(f12.data?.districts ?? []),
        ]}
      />
      {valid && (
        <Stack gap="xl">
          {f9.isPending && <Loading label="Henter F9 …" />}
          {f9.isError && <ErrorState error={f9.error} title="F9 kunne ikke hentes" />}
          {f9.data && <F9Section f9={f9.data} />}
          {f11.isPending && <Loading label="Henter F11 …" />}
          {f11.isError && <ErrorState error={f11.error} title="F11 kunne ikke hentes" />}
          {f11.data && <F11Section f11={f11.data} />}
          {f12.isPending && <Loading label="Henter F12 …" />}
          {f12.isError && <ErrorState error={f12.error} title="F12 kunne ikke hentes" />}
          {f12.data && <F12Section f12={f12.data} />}
        </Stack>
      )}
    </Page>
  );
}
