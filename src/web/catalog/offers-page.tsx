import { Button, Group, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  COST_UNIT_LABELS,
  EVIDENCE_LABELS,
  FORM_LABELS,
  OFFER_STATUS_LABELS,
  SETTING_LABELS,
  TARGET_LABELS,
} from '../../core/catalog/types.ts';
import { useCan } from '../session.ts';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { Page } from '../ui/page.tsx';
import { useSorted } from '../ui/sortable.tsx';
import { ErrorState } from '../ui/states.tsx';
import {
  fetchLadder,
  LADDER_KEY,
  OFFERS_KEY,
  type OfferFilters,
  type OfferView,
  searchOffers,
} from './catalog-api.ts';
import { OfferFiltersForm } from './offer-filters.tsx';
import { OFFER_SORT_VALUES, OffersTable } from './offers-table.tsx';

const FILTER_KEYS = ['q', 'step', 'target', 'form', 'age', 'status'] as const;

export function OffersPage() {
  const edit = useCan()('catalog:edit');
  return (
    <Page
      title="Tilbudsvifte"
      actions={
        edit && (
          <Group gap="sm">
            <Button component={Link} to="/tilbud/nyt">
              Nyt tilbud
            </Button>
            <Button component={Link} to="/tilbud/import" variant="default">
              Importér
            </Button>
          </Group>
        )
      }
    >
      <Catalog />
    </Page>
  );
}

function Catalog() {
  // The filters live in the URL, so Back, a reload and a re-login after an expired session keep them.
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const out: OfferFilters = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) out[key] = value;
    }
    return out;
  }, [params]);
  const setFilters = useCallback(
    (next: OfferFilters) => {
      const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== ''));
      setParams(clean as Record<string, string>, { replace: true });
    },
    [setParams],
  );

  const ladder = useQuery({ queryKey: LADDER_KEY, queryFn: ({ signal }) => fetchLadder(signal) });
  const result = useQuery({
    queryKey: [...OFFERS_KEY, filters],
    queryFn: ({ signal }) => searchOffers(filters, signal),
    placeholderData: keepPreviousData,
  });
  const offers = result.data ?? [];
  const { sorted, sort, toggle } = useSorted(offers, OFFER_SORT_VALUES);

  return (
    <>
      <OfferFiltersForm filters={filters} ladder={ladder.data} onChange={setFilters} />
      <Group justify="space-between">
        {/* Always present, so screen readers announce each new count. */}
        <Text role="status" aria-live="polite" aria-busy={result.isFetching}>
          {summaryText(result.isPending, result.isError, offers.length, filters)}
        </Text>
        {offers.length > 0 && (
          <Button variant="default" onClick={() => exportList(sorted)}>
            Eksportér listen til CSV
          </Button>
        )}
      </Group>
      {result.isError && <ErrorState error={result.error} title="Søgningen mislykkedes" />}
      {offers.length > 0 && <OffersTable offers={sorted} sort={sort} onSort={toggle} />}
    </>
  );
}

function summaryText(pending: boolean, error: boolean, count: number, filters: OfferFilters): string {
  if (pending) return 'Henter tilbud …';
  if (error) return '';
  const filtered = Object.keys(filters).length > 0;
  if (count === 0) return filtered ? 'Ingen tilbud matcher søgningen.' : 'Tilbudsviften er tom.';
  return count === 1 ? '1 tilbud.' : `${count} tilbud.`;
}

/** The list as shown (filtered and sorted), for Danish Excel. */
function exportList(offers: OfferView[]) {
  const amount = (n: number) => String(n).replace('.', ',');
  downloadCsv(
    'tilbudsvifte.csv',
    toCsv(
      [
        'Navn',
        'Trin',
        'Trinnavn',
        'Målgruppe',
        'Form',
        'Ramme',
        'Alder fra',
        'Alder til',
        'Evidens',
        'Program',
        'Enhedspris (kr.)',
        'Prisenhed',
        'Illustrativ pris',
        'Kapacitet',
        'Leverandør',
        'Status',
      ],
      offers.map((o) => [
        o.name,
        o.stepPosition,
        o.stepName,
        TARGET_LABELS[o.target],
        FORM_LABELS[o.form],
        SETTING_LABELS[o.setting],
        o.ageMin,
        o.ageMax,
        EVIDENCE_LABELS[o.evidence],
        o.programme,
        amount(o.unitCost),
        COST_UNIT_LABELS[o.costUnit],
        o.illustrative ? 'Ja' : 'Nej',
        o.capacity,
        o.providerName,
        OFFER_STATUS_LABELS[o.status],
      ]),
    ),
  );
}
