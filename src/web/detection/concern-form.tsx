import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import {
  ICS_AREA_LABELS,
  ICS_AREAS,
  type IcsArea,
  PROTECTIVE_FACTOR_INFO,
  PROTECTIVE_FACTORS,
  PROTECTIVE_GROUP_LABELS,
  type ProtectiveGroup,
  RISK_FACTOR_LABELS,
  RISK_FACTORS,
} from '../../core/detection/factors.ts';
import { ChildPicker } from '../people/child-picker.tsx';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import {
  type ConcernField,
  type ConcernFormErrors,
  type ConcernFormValues,
  FIELD_ORDER,
  fieldId,
  validateConcern,
} from './concern-form-values.ts';
import { LevelScale } from './level-scale.tsx';

interface Draft {
  values: ConcernFormValues;
  /** one key per content: a double click or a retry of the same concern stores it once */
  key: string;
}

interface Props {
  initial: ConcernFormValues;
  /** sessionStorage key: what was typed survives a failed save, a reload and an expired session */
  draftKey: string;
  /** a new concern chooses its child; an edited one keeps it */
  chooseChild: boolean;
  submitLabel: string;
  onSave: (values: ConcernFormValues, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
}

const GROUPS: ProtectiveGroup[] = ['individual', 'contextual'];

export function ConcernForm({ initial, draftKey, chooseChild, submitLabel, onSave, onCancel }: Props) {
  const init = useCallback((): Draft => ({ values: initial, key: newIdempotencyKey() }), [initial]);
  const draft = useDraft(draftKey, init);
  const values = draft.value.values;
  const [errors, setErrors] = useState<ConcernFormErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);
  const errorRef = useRef<HTMLDivElement>(null);

  function change(update: (v: ConcernFormValues) => ConcernFormValues, field?: ConcernField) {
    // New content, new key: the server refuses a key reused for something else.
    draft.set((d) => ({ values: update(d.values), key: newIdempotencyKey() }));
    if (field && errors[field]) setErrors({ ...errors, [field]: undefined });
  }

  function setArea(area: IcsArea, patch: Partial<{ checked: boolean; text: string }>) {
    change((v) => ({ ...v, areas: { ...v.areas, [area]: { ...v.areas[area], ...patch } } }), area);
    if (errors.areas) setErrors((e) => ({ ...e, areas: undefined, [area]: undefined }));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // A double click sends one request; the idempotency key covers a retry after a lost answer.
    if (saving.current) return;
    setServerError(undefined);
    const found = validateConcern(values, chooseChild);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      focusField(first);
      return;
    }
    saving.current = true;
    setBusy(true);
    try {
      await onSave(values, draft.value.key);
      draft.clear();
    } catch (caught) {
      // Everything typed stays in the form (and in the draft), so the user can fix and retry.
      setServerError(errorMessage(caught));
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      saving.current = false;
      setBusy(false);
    }
  }

  const count = Object.values(errors).filter(Boolean).length;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Bekymring">
      <Stack gap="lg">
        {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
        {(serverError || count > 0) && (
          <Alert
            ref={errorRef}
            tabIndex={-1}
            color="red"
            variant="outline"
            role="alert"
            title="Bekymringen er ikke gemt"
          >
            {serverError ??
              (count === 1
                ? 'Ret feltet, der er markeret herunder.'
                : `Ret de ${count} felter, der er markeret herunder.`)}
            {serverError && ' Det, du har skrevet, er ikke gået tabt.'}
          </Alert>
        )}
        {chooseChild && (
          <ChildPicker
            id={fieldId('child')}
            value={values.child}
            onChange={(child) => change((v) => ({ ...v, child }), 'child')}
            error={errors.child}
          />
        )}
        <LevelScale
          id={fieldId('level')}
          value={values.level}
          onChange={(level) => change((v) => ({ ...v, level }), 'level')}
          error={errors.level}
        />
        <Fieldset legend="Hvad drejer bekymringen sig om?" id={fieldId('areas')} tabIndex={-1}>
          <Text size="sm" mb="xs">
            Vælg de områder af barnets liv, du er bekymret for (ICS-trekanten), og skriv kort, hvad du ser.
            Skriv det, du selv har set og hørt.
          </Text>
          <Stack gap="sm">
            {ICS_AREAS.map((area) => (
              <div key={area}>
                <Checkbox
                  label={ICS_AREA_LABELS[area]}
                  checked={values.areas[area].checked}
                  onChange={(event) => setArea(area, { checked: event.currentTarget.checked })}
                />
                {values.areas[area].checked && (
                  <Textarea
                    id={fieldId(area)}
                    mt="xs"
                    ml="xl"
                    label={`Hvad ser du? (${ICS_AREA_LABELS[area]})`}
                    autosize
                    minRows={2}
                    maxLength={2000}
                    value={values.areas[area].text}
                    onChange={(event) => setArea(area, { text: event.currentTarget.value })}
                    error={errors[area]}
                    withAsterisk
                  />
                )}
              </div>
            ))}
          </Stack>
          {errors.areas && (
            <Text c="var(--mantine-color-error)" size="sm" mt="xs">
              {errors.areas}
            </Text>
          )}
        </Fieldset>
        <Fieldset legend="Risikofaktorer (valgfrit)">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {RISK_FACTORS.map((factor) => (
              <Checkbox
                key={factor}
                label={RISK_FACTOR_LABELS[factor]}
                checked={values.riskFactors.includes(factor)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  change((v) => ({
                    ...v,
                    riskFactors: on ? [...v.riskFactors, factor] : v.riskFactors.filter((f) => f !== factor),
                  }));
                }}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Beskyttende faktorer (valgfrit)">
          <Text size="sm" mb="xs">
            Det, der går godt for barnet, er lige så vigtigt at få med.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {GROUPS.map((group) => (
              <Fieldset key={group} legend={PROTECTIVE_GROUP_LABELS[group]} variant="unstyled">
                <Stack gap="xs">
                  {PROTECTIVE_FACTORS.filter((f) => PROTECTIVE_FACTOR_INFO[f].group === group).map(
                    (factor) => (
                      <Checkbox
                        key={factor}
                        label={PROTECTIVE_FACTOR_INFO[factor].label}
                        checked={values.protectiveFactors.includes(factor)}
                        onChange={(event) => {
                          const on = event.currentTarget.checked;
                          change((v) => ({
                            ...v,
                            protectiveFactors: on
                              ? [...v.protectiveFactors, factor]
                              : v.protectiveFactors.filter((f) => f !== factor),
                          }));
                        }}
                      />
                    ),
                  )}
                </Stack>
              </Fieldset>
            ))}
          </SimpleGrid>
        </Fieldset>
        <Radio.Group
          id={fieldId('parentsInformed')}
          label="Er forældrene orienteret om din bekymring?"
          value={values.parentsInformed === null ? null : values.parentsInformed ? 'yes' : 'no'}
          onChange={(value) => change((v) => ({ ...v, parentsInformed: value === 'yes' }), 'parentsInformed')}
          error={errors.parentsInformed}
          withAsterisk
        >
          <Group mt="xs">
            <Radio value="yes" label="Ja" />
            <Radio value="no" label="Nej" />
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Annullér
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Moves focus to the first field with an error: its input, or the group around it. */
function focusField(field: ConcernField) {
  const element = document.getElementById(fieldId(field));
  if (!element) return;
  const input = element.matches('input, textarea')
    ? element
    : element.querySelector<HTMLElement>('input:checked, input, textarea');
  (input ?? element).focus();
}
