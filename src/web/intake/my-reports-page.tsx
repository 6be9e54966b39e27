import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { Loaded } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { fetchMyReports, MY_REPORTS_KEY, type MyReport } from './intake-api.ts';

const STATUS_COLOR: Record<MyReport['status'], string> = {
  received: 'blue',
  screened: 'yellow',
  closed: 'gray',
};

/** `/underretning/mine`: the status of a professional's own reports — never their content. */
export function MyReportsPage() {
  const reports = useQuery({ queryKey: MY_REPORTS_KEY, queryFn: ({ signal }) => fetchMyReports(signal) });
  return (
    <Page
      title="Mine underretninger"
      actions={
        <Anchor component={Link} to="/underretning/ny">
          Ny underretning
        </Anchor>
      }
    >
      <Text>Du ser status, kvittering og tilbagemelding — ikke kommunens vurdering af sagen.</Text>
      <Loaded
        query={reports}
        loading="Henter dine underretninger …"
        failed="Underretningerne kunne ikke hentes"
        empty={<Text>Du har ikke sendt nogen underretninger.</Text>}
      >
        {(data) => (
          <DataTable
            minWidth={700}
            hiddenCaption="Mine underretninger"
            columns={['Barn', 'Sendt', 'Status', 'Kvittering', 'Tilbagemelding']}
          >
            {data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.child.name}</Table.Td>
                <Table.Td>{formatDateTime(r.receivedAt)}</Table.Td>
                <Table.Td>
                  <WordBadge color={STATUS_COLOR[r.status]} size="lg">
                    {r.statusLabel}
                  </WordBadge>
                </Table.Td>
                <Table.Td>
                  {r.receiptSentAt
                    ? `Modtaget ${formatDateTime(r.receiptSentAt)}`
                    : r.receiptDueAt
                      ? `Ikke sendt endnu (senest ${formatDate(r.receiptDueAt)})`
                      : 'Ikke sendt endnu'}
                </Table.Td>
                <Table.Td>
                  {r.feedback
                    ? `${r.feedback.outcomeLabel} (${formatDate(r.feedback.sentAt)})`
                    : 'Ingen tilbagemelding endnu'}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </Page>
  );
}
