import { Alert, Button, Card, Group, Input, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import { OFFER_COLUMNS } from '../../core/catalog/offer-columns.ts';
import { useSession } from '../session.ts';
import { formatNumber } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { errorMessage, Loading } from '../ui/states.tsx';
import classes from './catalog.module.css';
import { ANALYSIS_KEY, exportUrl, type ImportFile, importOffers, OFFERS_KEY } from './catalog-api.ts';
import { ImportReport, type ImportResult } from './import-report.tsx';

const MAX_BYTES = 5 * 1024 * 1024;

export function ImportPage() {
  return (
    <Page title="Importér tilbud">
      <ImportForm />
      <ExportCard />
      <ColumnsHelp />
    </Page>
  );
}

function ImportForm() {
  const session = useSession();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ImportFile>();
  const [fileError, setFileError] = useState<string>();
  const [busy, setBusy] = useState<'dry' | 'real'>();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    setResult(undefined);
    setError(undefined);
    setFileError(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setFile(undefined);
      setFileError(
        `Filen er for stor (${formatNumber(chosen.size / 1024 / 1024, 1)} MB). Den må højst være 5 MB.`,
      );
      return;
    }
    // Read now, then let go of the input: after fixing the file the user can choose it again.
    setFile({ name: chosen.name, type: chosen.type, bytes: await chosen.arrayBuffer() });
    if (input.current) input.current.value = '';
  }

  async function send(dryRun: boolean) {
    if (!file) {
      setFileError('Vælg først en fil.');
      input.current?.focus();
      return;
    }
    setBusy(dryRun ? 'dry' : 'real');
    setError(undefined);
    setResult(undefined);
    try {
      const outcome = await importOffers(file, dryRun, session.data?.csrfToken);
      setResult({ outcome, dryRun, fileName: file.name });
      if (outcome.ok && !dryRun) {
        client.invalidateQueries({ queryKey: OFFERS_KEY });
        client.invalidateQueries({ queryKey: ANALYSIS_KEY });
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-heading">
      <Stack gap="md">
        <Title order={2} id="import-heading" size="h3">
          Indlæs en fil
        </Title>
        <Text>
          Vælg en CSV-fil (gemt fra Excel som «CSV (semikolonsepareret)») eller en JSON-fil. Hele filen
          kontrolleres, før noget gemmes: er der én fejl, gemmes intet. Tilbud med samme navn som et
          eksisterende tilbud opdaterer det.
        </Text>
        <Input.Wrapper
          label="Fil med tilbud (CSV eller JSON)"
          labelProps={{ htmlFor: 'import-file' }}
          description="Højst 5 MB."
          error={fileError}
          errorProps={{ id: 'import-file-error' }}
          descriptionProps={{ id: 'import-file-description' }}
        >
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`import-file-description${fileError ? ' import-file-error' : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={choose}
            style={{ display: 'block', marginTop: 4 }}
          />
        </Input.Wrapper>
        <Text aria-live="polite">
          {file ? (
            <>
              Valgt fil: <span className={classes.fileName}>{file.name}</span> (
              {formatNumber(file.bytes.byteLength)} byte)
            </>
          ) : (
            'Ingen fil valgt.'
          )}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => send(true)}
            loading={busy === 'dry'}
            disabled={busy === 'real'}
          >
            Prøv først (tjek uden at gemme)
          </Button>
          <Button onClick={() => send(false)} loading={busy === 'real'} disabled={busy === 'dry'}>
            Importér
          </Button>
        </Group>
        {busy && <Loading label={busy === 'dry' ? 'Kontrollerer filen …' : 'Importerer filen …'} />}
        {error && (
          <Alert color="red" variant="outline" role="alert" title="Filen blev ikke sendt">
            {error}
          </Alert>
        )}
        {result && <ImportReport result={result} />}
      </Stack>
    </Card>
  );
}

function ExportCard() {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="export-heading">
      <Stack gap="sm">
        <Title order={2} id="export-heading" size="h3">
          Hent tilbudsviften
        </Title>
        <Text>
          Hele tilbudsviften i samme format, som importen læser. Ret i filen, og importér den igen for at
          opdatere mange tilbud på én gang.
        </Text>
        <Group gap="sm">
          <Button component="a" href={exportUrl('csv')} download variant="default">
            Hent som CSV
          </Button>
          <Button component="a" href={exportUrl('json')} download variant="default">
            Hent som JSON
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ColumnsHelp() {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="columns-heading">
      <Stack gap="sm">
        <Title order={2} id="columns-heading" size="h3">
          Kolonner i filen
        </Title>
        <Text>
          Første linje i en CSV-fil er kolonnenavnene. Trin skrives som trinnets nummer på den gældende
          indsatstrappe. Beløb skrives med decimalkomma, fx 12500 eller 12.500,50.
        </Text>
        <Text component="p">
          <strong>Skal være med:</strong>{' '}
          {OFFER_COLUMNS.filter((c) => c.required)
            .map((c) => c.header)
            .join(', ')}
          .
        </Text>
        <Text component="p">
          <strong>Kan være med:</strong>{' '}
          {OFFER_COLUMNS.filter((c) => !c.required)
            .map((c) => c.header)
            .join(', ')}
          .
        </Text>
      </Stack>
    </Card>
  );
}
