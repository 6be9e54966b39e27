import { Alert, Button, Checkbox, Fieldset, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { SETTING_BOUNDS, SIGNAL_RULE_LABELS } from '../../core/detection/settings.ts';
import { can, useUser } from '../session.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import {
  type DetectionSettingsBody,
  type DetectionSettingsResponse,
  fetchSettings,
  SETTINGS_KEY,
  saveSettings,
} from './detection-api.ts';

/** `/opsporing/regler`: the must-report level and the signal rules with their numbers (admin edits). */
export function SettingsPage() {
  const user = useUser();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: ({ signal }) => fetchSettings(signal) });
  let body: ReactNode;
  if (settings.isPending) body = <Loading label="Henter reglerne …" />;
  else if (settings.isError) body = <ErrorState error={settings.error} title="Reglerne kunne ikke hentes" />;
  else if (can(user, 'detection_settings:edit')) body = <SettingsForm data={settings.data} />;
  else body = <RuleList data={settings.data} />;
  return <Page title="Regler for opsporing">{body}</Page>;
}

function RuleList({ data }: { data: DetectionSettingsResponse }) {
  return (
    <Stack gap="sm">
      <Text>
        Handleguiden siger, at fagpersonen har pligt til at underrette, når niveauet er under{' '}
        <strong>{data.settings.mustReportBelow}</strong>, eller når bekymringen peger på vold eller overgreb.
      </Text>
      <List spacing="xs">
        {data.rules.map((r) => (
          <List.Item key={r.rule}>
            <strong>{r.label}</strong> ({r.enabled ? 'slået til' : 'slået fra'}): {r.description}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

type Rules = DetectionSettingsBody['rules'];

function SettingsForm({ data }: { data: DetectionSettingsResponse }) {
  const client = useQueryClient();
  const [values, setValues] = useState<DetectionSettingsBody>(data.settings);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [current, setCurrent] = useState(data);
  const b = SETTING_BOUNDS;

  function setRule<K extends keyof Rules>(rule: K, patch: Partial<Rules[K]>) {
    setSaved(false);
    setValues((v) => ({ ...v, rules: { ...v.rules, [rule]: { ...v.rules[rule], ...patch } } }));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const result = await saveSettings(values);
      client.setQueryData(SETTINGS_KEY, result);
      setValues(result.settings);
      setCurrent(result);
      setSaved(true);
    } catch (caught) {
      // The numbers typed stay; the server's message says which is out of range.
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  const number = (apply: (n: number) => void) => (value: number | string) => {
    setSaved(false);
    apply(typeof value === 'number' ? value : Number.NaN);
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        <Text>
          {current.isDefault
            ? 'Kommunen bruger standardreglerne. Ret dem her, hvis kommunen har besluttet andre grænser.'
            : 'Kommunen har sine egne regler.'}
        </Text>
        <NumberInput
          label="Underretningspligt under niveau"
          description={`Under dette niveau på Børnelinealen siger handleguiden klart, at fagpersonen skal underrette (${b.mustReportBelow.min}–${b.mustReportBelow.max}).`}
          min={b.mustReportBelow.min}
          max={b.mustReportBelow.max}
          value={values.mustReportBelow}
          onChange={number((n) => setValues((v) => ({ ...v, mustReportBelow: n })))}
          w="20rem"
        />
        <Fieldset legend={SIGNAL_RULE_LABELS.several_professionals}>
          <Stack gap="sm">
            <Checkbox
              label="Reglen er slået til"
              checked={values.rules.several_professionals.enabled}
              onChange={(e) => setRule('several_professionals', { enabled: e.currentTarget.checked })}
            />
            <Group gap="md" wrap="wrap">
              <NumberInput
                label="Mindst antal fagpersoner"
                min={b.minProfessionals.min}
                max={b.minProfessionals.max}
                value={values.rules.several_professionals.minProfessionals}
                onChange={number((n) => setRule('several_professionals', { minProfessionals: n }))}
              />
              <NumberInput
                label="Inden for dage"
                min={b.withinDays.min}
                max={b.withinDays.max}
                value={values.rules.several_professionals.withinDays}
                onChange={number((n) => setRule('several_professionals', { withinDays: n }))}
              />
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={SIGNAL_RULE_LABELS.red_after_yellow}>
          <Checkbox
            label="Reglen er slået til: en rød vurdering, når barnets forrige var gul eller rød"
            checked={values.rules.red_after_yellow.enabled}
            onChange={(e) => setRule('red_after_yellow', { enabled: e.currentTarget.checked })}
          />
        </Fieldset>
        <Fieldset legend={SIGNAL_RULE_LABELS.low_level}>
          <Stack gap="sm">
            <Checkbox
              label="Reglen er slået til"
              checked={values.rules.low_level.enabled}
              onChange={(e) => setRule('low_level', { enabled: e.currentTarget.checked })}
            />
            <NumberInput
              label="En bekymring på dette niveau eller derunder"
              min={b.maxLevel.min}
              max={b.maxLevel.max}
              value={values.rules.low_level.maxLevel}
              onChange={number((n) => setRule('low_level', { maxLevel: n }))}
              w="20rem"
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={SIGNAL_RULE_LABELS.level_drop}>
          <Stack gap="sm">
            <Checkbox
              label="Reglen er slået til"
              checked={values.rules.level_drop.enabled}
              onChange={(e) => setRule('level_drop', { enabled: e.currentTarget.checked })}
            />
            <Group gap="md" wrap="wrap">
              <NumberInput
                label="Fald på mindst (niveauer)"
                min={b.minDrop.min}
                max={b.minDrop.max}
                value={values.rules.level_drop.minDrop}
                onChange={number((n) => setRule('level_drop', { minDrop: n }))}
              />
              <NumberInput
                label="Inden for dage"
                min={b.withinDays.min}
                max={b.withinDays.max}
                value={values.rules.level_drop.withinDays}
                onChange={number((n) => setRule('level_drop', { withinDays: n }))}
              />
            </Group>
          </Stack>
        </Fieldset>
        {error && (
          <Alert color="red" variant="outline" role="alert" title="Reglerne er ikke gemt">
            {error}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="outline" role="status" title="Reglerne er gemt">
            <RuleList data={current} />
          </Alert>
        )}
        <div>
          <Button type="submit" loading={busy}>
            Gem reglerne
          </Button>
        </div>
      </Stack>
    </form>
  );
}
