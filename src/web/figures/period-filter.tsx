import { Alert, Group, NativeSelect, Text } from '@mantine/core';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../session.ts';
import { addMonths, currentMonth, monthOptions, monthsBetween } from '../ui/months.ts';

/**
 * The period (from and to month) and district of a figures page, kept in the URL (`?from=&to=&district=`)
 * so a view can be bookmarked and shared. Used by F8 (`/noegletal/f8`) and F9/F11/F12
 * (`/noegletal/sager`).
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest period a figure is asked for. */
const MAX_MONTHS = 36;

type Key = 'from' | 'to' | 'district';

export interface PeriodFilterState {
  /** YYYY-MM; default the current month */
  to: string;
  /** YYYY-MM; default 11 months before `to` (a year) */
  from: string;
  /** a district id, '' for all */
  district: string;
  /** from ≤ to and at most 36 months: only then is a figure fetched */
  valid: boolean;
  update: (key: Key, value: string) => void;
}

export function usePeriodFilter(): PeriodFilterState {
  const [params, setParams] = useSearchParams();
  const month = (key: string) => {
    const value = params.get(key);
    return value && MONTH.test(value) ? value : undefined;
  };
  const to = month('to') ?? currentMonth();
  const from = month('from') ?? addMonths(to, -11);
  const district = params.get('district') ?? '';
  const valid = from <= to && monthsBetween(from, to).length <= MAX_MONTHS;
  const update = (key: Key, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { from, to, district, valid, update };
}

/**
 * The filter's selects, and an alert while the period is not valid. The districts offered are the
 * user's own and every district a figure has named so far (`named`), remembered while the page
 * stays, so a district does not vanish from the list when a filter leaves it out of the figures.
 */
export function PeriodFilter({
  filter,
  named,
}: {
  filter: PeriodFilterState;
  named: readonly { id: string; name: string }[];
}) {
  const user = useUser();
  const districts = useRef(new Map<string, string>());
  for (const d of [...user.districts, ...named]) districts.current.set(d.id, d.name);
  const months = monthOptions();
  return (
    <>
      <Group align="flex-end" gap="md" role="group" aria-label="Filtre">
        <NativeSelect
          label="Fra måned"
          data={months}
          value={filter.from}
          onChange={(e) => filter.update('from', e.currentTarget.value)}
        />
        <NativeSelect
          label="Til måned"
          data={months}
          value={filter.to}
          onChange={(e) => filter.update('to', e.currentTarget.value)}
        />
        <NativeSelect
          label="Distrikt"
          data={[
            { value: '', label: 'Alle distrikter' },
            ...[...districts.current].map(([value, label]) => ({ value, label })),
          ]}
          value={filter.district}
          onChange={(e) => filter.update('district', e.currentTarget.value)}
        />
      </Group>
      {!filter.valid && (
        <Alert color="red" variant="outline" title="Perioden er ikke gyldig" role="alert">
          <Text>
            {`Fra-måneden skal ligge før eller være lig med til-måneden, og perioden må højst være ${MAX_MONTHS} måneder.`}
          </Text>
        </Alert>
      )}
    </>
  );
}
