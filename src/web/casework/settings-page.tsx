import { List, NumberInput, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useCan } from '../session.ts';
import { Page } from '../ui/page.tsx';
import { RulesSave } from '../ui/rules-save.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import {
  CASEWORK_OVERVIEW_KEY,
  CASEWORK_SETTINGS_KEY,
  type CaseworkSettings,
  fetchSettings,
  saveSettings,
} from './overview-api.ts';

const TITLE = 'Regler for sagsarbejdet';

interface Field {
  key: keyof CaseworkSettings;
  label: string;
  description: string;
  min: number;
  max: number;
  unit: string;
}

// The bounds are those of CaseworkSettingsView (src/core/api/casework-overview.ts).
const FIELDS: Field[] = [
  {
    key: 'quietWeeks',
    label: 'Stille sag efter (uger)',
    description: 'En sag er stille, når der ikke har været kontakt med familien i så mange uger (1–52).',
    min: 1,
    max: 52,
    unit: 'uger',
  },
  {
    key: 'caseloadTarget',
    label: 'Mål for sagsstamme (sager)',
    description: 'Det antal åbne sager, en sagsbehandler højst bør have (1–200).',
    min: 1,
    max: 200,
    unit: 'sager',
  },
  {
    key: 'homeFollowUpMonths',
    label: 'Opfølgning på hjemmebaserede indsatser (måneder)',
    description: 'Standardkadencen for opfølgning efter den første opfølgning (1–12).',
    min: 1,
    max: 12,
    unit: 'måneder',
  },
  {
    key: 'placementFollowUpWeeks',
    label: 'Opfølgning på anbringelser (uger)',
    description: 'Standardkadencen for opfølgning på en anbringelse (1–52).',
    min: 1,
    max: 52,
    unit: 'uger',
  },
];

/**
 * `/sager/regler`: the municipality's local case-work rules — quiet weeks, caseload target and
 * follow-up cadences. Leaders and the admin change them; caseworkers read them. The legal
 * deadlines are law and not here.
 */
export function CaseworkSettingsPage() {
  const can = useCan();
  const settings = useQuery({
    queryKey: CASEWORK_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchSettings(signal),
  });
  let body: ReactNode;
  if (settings.isPending) body = <Loading label="Henter reglerne …" />;
  else if (settings.isError) body = <ErrorState error={settings.error} title="Reglerne kunne ikke hentes" />;
  else if (can('casework_settings:edit')) body = <SettingsForm data={settings.data} />;
  else body = <RuleList data={settings.data} />;
  return (
    <Page title={TITLE}>
      <Text>
        Kommunens lokale regler for sagsarbejdet. Lovens frister (undersøgelse på 4 måneder, planen, to
        tilsynsbesøg om året) gælder altid og kan ikke ændres her.
      </Text>
      {body}
    </Page>
  );
}

function RuleList({ data }: { data: CaseworkSettings }) {
  return (
    <List spacing="xs">
      {FIELDS.map((f) => (
        <List.Item key={f.key}>
          <strong>{f.label}:</strong> {data[f.key]} {f.unit}
        </List.Item>
      ))}
    </List>
  );
}

function SettingsForm({ data }: { data: CaseworkSettings }) {
  const client = useQueryClient();
  const [values, setValues] = useState<Record<keyof CaseworkSettings, number | string>>(data);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const invalid = (f: Field) => {
    const v = values[f.key];
    return typeof v !== 'number' || !Number.isInteger(v) || v < f.min || v > f.max;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    if (FIELDS.some(invalid)) {
      setError('Ret de markerede felter.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await saveSettings(values as CaseworkSettings);
      client.setQueryData(CASEWORK_SETTINGS_KEY, result);
      // Quiet cases and caseload states follow the new rules.
      await client.invalidateQueries({ queryKey: CASEWORK_OVERVIEW_KEY });
      setValues(result);
      setSaved(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw="36rem">
        {FIELDS.map((f) => (
          <NumberInput
            key={f.key}
            label={f.label}
            description={f.description}
            min={f.min}
            max={f.max}
            allowDecimal={false}
            required
            value={values[f.key]}
            onChange={(v) => {
              setSaved(false);
              setValues((old) => ({ ...old, [f.key]: v }));
            }}
            error={invalid(f) ? `Skriv et helt tal fra ${f.min} til ${f.max}.` : undefined}
            w="20rem"
          />
        ))}
        <RulesSave error={error} saved={saved} busy={busy} />
      </Stack>
    </form>
  );
}
