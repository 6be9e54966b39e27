import { Alert, Anchor, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { formatNumber } from '../ui/format.ts';
import classes from './catalog.module.css';
import type { ImportOutcome } from './catalog-api.ts';

export interface ImportResult {
  outcome: ImportOutcome;
  dryRun: boolean;
  fileName: string;
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * What the server said about the file: the counts when it was (or would be) accepted, or every
 * error with its line and column, so the user can fix the file in Excel and try again.
 */
export function ImportReport({ result }: { result: ImportResult }) {
  const { outcome, dryRun, fileName } = result;
  if (!outcome.ok) {
    return (
      <>
        <Alert color="red" variant="outline" role="alert" title="Filen indeholder fejl – intet er gemt">
          <Text>{outcome.message}</Text>
          <Text mt="xs">
            Ret fejlene i filen, gem den, og vælg den igen. Linjenumrene er dem, Excel viser (overskriften er
            linje 1).
          </Text>
        </Alert>
        <DataTable
          minWidth={560}
          className={classes.errorTable}
          captionProps={{ style: { captionSide: 'top', textAlign: 'left', fontWeight: 600 } }}
          caption={
            <>
              {plural(outcome.errors.length, 'fejl', 'fejl')} i{' '}
              <span className={classes.fileName}>{fileName}</span>
            </>
          }
          columns={['Linje', 'Kolonne', 'Fejl']}
        >
          {outcome.errors.map((e, index) => (
            // The same line and column may carry more than one message.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <Table.Tr key={index}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>{e.column ?? 'Hele linjen'}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </>
    );
  }

  const { imported, updated, unchanged } = outcome.report;
  const counts = (
    <List spacing={2}>
      <List.Item>{plural(imported, 'nyt tilbud', 'nye tilbud')}</List.Item>
      <List.Item>{plural(updated, 'opdateret tilbud', 'opdaterede tilbud')}</List.Item>
      <List.Item>{plural(unchanged, 'uændret tilbud', 'uændrede tilbud')}</List.Item>
    </List>
  );
  if (dryRun) {
    return (
      <Alert color="blue" variant="outline" role="status" title="Filen er i orden – intet er gemt endnu">
        <Text mb="xs">Hvis du importerer {fileName}, bliver resultatet:</Text>
        {counts}
        <Text mt="xs">Tryk på «Importér» for at gemme.</Text>
      </Alert>
    );
  }
  return (
    <Alert color="green" variant="outline" role="status" title="Filen er importeret">
      <Text mb="xs">{fileName} er gemt i tilbudsviften:</Text>
      {counts}
      <Anchor component={Link} to="/tilbud" mt="xs" display="inline-block">
        Se tilbudsviften
      </Anchor>
    </Alert>
  );
}
