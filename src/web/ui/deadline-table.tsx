import { Badge, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable } from './data-table.tsx';

/** A deadline as the server words it: its state and the time left ("om 3 t", "2 t over fristen"). */
export interface WordedDeadline {
  state: 'overdue' | 'due_soon' | 'on_track';
  timeLeft: string;
}

const COLOR: Record<WordedDeadline['state'], string> = {
  overdue: 'red',
  due_soon: 'yellow',
  on_track: 'green',
};
const PREFIX: Record<WordedDeadline['state'], string> = {
  overdue: 'Overskredet:',
  due_soon: 'Snart:',
  on_track: 'Frist',
};

/** Time left in words; the colour only repeats it (WCAG 1.4.1). */
export function DeadlineBadge({ deadline }: { deadline: WordedDeadline }) {
  return (
    <Badge
      variant={deadline.state === 'overdue' ? 'filled' : 'outline'}
      color={COLOR[deadline.state]}
      c={deadline.state === 'overdue' ? 'white' : 'black'}
      tt="none"
      size="lg"
      data-state={deadline.state}
    >
      {PREFIX[deadline.state]} {deadline.timeLeft}
    </Badge>
  );
}

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names the row (a `th scope="row"`, read out before each of the others). */
  rowHeader?: boolean;
}

/**
 * A striped table of rows with deadlines (the queue, the supervision lists, a caseworker's
 * cases, a case's deadlines): one header row, a column per field. With `minWidth`, a narrow
 * screen scrolls the table sideways instead of squeezing the words.
 */
export function DeadlineTable<T>(props: {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** data-* attributes of a row, for tests and styles */
  rowData?: (row: T) => Record<`data-${string}`, string | boolean>;
  minWidth?: number;
  /** the table's name for screen readers: as a hidden caption, or as its label */
  caption?: string;
  label?: string;
  bordered?: boolean;
}) {
  const { columns, rows, rowKey, rowData } = props;
  return (
    <DataTable
      columns={columns.map((column) => ({ label: column.header }))}
      minWidth={props.minWidth}
      hiddenCaption={props.caption}
      withTableBorder={props.bordered ?? true}
      aria-label={props.label}
    >
      {rows.map((row) => (
        <Table.Tr key={rowKey(row)} {...rowData?.(row)}>
          {columns.map((column, i) =>
            column.rowHeader ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
              <Table.Th key={i} scope="row">
                {column.cell(row)}
              </Table.Th>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
              <Table.Td key={i}>{column.cell(row)}</Table.Td>
            ),
          )}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
