import { Table, Text } from '@mantine/core';
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
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Gemt</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
            <Table.Th scope="col">Trin</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
