import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  COST_UNIT_LABELS,
  COST_UNITS,
  EVIDENCE,
  EVIDENCE_LABELS,
  FORM_LABELS,
  FORMS,
  ICS_AREA_LABELS,
  ICS_AREAS,
  type IcsArea,
  PROVIDER_KIND_LABELS,
  PROVIDER_KINDS,
  SETTING_LABELS,
  SETTINGS,
  TARGET_LABELS,
  TARGETS,
} from '../../core/catalog/types.ts';
import { ApiError } from '../api.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import type { LadderStepView, OfferCreateRequest } from './catalog-api.ts';
import {
  FIELD_ORDER,
  fieldId,
  type OfferField,
  type OfferFormErrors,
  type OfferFormValues,
  requestFromValues,
  validateOffer,
} from './offer-form-values.ts';

interface Props {
  initial: OfferFormValues;
  /** sessionStorage key: what was typed survives a failed save, a reload and an expired session */
  draftKey: string;
  steps: LadderStepView[];
  submitLabel: string;
  onSave: (body: OfferCreateRequest) => Promise<unknown>;
  onCancel: () => void;
}

const options = <T extends string>(codes: readonly T[], labels: Record<T, string>) =>
  codes.map((value) => ({ value, label: labels[value] }));

export function OfferForm({ initial, draftKey, steps, submitLabel, onSave, onCancel }: Props) {
  const draft = useDraft(draftKey, initial);
  const values = draft.value;
  const [errors, setErrors] = useState<OfferFormErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);

  function set<K extends OfferField>(field: K, value: OfferFormValues[K]) {
    draft.set({ ...values, [field]: value });
    // A corrected field stops shouting; the rest keep their message until the next save.
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setServerError(undefined);
    const found = validateOffer(values);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(requestFromValues(values));
      draft.clear();
    } catch (caught) {
      // Everything typed stays in the form (and in the draft) so the user can fix and retry.
      setServerError(errorMessage(caught));
      if (caught instanceof ApiError && caught.status === 409) {
        setErrors({ name: caught.message });
        document.getElementById(fieldId('name'))?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  const err = (field: OfferField) => errors[field];
  const count = Object.values(errors).filter(Boolean).length;
  const numberValue = (field: OfferField) => (value: number | string) =>
    set(field, (typeof value === 'number' ? value : value === '' ? '' : Number(value)) as never);

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
        {(serverError || count > 0) && (
          <Alert color="red" variant="outline" role="alert" title="Tilbuddet er ikke gemt">
            {serverError ??
              (count === 1
                ? 'Ret feltet, der er markeret herunder.'
                : `Ret de ${count} felter, der er markeret herunder.`)}
          </Alert>
        )}
        <Fieldset legend="Om tilbuddet">
          <Stack gap="sm">
            <TextInput
              id={fieldId('name')}
              label="Navn"
              required
              maxLength={200}
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={err('name')}
            />
            <Textarea
              id={fieldId('description')}
              label="Beskrivelse"
              autosize
              minRows={3}
              value={values.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={err('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                id={fieldId('providerKind')}
                label="Leverandørtype"
                data={options(PROVIDER_KINDS, PROVIDER_KIND_LABELS)}
                value={values.providerKind}
                onChange={(e) =>
                  set('providerKind', e.currentTarget.value as OfferFormValues['providerKind'])
                }
              />
              <TextInput
                id={fieldId('providerName')}
                label="Leverandør"
                required
                value={values.providerName}
                onChange={(e) => set('providerName', e.currentTarget.value)}
                error={err('providerName')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Trin og målgruppe">
          <Stack gap="sm">
            <NativeSelect
              id={fieldId('stepId')}
              label="Trin på indsatstrappen"
              required
              data={[
                { value: '', label: 'Vælg trin' },
                ...steps.map((s) => ({ value: s.id, label: `Trin ${s.position} – ${s.name}` })),
              ]}
              value={values.stepId}
              onChange={(e) => set('stepId', e.currentTarget.value)}
              error={err('stepId')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                id={fieldId('target')}
                label="Målgruppe"
                data={options(TARGETS, TARGET_LABELS)}
                value={values.target}
                onChange={(e) => set('target', e.currentTarget.value as OfferFormValues['target'])}
              />
              <NativeSelect
                id={fieldId('form')}
                label="Form"
                data={options(FORMS, FORM_LABELS)}
                value={values.form}
                onChange={(e) => set('form', e.currentTarget.value as OfferFormValues['form'])}
              />
              <NativeSelect
                id={fieldId('setting')}
                label="Ramme"
                data={options(SETTINGS, SETTING_LABELS)}
                value={values.setting}
                onChange={(e) => set('setting', e.currentTarget.value as OfferFormValues['setting'])}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                id={fieldId('ageMin')}
                label="Alder fra (år)"
                required
                min={0}
                max={22}
                allowDecimal={false}
                clampBehavior="none"
                value={values.ageMin}
                onChange={numberValue('ageMin')}
                error={err('ageMin')}
              />
              <NumberInput
                id={fieldId('ageMax')}
                label="Alder til (år)"
                required
                min={0}
                max={22}
                allowDecimal={false}
                clampBehavior="none"
                value={values.ageMax}
                onChange={numberValue('ageMax')}
                error={err('ageMax')}
              />
            </SimpleGrid>
            <Checkbox.Group
              id={fieldId('icsAreas')}
              label="ICS-områder, tilbuddet arbejder med"
              value={values.icsAreas}
              onChange={(value) => set('icsAreas', value as IcsArea[])}
            >
              <Group gap="lg" mt="xs">
                {ICS_AREAS.map((a) => (
                  <Checkbox key={a} value={a} label={ICS_AREA_LABELS[a]} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <Fieldset legend="Indhold og evidens">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                id={fieldId('typicalDurationWeeks')}
                label="Typisk varighed (uger)"
                min={1}
                max={520}
                allowDecimal={false}
                clampBehavior="none"
                value={values.typicalDurationWeeks}
                onChange={numberValue('typicalDurationWeeks')}
                error={err('typicalDurationWeeks')}
              />
              <NativeSelect
                id={fieldId('evidence')}
                label="Evidens"
                data={options(EVIDENCE, EVIDENCE_LABELS)}
                value={values.evidence}
                onChange={(e) => set('evidence', e.currentTarget.value as OfferFormValues['evidence'])}
              />
            </SimpleGrid>
            <Checkbox
              id={fieldId('timeLimited')}
              label="Tidsbegrænset (et midlertidigt tilbud, en trædesten tilbage)"
              checked={values.timeLimited}
              onChange={(e) => set('timeLimited', e.currentTarget.checked)}
            />
            <Checkbox
              id={fieldId('specialised')}
              label="Specialiseret tilbud (kræver Det Kreative Råd)"
              description="Fx MST: på de trin, hvor kun mærkede tilbud er specialiserede, kræver en start en godkendelse fra Det Kreative Råd."
              checked={values.specialised}
              onChange={(e) => set('specialised', e.currentTarget.checked)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                id={fieldId('programme')}
                label="Program"
                description="Fx De Utrolige År, PMTO, MST. Skal udfyldes for et evidensbaseret program."
                value={values.programme}
                onChange={(e) => set('programme', e.currentTarget.value)}
                error={err('programme')}
              />
              <TextInput
                id={fieldId('legalBasis')}
                label="Lovgrundlag"
                description="Fx BL § 32"
                value={values.legalBasis}
                onChange={(e) => set('legalBasis', e.currentTarget.value)}
                error={err('legalBasis')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Pris og kapacitet">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                id={fieldId('unitCost')}
                label="Enhedspris (kr.)"
                required
                decimalSeparator=","
                thousandSeparator="."
                decimalScale={2}
                clampBehavior="none"
                value={values.unitCost}
                onChange={numberValue('unitCost')}
                error={err('unitCost')}
              />
              <NativeSelect
                id={fieldId('costUnit')}
                label="Prisenhed"
                data={options(COST_UNITS, COST_UNIT_LABELS)}
                value={values.costUnit}
                onChange={(e) => set('costUnit', e.currentTarget.value as OfferFormValues['costUnit'])}
              />
              <NumberInput
                id={fieldId('capacity')}
                label="Kapacitet (pladser)"
                description="Tom, hvis den ikke er kendt"
                min={0}
                allowDecimal={false}
                clampBehavior="none"
                value={values.capacity}
                onChange={numberValue('capacity')}
                error={err('capacity')}
              />
            </SimpleGrid>
            <Checkbox
              id={fieldId('illustrative')}
              label="Illustrativ pris (eksempeltal, ikke en rigtig pris)"
              checked={values.illustrative}
              onChange={(e) => set('illustrative', e.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              draft.clear();
              onCancel();
            }}
          >
            Annullér
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
