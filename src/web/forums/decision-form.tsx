import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { OFFERS_KEY, searchOffers } from '../catalog/catalog-api.ts';
import { DATE_HINT, parseDanishDate } from '../ui/danish-date.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { type AgendaItem, agendaKey, createDecision, OUTCOME_CHOICES, SCHOOL_CHOICES } from './agenda-api.ts';

/**
 * The chair's decision on one agenda item: the outcome, the step (an alternative is a lower one),
 * the offer, until when an approval holds, the school placement where the rule asks for it, what is
 * missing when postponed, and the reasons. What was typed stays on a failed save (use-draft); the
 * server checks every rule again and answers in Danish.
 */

type Outcome = (typeof OUTCOME_CHOICES)[number][0];

interface Values {
  outcome: Outcome;
  stepPosition: string;
  offerId: string;
  validUntil: string;
  schoolPlacement: string;
  missing: string;
  reasons: string;
  idempotencyKey: string;
}

export function DecisionForm({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const client = useQueryClient();
  const blank = (): Values => ({
    outcome: 'approved',
    stepPosition: String(item.stepPosition),
    offerId: '',
    validUntil: '',
    schoolPlacement: '',
    missing: '',
    reasons: '',
    idempotencyKey: newIdempotencyKey(),
  });
  const draft = useDraft<Values>(`trappen:forum-meeting:${meetingId}:${item.itemRef}`, blank);
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const offers = useQuery({
    queryKey: [...OFFERS_KEY, 'for-case', 'active'],
    queryFn: ({ signal }) => searchOffers({ status: 'active' }, signal),
  });
  const step = Number(v.stepPosition);
  const onStep = (offers.data ?? []).filter((o) => o.stepPosition === step);
  const school = item.rule === 'school_placement';
  const withStep = v.outcome === 'approved' || v.outcome === 'alternative';
  const validUntil = v.validUntil.trim() === '' ? undefined : parseDanishDate(v.validUntil);
  const n = item.position;
  const errors = {
    reasons: !v.reasons.trim() ? 'Skriv begrundelsen.' : undefined,
    missing: v.outcome === 'postponed' && !v.missing.trim() ? 'Skriv, hvad der mangler.' : undefined,
    schoolPlacement: school && !v.schoolPlacement ? 'Vælg skoletilbuddet.' : undefined,
    validUntil: v.validUntil.trim() !== '' && !validUntil ? 'Skriv en gyldig dato.' : undefined,
  };
  const save = useMutation({
    mutationFn: () =>
      createDecision(meetingId, {
        idempotencyKey: v.idempotencyKey,
        rule: item.rule,
        ...(item.source ? { sourceId: item.source.id } : { itemRef: item.itemRef }),
        outcome: v.outcome,
        ...(withStep ? { stepPosition: step } : {}),
        ...(withStep && v.offerId ? { offerId: v.offerId } : {}),
        ...(v.outcome === 'approved' && validUntil ? { validUntil } : {}),
        ...(school && v.schoolPlacement ? { schoolPlacement: v.schoolPlacement as 'special_class' } : {}),
        ...(v.outcome === 'postponed' ? { missing: v.missing.trim() } : {}),
        reasons: v.reasons.trim(),
      }),
    onSuccess: () => {
      draft.clear();
      void client.invalidateQueries({ queryKey: agendaKey(meetingId) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((k) => errors[k]);
    if (first) {
      document.getElementById(`decision-${n}-${first}`)?.focus();
      return;
    }
    save.mutate();
  }
  const err = (k: keyof typeof errors) => (tried ? errors[k] : undefined);

  return (
    <form noValidate onSubmit={submit} aria-label={`Afgørelse på punkt ${n}`}>
      <Stack gap="xs" maw={700}>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NativeSelect
            label="Udfald"
            data={OUTCOME_CHOICES.map(([value, label]) => ({ value, label }))}
            value={v.outcome}
            onChange={(e) => {
              const outcome = e.currentTarget.value as Outcome;
              // An alternative is a step lower than the one proposed: start one below.
              const stepPosition =
                outcome === 'alternative'
                  ? String(Math.max(1, item.stepPosition - 1))
                  : String(item.stepPosition);
              draft.set({ ...v, outcome, stepPosition, offerId: '' });
            }}
          />
          {withStep && (
            <NativeSelect
              label="Trin"
              data={[1, 2, 3, 4, 5, 6].map((p) => ({ value: String(p), label: `Trin ${p}` }))}
              value={v.stepPosition}
              onChange={(e) => draft.set({ ...v, stepPosition: e.currentTarget.value, offerId: '' })}
            />
          )}
          {withStep && (
            <NativeSelect
              label="Tilbud (valgfrit)"
              data={[
                { value: '', label: 'Intet bestemt tilbud' },
                ...onStep.map((o) => ({ value: o.id, label: o.name })),
              ]}
              value={v.offerId}
              onChange={(e) => draft.set({ ...v, offerId: e.currentTarget.value })}
            />
          )}
          {v.outcome === 'approved' && (
            <TextInput
              id={`decision-${n}-validUntil`}
              label="Gælder til og med (valgfri)"
              description={DATE_HINT}
              value={v.validUntil}
              onChange={(e) => draft.set({ ...v, validUntil: e.currentTarget.value })}
              error={err('validUntil')}
            />
          )}
          {school && (
            <NativeSelect
              id={`decision-${n}-schoolPlacement`}
              label="Skoletilbud under anbringelsen"
              withAsterisk
              data={[
                { value: '', label: 'Vælg' },
                ...SCHOOL_CHOICES.map(([value, label]) => ({ value, label })),
              ]}
              value={v.schoolPlacement}
              onChange={(e) => draft.set({ ...v, schoolPlacement: e.currentTarget.value })}
              error={err('schoolPlacement')}
            />
          )}
        </Group>
        {v.outcome === 'postponed' && (
          <Textarea
            id={`decision-${n}-missing`}
            label="Hvad mangler, før forummet kan afgøre punktet?"
            withAsterisk
            autosize
            value={v.missing}
            onChange={(e) => draft.set({ ...v, missing: e.currentTarget.value })}
            error={err('missing')}
          />
        )}
        <Textarea
          id={`decision-${n}-reasons`}
          label="Begrundelse"
          withAsterisk
          autosize
          minRows={2}
          value={v.reasons}
          onChange={(e) => draft.set({ ...v, reasons: e.currentTarget.value })}
          error={err('reasons')}
        />
        {save.isError && (
          <Alert color="red" variant="outline" role="alert" title="Afgørelsen er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Gem afgørelsen på punkt {n}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
