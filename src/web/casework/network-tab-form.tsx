import {
  Alert,
  Button,
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { NetworkMemberCreateRequest, NetworkMemberView } from './overview-api.ts';

export type Closeness = NetworkMemberView['closeness'];
export type Contribution = NetworkMemberView['contributions'][number];

export const CLOSENESS_LABELS: Record<Closeness, string> = {
  close: 'Tæt på',
  middle: 'I midten',
  distant: 'Længere væk',
};
export const CLOSENESS: readonly Closeness[] = ['close', 'middle', 'distant'];

export const CONTRIBUTION_LABELS: Record<Contribution, string> = {
  pick_up: 'Hente/bringe',
  weekends: 'Weekender',
  support: 'Støtte',
  practical_help: 'Praktisk hjælp',
  respite: 'Aflastning',
  network_foster_family: 'Mulig netværksplejefamilie',
};

// The keys of NETWORK_CONTRIBUTIONS (src/core/api/casework-overview.ts), listed here so zod stays
// out of the browser bundle; the Record above makes a missing one a type error.
const CONTRIBUTIONS = Object.keys(CONTRIBUTION_LABELS) as Contribution[];

export interface NetworkValues {
  name: string;
  relation: string;
  closeness: Closeness | '';
  contributions: Contribution[];
  phone: string;
  notes: string;
}

export const EMPTY_NETWORK: NetworkValues = {
  name: '',
  relation: '',
  closeness: '',
  contributions: [],
  phone: '',
  notes: '',
};

export function valuesOf(m: NetworkMemberView): NetworkValues {
  return {
    name: m.name,
    relation: m.relation,
    closeness: m.closeness,
    contributions: [...m.contributions],
    phone: m.phone ?? '',
    notes: m.notes ?? '',
  };
}

type Errors = Partial<Record<keyof NetworkValues, string>>;

/** The Danish messages of what is missing or wrong; empty when the values can be sent. */
export function networkErrors(v: NetworkValues): Errors {
  const errors: Errors = {};
  if (v.name.trim() === '') errors.name = 'Skriv personens navn.';
  if (v.relation.trim() === '')
    errors.relation = 'Skriv personens relation til barnet, fx mormor eller nabo.';
  if (v.closeness === '') errors.closeness = 'Vælg, hvor tæt personen er på barnet.';
  if (v.phone.trim() !== '' && v.phone.trim().length < 3) errors.phone = 'Telefonnummeret er for kort.';
  return errors;
}

export function networkBody(v: NetworkValues, closeness: Closeness): NetworkMemberCreateRequest {
  return {
    name: v.name.trim(),
    relation: v.relation.trim(),
    closeness,
    contributions: v.contributions,
    phone: v.phone.trim() === '' ? null : v.phone.trim(),
    notes: v.notes.trim() === '' ? null : v.notes.trim(),
  };
}

interface Props {
  /** a prefix for the ids, unique per form on the page */
  idPrefix: string;
  initial: NetworkValues;
  submitLabel: string;
  busy: boolean;
  error?: string;
  /** shown above the buttons, e.g. the newer version after a conflict */
  notice?: ReactNode;
  onSubmit: (body: NetworkMemberCreateRequest) => void;
  onCancel?: () => void;
}

/** Add or edit a person on the network map. */
export function NetworkForm({
  idPrefix,
  initial,
  submitLabel,
  busy,
  error,
  notice,
  onSubmit,
  onCancel,
}: Props) {
  const [values, setValues] = useState<NetworkValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof NetworkValues>(key: K, value: NetworkValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = networkErrors(values);
    setErrors(found);
    if (Object.keys(found).length === 0 && values.closeness !== '')
      onSubmit(networkBody(values, values.closeness));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            id={`${idPrefix}-name`}
            label="Navn"
            required
            maxLength={200}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            id={`${idPrefix}-relation`}
            label="Relation til barnet"
            required
            maxLength={100}
            value={values.relation}
            onChange={(e) => set('relation', e.currentTarget.value)}
            error={errors.relation}
          />
        </SimpleGrid>
        <Radio.Group
          label="Hvor tæt er personen på barnet?"
          required
          value={values.closeness}
          onChange={(v) => set('closeness', v as Closeness)}
          error={errors.closeness}
        >
          <Group gap="md" mt={4}>
            {CLOSENESS.map((c) => (
              <Radio key={c} value={c} label={CLOSENESS_LABELS[c]} />
            ))}
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label="Hvad kan personen bidrage med?"
          value={values.contributions}
          onChange={(v) => set('contributions', v as Contribution[])}
        >
          <Group gap="md" mt={4}>
            {CONTRIBUTIONS.map((c) => (
              <Checkbox key={c} value={c} label={CONTRIBUTION_LABELS[c]} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          id={`${idPrefix}-phone`}
          label="Telefon"
          maxLength={40}
          value={values.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={errors.phone}
          w="16rem"
        />
        <Textarea
          id={`${idPrefix}-notes`}
          label="Noter"
          autosize
          minRows={2}
          maxLength={4000}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
        />
        {notice}
        {error && (
          <Alert color="red" variant="outline" role="alert" title="Personen blev ikke gemt">
            <Text>{error}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Annullér
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
