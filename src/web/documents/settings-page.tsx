import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Page } from '../ui/page.tsx';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { Section } from '../ui/section.tsx';
import { errorMessage, Loaded } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { DecisionTypeFields } from './decision-type-fields.tsx';
import {
  DOCUMENT_SETTINGS_KEY,
  type DocumentSettingsView,
  fetchDocumentSettings,
  saveDocumentSettings,
} from './documents-api.ts';
import {
  draftOf,
  fieldId,
  problemsOf,
  requestOf,
  type SettingsDraft,
  type TypeDraft,
} from './settings-values.ts';

const TITLE = 'Regler for afgørelser og breve';

const UNITS: { value: SettingsDraft['unit']; label: string }[] = [
  { value: 'calendar_days', label: 'Kalenderdage' },
  { value: 'working_days', label: 'Arbejdsdage' },
];

/**
 * `/dokumenter/regler` (admin, issue #14 items 1, 2, 4 and 6; docs/documents.md "Settings"): the
 * consultation's reply deadline, the letterhead, and per decision type the appeal guidance and the
 * second signature. What was typed stays as a draft until it is saved (a reload, the re-login);
 * the draft belongs to the settings as they were read, so a save by someone else starts afresh.
 */
export function DocumentSettingsPage() {
  const settings = useQuery({
    queryKey: DOCUMENT_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchDocumentSettings(signal),
  });
  const [saved, setSaved] = useState(false);
  return (
    <Page title={TITLE}>
      <Stack gap="lg">
        <Text>
          Reglerne gælder for afgørelser og partshøringer fra nu. En afgørelse, der allerede er truffet,
          beholder den klagevejledning, den fik, og en sendt partshøring sin frist.
        </Text>
        {saved && (
          <Alert color="green" variant="outline" role="status" title="Reglerne er gemt">
            <Text c="black">Reglerne er gemt og gælder fra nu.</Text>
          </Alert>
        )}
        <Loaded query={settings} loading="Henter reglerne …" failed="Reglerne kunne ikke hentes">
          {(data) => (
            <SettingsForm
              key={data.updatedAt ?? 'standard'}
              data={data}
              onSaved={() => setSaved(true)}
              onEdit={() => setSaved(false)}
            />
          )}
        </Loaded>
      </Stack>
    </Page>
  );
}

function SettingsForm(props: { data: DocumentSettingsView; onSaved: () => void; onEdit: () => void }) {
  const { data, onSaved, onEdit } = props;
  const client = useQueryClient();
  const draft = useDraft<SettingsDraft>(`trappen:document-settings:${data.updatedAt ?? 'standard'}`, () =>
    draftOf(data),
  );
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const problems = problemsOf(v);
  const error = (id: string) => (tried ? problems.get(id) : undefined);
  const set = (patch: Partial<SettingsDraft>) => {
    onEdit();
    draft.set((cur) => ({ ...cur, ...patch }));
  };
  const setType = (next: TypeDraft) => {
    onEdit();
    draft.set((cur) => ({ ...cur, types: cur.types.map((t) => (t.type === next.type ? next : t)) }));
  };
  const save = useMutation({
    mutationFn: () => saveDocumentSettings(requestOf(v)),
    onSuccess: (result) => {
      draft.clear();
      onSaved();
      // A new updatedAt gives a fresh form over what was saved.
      client.setQueryData(DOCUMENT_SETTINGS_KEY, result);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = problems.keys().next();
    if (!first.done) {
      document.getElementById(first.value)?.focus();
      return;
    }
    save.mutate();
  }

  const toVerify = v.types.reduce((n, t) => n + t.references.filter((r) => r.verify).length, 0);

  return (
    <form noValidate onSubmit={submit} aria-label={TITLE}>
      <Stack gap="lg" maw="56rem">
        {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
        <Section id="docset-consultation" title="Partshøring">
          <Text size="sm">
            Svarfristen tælles fra dagen efter, partshøringen er sendt. Trappens standard er 14 kalenderdage;
            en frist i kalenderdage, der ender på en weekend, en helligdag eller en lukkedag, flyttes til
            næste arbejdsdag.
          </Text>
          <Group align="flex-start">
            <NumberInput
              id={fieldId.days}
              label="Svarfrist"
              withAsterisk
              min={1}
              max={60}
              allowDecimal={false}
              w="12rem"
              value={v.days}
              onChange={(n) => set({ days: n })}
              error={error(fieldId.days)}
            />
            <NativeSelect
              label="Regnes i"
              w="12rem"
              data={UNITS}
              value={v.unit}
              onChange={(e) => set({ unit: e.currentTarget.value as SettingsDraft['unit'] })}
            />
          </Group>
        </Section>
        <Section id="docset-letterhead-section" title="Brevhoved">
          <Textarea
            id={fieldId.letterhead}
            label="Kommunens adresse"
            description="Står under kommunens navn øverst i hvert brev og hver PDF. Tom: kun navnet."
            autosize
            minRows={2}
            maxLength={300}
            value={v.letterhead}
            onChange={(e) => set({ letterhead: e.currentTarget.value })}
          />
        </Section>
        <Section id="docset-types" title="Klagevejledning og anden underskrift">
          <Text size="sm">
            Klagevejledningen står i hvert afgørelsesbrev af typen. En henvisning markeret «skal verificeres»
            skal en jurist tjekke mod den gældende lov, før kommunen sender breve med den
            {toVerify > 0 ? ` (${toVerify} er markeret nu)` : ''}.
          </Text>
          {v.types.map((t) => (
            <DecisionTypeFields key={t.type} value={t} onChange={setType} error={error} />
          ))}
        </Section>
        {tried && problems.size > 0 && (
          <Alert color="red" variant="outline" role="alert" title="Reglerne er ikke gemt">
            <Text>Ret de markerede felter ({problems.size}).</Text>
          </Alert>
        )}
        {save.isError && (
          <Alert color="red" variant="outline" role="alert" title="Reglerne er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Gem reglerne
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
