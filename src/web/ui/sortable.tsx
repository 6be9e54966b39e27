import { Table, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import classes from './sortable.module.css';

export type SortDirection = 'ascending' | 'descending';
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });

function compare(a: string | number | null | undefined, b: string | number | null | undefined): number {
  if (a == null || a === '') return b == null || b === '' ? 0 : 1;
  if (b == null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Client-side sorting of an already loaded list (the server caps lists, so this stays cheap).
 * Sorting uses Danish collation, so Æ, Ø and Å come after Z.
 */
export function useSorted<T, K extends string>(
  rows: T[],
  getters: Record<K, (row: T) => string | number | null | undefined>,
  initial: SortState<K> | null = null,
) {
  const [sort, setSort] = useState<SortState<K> | null>(initial);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const get = getters[sort.key];
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compare(get(a), get(b)));
  }, [rows, sort, getters]);

  function toggle(key: K) {
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  }
  return { sorted, sort, toggle };
}

interface SortableThProps<K extends string> {
  sortKey: K;
  sort: SortState<K> | null;
  onSort: (key: K) => void;
  children: string;
}

/** A column header that is a button; aria-sort tells screen readers the current order. */
export function SortableTh<K extends string>({ sortKey, sort, onSort, children }: SortableThProps<K>) {
  const active = sort?.key === sortKey;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <Table.Th aria-sort={active ? sort.direction : 'none'}>
      <UnstyledButton className={classes.button} onClick={() => onSort(sortKey)}>
        {children}
        <span aria-hidden="true" className={classes.arrow}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
