import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ICS_AREA_LABELS } from '../../core/catalog/types.ts';
import { fetchLadder, LADDER_KEY, OFFERS_KEY, type OfferView, searchOffers } from '../catalog/catalog-api.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatAmount, formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { CASE_KEY, type CaseView, type PlanView } from './casework-api.ts';
import { type MeasureApprovalView, startMeasure } from './gate-api.ts';
import { blankGate, type GateValues, MeasureGateFields, placementErrors } from './measure-gate-fields.tsx';

interface Values {
  offerId: string;
  startDate: string;
  plannedEndDate: string;
  /** kroner as typed; '' = the offer's price */
  monthlyCost: number | '';
  legalBasis: string;
  provider: string;
  gate: GateValues;
  reason: string;
  goalIds: string[];
  idempotencyKey: string;
}

const blank = (): Values => ({
  offerId: '',
  startDate: todayDanish(),
  plannedEndDate: '',
  monthlyCost: '',
  legalBasis: '',
  provider: '',
  gate: blankGate(),
  reason: '',
  goalIds: [],
  idempotencyKey: newIdempotencyKey(),
});

/** The offer's monthly price, when it is priced per month (a course price is no monthly cost). */
const monthlyOf = (o: OfferView | undefined) => (o && o.costUnit === 'month' ? o.unitCost : '');

/**
 * A measure chosen from the catalog: the offer shows its step; price, legal basis and provider
 * come from the offer and may be changed; a specialised step or a placement names the forum's
 * decision behind it (measure-gate-fields.tsx), a placement its consent and reasons. Above the
 * cost threshold the measure waits for a leader's approval ("Afventer bevilling").
 */
