import { Anchor, Button, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { DataTable } from '../ui/data-table.tsx';
import { DeadlineTable } from '../ui/deadline-table.tsx';
import { formatDate } from '../ui/format.ts';
import { WordBadge } from '../ui/word-badge.tsx';
import { DueBadge } from './my-cases-due.tsx';
import type { SupervisionCases } from './overview-api.ts';

/**
 * The supervision page's case lists (supervision-page.tsx): unassigned cases and overdue deadlines,
 * each to (re)assign.
 */

export function Unassigned({
  data,
  onAssign,
}: {
  data: SupervisionCases;
  onAssign: (r: { caseId: string; childName: string }) => void;
}) {
  return (
    <section aria-labelledby="sup-unassigned">
      <Title order={2} id="sup-unassigned" mb="xs">
        Ufordelte sager ({data.unassigned.length})
      </Title>
      {data.unassigned.length === 0 ? (
        <Text>Alle åbne sager har en sagsbehandler.</Text>
      ) : (
        <DataTable maw={900} columns={['Barn', 'Distrikt', 'Åbnet', { label: 'Handling', hidden: true }]}>
          {data.unassigned.map((u) => (
            <Table.Tr key={u.caseId} data-case-id={u.caseId}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/sag/${u.caseId}`}>
                  {u.child.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{u.district.name}</Table.Td>
              <Table.Td>{formatDate(u.openedAt)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  onClick={() => onAssign({ caseId: u.caseId, childName: u.child.name })}
                >
                  Fordel<VisuallyHidden> sagen om {u.child.name}</VisuallyHidden>
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export function OverdueItems({
  data,
  onAssign,
}: {
  data: SupervisionCases;
  onAssign: (r: { caseId: string; childName: string }) => void;
}) {
  const on = todayInCopenhagen();
  const items = [...data.overdueItems].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return (
    <section aria-labelledby="sup-overdue">
      <Title order={2} id="sup-overdue" mb="xs">
        Overskredne frister ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text role="status">Ingen frister er overskredet.</Text>
      ) : (
        <DeadlineTable
          minWidth={900}
          rows={items}
          rowKey={(item) => `${item.caseId}-${item.rule}-${item.dueOn}`}
          rowData={(item) => ({ 'data-case-id': item.caseId })}
          columns={[
            {
              header: 'Barn',
              rowHeader: true,
              cell: (item) => (
                <Anchor component={Link} to={`/sag/${item.caseId}`}>
                  {item.child.name}
                </Anchor>
              ),
            },
            { header: 'Frist', cell: (item) => item.label },
            { header: 'Dato', cell: (item) => formatDate(item.dueOn) },
            { header: 'Status', cell: (item) => <DueBadge dueOn={item.dueOn} on={on} overdue /> },
            {
              header: 'Sagsbehandler',
              cell: (item) => item.caseworker?.name ?? <WordBadge color="gray.7">Ikke fordelt</WordBadge>,
            },
            {
              header: <VisuallyHidden>Handling</VisuallyHidden>,
              cell: (item) => (
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onAssign({ caseId: item.caseId, childName: item.child.name })}
                >
                  Fordel om<VisuallyHidden> sagen om {item.child.name}</VisuallyHidden>
                </Button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
