import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import {
  appealGuidanceProblem,
  appealGuidanceText,
  DECISION_TYPE_LABELS,
} from '../../core/documents/decision-types.ts';
import { WordBadge } from '../ui/word-badge.tsx';
import {
  defaultTypeDraft,
  fieldId,
  guidanceOf,
  isDefaultType,
  newReference,
  type ReferenceDraft,
  type TypeDraft,
} from './settings-values.ts';

/**
 * One decision type on "Regler for afgørelser og breve": whether a leader co-signs, and the appeal
 * guidance — to whom, how, within how many weeks, and the legal references, each with "skal
 * verificeres" until a lawyer has checked it. The paragraph a letter prints is shown as it will read.
 * Adding or removing a reference moves the focus to where the work goes on.
 */
export function DecisionTypeFields(props: {
  value: TypeDraft;
  onChange: (next: TypeDraft) => void;
  /** the problem to show at a field (by its id), once the user has tried to save */
  error: (id: string) => string | undefined;
}) {
  const { value: t, onChange, error } = props;
  const label = DECISION_TYPE_LABELS[t.type];
  const focusNext = useRef<string>(undefined);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });
  const set = (patch: Partial<TypeDraft>) => onChange({ ...t, ...patch });
  const setRef = (key: string, patch: Partial<ReferenceDraft>) =>
    set({ references: t.references.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const standard = isDefaultType(t);
  const refsError = error(fieldId.addReference(t.type));
  const refsErrorId = `${fieldId.addReference(t.type)}-error`;
  const guidance = guidanceOf(t);

  return (
    <Fieldset legend={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <WordBadge color={standard ? 'gray' : 'blue'}>
            {standard ? 'Trappens standard' : 'Kommunens egen'}
          </WordBadge>
          <Button
            variant="default"
            size="xs"
            disabled={standard}
            onClick={() => {
              onChange(defaultTypeDraft(t.type));
              focusNext.current = fieldId.appealTo(t.type);
            }}
          >
            Brug Trappens standard for {label.toLowerCase()}
          </Button>
        </Group>
        <Switch
          label="Kræver en leders underskrift (anden underskrift)"
          description="Afgørelsen er først endelig, når en leder i sagens distrikt har underskrevet den; brevet kan først gøres endeligt derefter."
          checked={t.secondSignature}
          onChange={(e) => set({ secondSignature: e.currentTarget.checked })}
        />
        <TextInput
          id={fieldId.appealTo(t.type)}
          label="Klageinstans"
          withAsterisk
          maxLength={200}
          value={t.appealTo}
          onChange={(e) => set({ appealTo: e.currentTarget.value })}
          error={error(fieldId.appealTo(t.type))}
        />
        <Textarea
          id={fieldId.how(t.type)}
          label="Sådan klages der"
          withAsterisk
          autosize
          minRows={2}
          maxLength={2000}
          value={t.how}
          onChange={(e) => set({ how: e.currentTarget.value })}
          error={error(fieldId.how(t.type))}
        />
        <NumberInput
          id={fieldId.weeks(t.type)}
          label="Klagefrist (uger efter modtagelsen)"
          withAsterisk
          min={1}
          max={52}
          allowDecimal={false}
          w="16rem"
          value={t.deadlineWeeks}
          onChange={(n) => set({ deadlineWeeks: n })}
          error={error(fieldId.weeks(t.type))}
        />
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {t.references.map((r, i) => (
            <Group key={r.key} component="li" align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                id={fieldId.reference(t.type, r.key)}
                label={`Lovhenvisning ${i + 1}`}
                maxLength={200}
                style={{ flex: '1 1 20rem' }}
                value={r.text}
                onChange={(e) => setRef(r.key, { text: e.currentTarget.value })}
                error={error(fieldId.reference(t.type, r.key))}
              />
              <Checkbox
                label="skal verificeres"
                aria-label={`Lovhenvisning ${i + 1} skal verificeres`}
                checked={r.verify}
                onChange={(e) => setRef(r.key, { verify: e.currentTarget.checked })}
                mb={8}
              />
              <Button
                variant="default"
                size="xs"
                mb={6}
                aria-label={`Fjern lovhenvisning ${i + 1}`}
                onClick={() => {
                  const rest = t.references.filter((x) => x.key !== r.key);
                  const neighbour = rest[Math.max(0, i - 1)];
                  focusNext.current = neighbour
                    ? fieldId.reference(t.type, neighbour.key)
                    : fieldId.addReference(t.type);
                  set({ references: rest });
                }}
              >
                Fjern
              </Button>
            </Group>
          ))}
        </Stack>
        <Group>
          <Button
            id={fieldId.addReference(t.type)}
            variant="default"
            size="xs"
            disabled={t.references.length >= 10}
            aria-describedby={refsError ? refsErrorId : undefined}
            onClick={() => {
              const added = newReference();
              focusNext.current = fieldId.reference(t.type, added.key);
              set({ references: [...t.references, added] });
            }}
          >
            Tilføj lovhenvisning
          </Button>
        </Group>
        {refsError && (
          <Text id={refsErrorId} size="sm" c="red.8">
            {refsError}
          </Text>
        )}
        {appealGuidanceProblem(guidance) === null && guidance.references.every((r) => r.text) && (
          <Text size="sm">
            <strong>I brevet:</strong> {appealGuidanceText(guidance)}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
