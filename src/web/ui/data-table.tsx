import { Table, type TableProps, VisuallyHidden } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { SortableTh, type SortState } from './sortable.tsx';

/**
 * A column header: its words, or the words with options. `false`, `null` and `undefined` stand for
 * a column this user is not shown (e.g. an action column only writers get).
 */
export type DataColumn<K extends string = string> =
  | string
  | false
  | null
  | undefined
  | {
      label: ReactNode;
      /** read by screen readers only (a column of buttons needs a name, not a visible one) */
      hidden?: boolean;
      className?: string;
      w?: string | number;
      /** the column sorts the rows by this key; needs `sorting` on the table */
      sortKey?: K;
    };

export interface DataTableProps<K extends string> extends Omit<TableProps, 'children' | 'caption'> {
  columns: readonly DataColumn<K>[];
  /** the rows, `Table.Tr` each */
  children: ReactNode;
  /** With `minWidth`, a narrow screen scrolls the table sideways instead of squeezing the words. */
  minWidth?: number;
  /** the table's name, shown under it */
  caption?: ReactNode;
  /** the table's name for screen readers only, where the heading above already says it */
  hiddenCaption?: string;
  captionProps?: Omit<ComponentProps<typeof Table.Caption>, 'children'>;
  /** the state of `useSorted`, for columns with a `sortKey` */
  sorting?: { sort: SortState<K> | null; toggle: (key: K) => void };
}

/**
 * The one way a page draws a table: scroll container, caption, a header row of `th scope="col"`
 * and the body. Pages write only their rows, so every table names its columns the same way.
 * Striped and bordered unless the page says `striped={false}` or `withTableBorder={false}`.
 */
export function DataTable<K extends string = string>(props: DataTableProps<K>) {
  const { columns, children, minWidth, caption, hiddenCaption, captionProps, sorting, ...tableProps } = props;
  const table = (
    <Table striped withTableBorder {...tableProps}>
      {caption || hiddenCaption ? (
        <Table.Caption {...captionProps}>
          {hiddenCaption ? <VisuallyHidden>{hiddenCaption}</VisuallyHidden> : caption}
        </Table.Caption>
      ) : null}
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
            <HeaderCell key={i} column={column} sorting={sorting} />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}

function HeaderCell<K extends string>({
  column,
  sorting,
}: {
  column: DataColumn<K>;
  sorting: DataTableProps<K>['sorting'];
}) {
  if (column == null || column === false) return null;
  if (typeof column === 'string') return <Table.Th scope="col">{column}</Table.Th>;
  if (column.sortKey !== undefined && sorting && typeof column.label === 'string') {
    return (
      <SortableTh sortKey={column.sortKey} sort={sorting.sort} onSort={sorting.toggle}>
        {column.label}
      </SortableTh>
    );
  }
  return (
    <Table.Th scope="col" className={column.className} w={column.w}>
      {column.hidden ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
    </Table.Th>
  );
}
