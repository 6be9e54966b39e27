import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { DataTable } from './data-table.tsx';
import type { Conflict, Fields } from './use-versioned-draft.ts';

/**
 * A stale save (409 `version_conflict`): the current values next to the user's unsaved input, and
 * a button to take over the current version. Nothing typed is lost: the form keeps the input.
 */
export function ConflictPanel<T extends Fields>(props: {
  /** what changed, in the area's words ("Nogen har ændret sagen, …") */
  title: string;
  conflict: Conflict<T>;
  mine: T;
  labels: Record<keyof T, string>;
  /** how a stored value reads (e.g. a code as its Danish label) */
  show?: (field: keyof T, value: string) => string;
  onTakeOver: () => void;
}) {
  const { conflict, mine, labels } = props;
  const show = props.show ?? ((_f, v) => v);
  const fields = (Object.keys(labels) as (keyof T)[]).filter(
    (f) => (mine[f] ?? '') !== (conflict.current[f] ?? ''),
  );
  return (
    <Alert color="orange" variant="outline" role="alert" title={props.title}>
      <Stack gap="sm">
        <Text c="black">
          Din ændring er ikke gemt. Herunder står det, du har skrevet, ved siden af den aktuelle udgave.
          Overtag den aktuelle udgave: felter, du ikke har rørt, får de aktuelle værdier, og det, du selv har
          skrevet, bliver stående, så du kan gemme igen.
        </Text>
        {fields.length > 0 && (
          <DataTable
            striped={false}
            withColumnBorders
            aria-label="Din udgave og den aktuelle udgave"
            columns={['Felt', 'Din ikke-gemte udgave', 'Den aktuelle udgave']}
          >
            {fields.map((f) => (
              <Table.Tr key={String(f)}>
                <Table.Th scope="row">{labels[f]}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(f, mine[f] ?? '') || '(tom)'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                  {show(f, conflict.current[f] ?? '') || '(tom)'}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
        <div>
          <Button variant="default" onClick={props.onTakeOver}>
            Overtag den aktuelle udgave
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
