import { Table, Text } from '@mantine/core';
import { DataTable } from '../ui/data-table.tsx';
import { formatDateTime } from '../ui/format.ts';
import type { LadderView } from './catalog-api.ts';

/** Every version, newest first: when, why (the note) and which steps it had. */
export function LadderHistory({
  versions,
  current,
}: {
  versions: LadderView[];
  current: number | undefined;
}) {
  if (versions.length === 0) return <Text>Der er ingen tidligere versioner.</Text>;
  return (
    <DataTable minWidth={640} columns={['Version', 'Gemt', 'Note', 'Trin']}>
      {versions.map((v) => (
        <Table.Tr key={v.id}>
          <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
            Version {v.version}
            {v.version === current && (
              <Text span size="sm" fw={400} display="block">
                (gældende)
              </Text>
            )}
          </Table.Th>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v.createdAt)}</Table.Td>
          <Table.Td>
            {v.note ?? (
              <Text span c="dimmed">
                Ingen note
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <ol style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
              {v.steps.map((s) => (
                <li key={s.id}>{s.name}</li>
              ))}
            </ol>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
