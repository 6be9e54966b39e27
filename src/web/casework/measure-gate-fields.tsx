import { Alert, Checkbox, NativeSelect, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  CONSENT_LABELS,
  CONSENTS,
  type Consent,
  PLACEMENT_REASON_LABELS,
  PLACEMENT_REASONS,
  type PlacementReason,
  placementReasonGroup,
} from '../../core/casework/placement-reasons.ts';
import { decisionValidUntil, requiredForum } from '../../core/forums/gate.ts';
import { FORUM_KIND_LABELS } from '../../core/forums/kinds.ts';
import { DEFAULT_FORUM_SETTINGS, type ForumSettings } from '../../core/forums/settings.ts';
import { formatDate } from '../ui/format.ts';
import { caseDecisionsKey, FORUM_SETTINGS_KEY, fetchCaseDecisions, fetchForumSettings } from './gate-api.ts';

/** What the gate and the placement's legal basis add to the measure form's draft. */
export interface GateValues {
  forumDecisionId: string;
  emergencyDecisionId: string;
  consent: Consent | '';
  placementReasons: PlacementReason[];
}

export const blankGate = (): GateValues => ({
  forumDecisionId: '',
  emergencyDecisionId: '',
  consent: '',
  placementReasons: [],
});

const GROUPS = [
  { group: 'child', label: 'Barnets eller den unges forhold' },
  { group: 'home', label: 'Forældrenes og hjemmets forhold' },
  { group: 'other', label: 'Andet' },
] as const;

/** The forum rules the form judges by; the defaults until they come (the server judges again). */
export function useForumSettings(): ForumSettings {
  const settings = useQuery({
    queryKey: FORUM_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchForumSettings(signal),
  });
  return settings.data ?? DEFAULT_FORUM_SETTINGS;
}

/** The placement's errors before sending: the server says the same in its 422. */
export function placementErrors(placement: boolean, v: GateValues) {
  return {
    consent:
      placement && v.consent === '' ? 'Angiv, om anbringelsen sker med eller uden samtykke.' : undefined,
    placementReasons:
      placement && v.placementReasons.length === 0 ? 'Vælg mindst én årsag til anbringelsen.' : undefined,
  };
}

/**
 * The measure form's gate (docs/forums.md "Escalation gate"): which forum's decision the chosen
 * offer needs, in Danish, a choice of the case's decisions that cover it on the start date (and, for
 * a placement, the leaders' emergency decisions), and for a placement the consent and Danmarks
 * Statistik's reasons. The server checks the gate again and its message is shown as it comes.
 */
export function MeasureGateFields({
  caseId,
  offer,
  placement,
  startDate,
  value,
  onChange,
  errors,
}: {
  caseId: string;
  offer: { stepPosition: number | null; specialised: boolean } | undefined;
  placement: boolean;
  startDate: string | null;
  value: GateValues;
  onChange: (next: GateValues) => void;
  errors: { consent?: string; placementReasons?: string };
}) {
  const settings = useForumSettings();
  const decisions = useQuery({
    queryKey: caseDecisionsKey(caseId),
    queryFn: ({ signal }) => fetchCaseDecisions(caseId, signal),
  });
  if (!offer || offer.stepPosition === null) return null;
  const step = offer.stepPosition;
  const forum = requiredForum(
    {
      placement,
      withoutConsent: value.consent === 'without_consent',
      stepPosition: step,
      specialisedOffer: offer.specialised,
    },
    settings,
  );
  const covering = (decisions.data?.decisions ?? []).filter(
    (d) =>
      d.forumKind === forum &&
      d.outcome === 'approved' &&
      d.stepPosition >= step &&
      startDate !== null &&
      d.decidedOn <= startDate &&
      decisionValidUntil(d.decidedOn, settings) >= startDate,
  );
  const emergencies = (decisions.data?.emergencies ?? []).filter(
    (e) => startDate !== null && e.decidedOn <= startDate && startDate <= e.reachForumBy,
  );
  return (
    <Stack gap="sm">
      {forum && (
        <Alert color="blue" variant="outline" title="Kræver en afgørelse fra et mødeforum">
          <Text>
            Indsatsen kræver en godkendende afgørelse fra {FORUM_KIND_LABELS[forum]} for barnet på trin {step}{' '}
            eller højere, højst {settings.decisionValidityMonths} måneder gammel på startdatoen.
          </Text>
        </Alert>
      )}
      {forum && (
        <NativeSelect
          id="measure-forumDecisionId"
          label={`Afgørelse fra ${FORUM_KIND_LABELS[forum]}`}
          description={
            covering.length === 0
              ? 'Sagen har ingen afgørelse, der dækker startdatoen: indstil til forummet først.'
              : 'Vælg afgørelsen, indsatsen startes på.'
          }
          data={[
            { value: '', label: covering.length === 0 ? 'Ingen dækkende afgørelse' : 'Vælg en afgørelse' },
            ...covering.map((d) => ({
              value: d.id,
              label: `${d.forumName} ${formatDate(d.decidedOn)}: trin ${d.stepPosition}${d.offer ? `, ${d.offer.name}` : ''}`,
            })),
          ]}
          value={value.forumDecisionId}
          onChange={(e) => onChange({ ...value, forumDecisionId: e.currentTarget.value })}
        />
      )}
      {placement && emergencies.length > 0 && (
        <NativeSelect
          id="measure-emergencyDecisionId"
          label="Eller en leders akutafgørelse"
          description="Anbringelsen skal så behandles i Anbringelses- og efterværnsudvalget inden fristen."
          data={[
            { value: '', label: 'Ingen akutafgørelse' },
            ...emergencies.map((e) => ({
              value: e.id,
              label: `${formatDate(e.decidedOn)} (${e.decidedBy.name}), udvalget senest ${formatDate(e.reachForumBy)}`,
            })),
          ]}
          value={value.emergencyDecisionId}
          onChange={(e) => onChange({ ...value, emergencyDecisionId: e.currentTarget.value })}
        />
      )}
      {placement && (
        <Radio.Group
          id="measure-consent"
          label="Samtykke"
          withAsterisk
          value={value.consent}
          onChange={(consent) => onChange({ ...value, consent: consent as Consent, forumDecisionId: '' })}
          error={errors.consent}
        >
          <Stack gap={4} mt={4}>
            {CONSENTS.map((c) => (
              <Radio key={c} value={c} label={CONSENT_LABELS[c]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {placement && (
        <Checkbox.Group
          id="measure-placementReasons"
          label="Årsager til anbringelsen (Danmarks Statistik; flere kan vælges)"
          withAsterisk
          value={value.placementReasons}
          onChange={(reasons) => onChange({ ...value, placementReasons: reasons as PlacementReason[] })}
          error={errors.placementReasons}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt={4}>
            {GROUPS.map((g) => (
              <Stack key={g.group} gap={4} role="group" aria-label={g.label}>
                <Text fw={600} size="sm">
                  {g.label}
                </Text>
                {PLACEMENT_REASONS.filter((r) => placementReasonGroup(r) === g.group).map((r) => (
                  <Checkbox key={r} value={r} label={PLACEMENT_REASON_LABELS[r]} />
                ))}
              </Stack>
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