export function MeasureForm({ view, plan }: { view: CaseView; plan: PlanView | undefined }) {
  const client = useQueryClient();
  const offers = useQuery({
    queryKey: [...OFFERS_KEY, 'for-case', 'active'],
    queryFn: ({ signal }) => searchOffers({ status: 'active' }, signal),
  });
  const ladder = useQuery({ queryKey: LADDER_KEY, queryFn: ({ signal }) => fetchLadder(signal) });
  const draft = useDraft<Values>(`trappen:case:${view.id}:measure`, blank());
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState<MeasureApprovalView | null>(null);
  // A draft saved before the gate came has no gate values.
  const v = { ...draft.value, gate: draft.value.gate ?? blankGate() };
  const offer = offers.data?.find((o) => o.id === v.offerId);
  const step = ladder.data?.steps.find((s) => s.id === offer?.stepId);
  const placement = step?.category === 'placement';
  const startDate = parseDanishDate(v.startDate);
  const plannedEnd = v.plannedEndDate.trim() === '' ? undefined : parseDanishDate(v.plannedEndDate);
  const errors = {
    offerId: !offer ? 'Vælg et tilbud.' : undefined,
    startDate: !startDate ? 'Skriv en gyldig dato.' : undefined,
    plannedEndDate:
      v.plannedEndDate.trim() !== '' && !plannedEnd
        ? 'Skriv en gyldig dato.'
        : offer?.timeLimited && !plannedEnd
          ? 'Tilbuddet er tidsbegrænset: skriv den planlagte slutdato.'
          : undefined,
    ...placementErrors(placement, v.gate),
    // Every decision names its legal basis; the offer's is the default.
    legalBasis: !v.legalBasis.trim() ? 'Skriv lovgrundlaget, fx BL § 32.' : undefined,
    reason: !v.reason.trim() ? 'Skriv begrundelsen.' : undefined,
  };

  const save = useMutation({
    mutationFn: () =>
      startMeasure(view.id, {
        offerId: v.offerId,
        startDate: startDate ?? '',
        plannedEndDate: plannedEnd,
        monthlyCost: v.monthlyCost === '' ? undefined : v.monthlyCost,
        legalBasis: v.legalBasis.trim() || undefined,
        provider: v.provider.trim() || undefined,
        forumDecisionId: v.gate.forumDecisionId || undefined,
        emergencyDecisionId: placement ? v.gate.emergencyDecisionId || undefined : undefined,
        consent: placement && v.gate.consent !== '' ? v.gate.consent : undefined,
        placementReasons: placement ? v.gate.placementReasons : undefined,
        reason: v.reason.trim(),
        goalIds: v.goalIds.length > 0 ? v.goalIds : undefined,
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: (result) => {
      setPending('pending' in result ? result.pending : null);
      // A fresh form with a fresh idempotency key: the next measure is another measure.
      draft.set(blank());
      draft.clear();
      setTried(false);
      // The measure moves the child's step, the deadlines and the plan's goals.
      void client.invalidateQueries({ queryKey: CASE_KEY });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((k) => errors[k]);
    if (first) {
      document.getElementById(`measure-${first}`)?.focus();
      return;
    }
    save.mutate();
  }
  const err = (k: keyof typeof errors) => (tried ? errors[k] : undefined);

  function chooseOffer(id: string) {
    const o = offers.data?.find((x) => x.id === id);
    // The offer's values are the defaults; what the user typed for another offer goes.
    draft.set({
      ...v,
      gate: { ...v.gate, forumDecisionId: '', emergencyDecisionId: '' },
      offerId: id,
      monthlyCost: monthlyOf(o),
      legalBasis: o?.legalBasis ?? '',
      provider: o?.providerName ?? '',
    });
  }

  const sorted = [...(offers.data ?? [])].sort(
    (a, b) => (a.stepPosition ?? 99) - (b.stepPosition ?? 99) || a.name.localeCompare(b.name, 'da'),
  );

  return (
    <Section id="new-measure" title="Ny indsats">
      <form noValidate onSubmit={submit} aria-label="Ny indsats">
        <Stack gap="sm" maw={760}>
          {offers.isError && (
            <Alert color="red" variant="outline" role="alert" title="Tilbudsviften kunne ikke hentes">
              <Text>{errorMessage(offers.error)}</Text>
            </Alert>
          )}
          <NativeSelect
            id="measure-offerId"
            label="Tilbud fra tilbudsviften"
            withAsterisk
            data={[
              { value: '', label: offers.isPending ? 'Henter tilbuddene …' : 'Vælg et tilbud' },
              ...sorted.map((o) => ({
                value: o.id,
                label: `Trin ${o.stepPosition ?? '?'}: ${o.name} (${o.providerName})`,
              })),
            ]}
            value={v.offerId}
            onChange={(e) => chooseOffer(e.currentTarget.value)}
            error={err('offerId')}
          />
          {offer && (
            <Text data-testid="chosen-offer-step">
              Trin {offer.stepPosition ?? '?'}: {offer.stepName ?? 'ukendt trin'}
              {placement ? ' — anbringelse' : ''}. {offer.icsAreas.map((a) => ICS_AREA_LABELS[a]).join(', ')}.
              {offer.timeLimited ? ' Tidsbegrænset.' : ''} Pris: {formatAmount(offer.unitCost)}{' '}
              {offer.costUnit === 'month' ? 'pr. måned' : 'pr. forløb'}.
            </Text>
          )}
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              id="measure-startDate"
              label="Startdato"
              description={DATE_HINT}
              withAsterisk
              value={v.startDate}
              onChange={(e) => draft.set({ ...v, startDate: e.currentTarget.value })}
              error={err('startDate')}
            />
            <TextInput
              id="measure-plannedEndDate"
              label={offer?.timeLimited ? 'Planlagt slutdato' : 'Planlagt slutdato (valgfri)'}
              withAsterisk={offer?.timeLimited}
              description={DATE_HINT}
              value={v.plannedEndDate}
              onChange={(e) => draft.set({ ...v, plannedEndDate: e.currentTarget.value })}
              error={err('plannedEndDate')}
            />
          </Group>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NumberInput
              label="Pris pr. måned (kr.)"
              description="Tilbuddets pris, eller en forhandlet pris."
              min={0}
              max={10_000_000}
              thousandSeparator="."
              decimalSeparator=","
              value={v.monthlyCost}
              onChange={(value) => draft.set({ ...v, monthlyCost: typeof value === 'number' ? value : '' })}
            />
            <TextInput
              id="measure-legalBasis"
              label="Lovgrundlag"
              withAsterisk
              value={v.legalBasis}
              error={err('legalBasis')}
              onChange={(e) => draft.set({ ...v, legalBasis: e.currentTarget.value })}
            />
            <TextInput
              label="Leverandør"
              value={v.provider}
              onChange={(e) => draft.set({ ...v, provider: e.currentTarget.value })}
            />
          </Group>
          <MeasureGateFields
            caseId={view.id}
            offer={offer}
            placement={placement}
            startDate={startDate ?? null}
            value={v.gate}
            onChange={(gate) => draft.set({ ...v, gate })}
            errors={{ consent: err('consent'), placementReasons: err('placementReasons') }}
          />
          <Textarea
            id="measure-reason"
            label="Begrundelse"
            withAsterisk
            autosize
            minRows={2}
            value={v.reason}
            onChange={(e) => draft.set({ ...v, reason: e.currentTarget.value })}
            error={err('reason')}
          />
          {plan && plan.goals.length > 0 && (
            <Checkbox.Group
              label="Mål i planen, som indsatsen tjener"
              value={v.goalIds}
              onChange={(ids) => draft.set({ ...v, goalIds: ids })}
            >
              <Stack gap={4} mt={4}>
                {plan.goals.map((g) => (
                  <Checkbox key={g.id} value={g.id} label={`${ICS_AREA_LABELS[g.icsArea]}: ${g.text}`} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {pending && !save.isError && (
            <Alert color="yellow" variant="outline" role="status" title="Afventer bevilling">
              <Text>
                {pending.offer.name} fra {formatDate(pending.startDate)} er ikke startet: {pending.reason} En
                leder i distriktet bevilger eller afviser den.
              </Text>
            </Alert>
          )}
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Indsatsen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Gem indsatsen
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
