import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { ConflictPanel } from '../ui/conflict-panel.tsx';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { useVersionedDraft } from '../ui/use-versioned-draft.ts';
import { useSaveAssessment, useStoreAssessment } from './assessment-editor.tsx';
import { CONFLICT_TITLE } from './case-labels.ts';
import {
  type AssessmentView,
  caseKeyOf,
  conflictCurrent,
  fetchSuggestions,
  patchAssessment,
} from './casework-api.ts';

type Props = { caseId: string; assessment: AssessmentView; canWrite: boolean };

/** The provisional assessment (required past 4 months) and the conclusion with step and offers. */
export function AssessmentConclusion(props: Props) {
  const { assessment } = props;
  return (
    <>
      <Provisional {...props} />
      <Section id="assessment-conclusion" title="Konklusion">
        {assessment.completedOn ? (
          <Stack gap="xs">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{assessment.conclusion}</Text>
            <Text>
              Foreslået trin: {assessment.proposedStep?.name ?? 'Intet'}. Foreslåede tilbud:{' '}
              {assessment.proposedOffers.map((o) => o.name).join(', ') || 'ingen'}.
            </Text>
            <Text>Afsluttet {formatDate(assessment.completedOn)}.</Text>
          </Stack>
        ) : (
          <ConclusionForm {...props} />
        )}
      </Section>
    </>
  );
}

type Values = { conclusion: string; proposedStepId: string; proposedOfferIds: string };
const LABELS: Record<keyof Values, string> = {
  conclusion: 'Konklusion',
  proposedStepId: 'Foreslået trin',
  proposedOfferIds: 'Foreslåede tilbud',
};
const valuesOf = (a: AssessmentView): Values => ({
  conclusion: a.conclusion ?? '',
  proposedStepId: a.proposedStep?.id ?? '',
  proposedOfferIds: a.proposedOffers.map((o) => o.id).join(','),
});

function ConclusionForm({ caseId, assessment, canWrite }: Props) {
  const draft = useVersionedDraft(
    `trappen:assessment:${assessment.id}:conclusion`,
    assessment.version,
    valuesOf(assessment),
  );
  const [completedText, setCompletedText] = useState(todayDanish());
  const [complete, setComplete] = useState(false);
  const [tried, setTried] = useState(false);
  const suggestions = useQuery({
    queryKey: [...caseKeyOf(caseId, 'suggestions'), assessment.id],
    queryFn: ({ signal }) => fetchSuggestions(caseId, assessment.id, signal),
    enabled: canWrite,
  });
  const chosen = draft.values.proposedOfferIds.split(',').filter(Boolean);
  const completedOn = parseDanishDate(completedText);
  const save = useSaveAssessment(caseId, assessment.id, draft, valuesOf);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!draft.values.conclusion.trim() || (complete && !completedOn)) return;
    save.mutate({
      version: draft.version,
      conclusion: draft.values.conclusion.trim(),
      proposedStepId: draft.values.proposedStepId || null,
      proposedOfferIds: chosen,
      completedOn: complete ? completedOn : undefined,
    });
  }

  const steps = new Map<string, string>();
  for (const s of suggestions.data ?? []) steps.set(s.step.id, `Trin ${s.step.position}: ${s.step.name}`);
  if (assessment.proposedStep) steps.set(assessment.proposedStep.id, assessment.proposedStep.name);
  const offerNames = new Map((suggestions.data ?? []).map((s) => [s.offer.id, s.offer.name]));
  for (const o of assessment.proposedOffers) offerNames.set(o.id, o.name);

  if (!canWrite) return <Text>Konklusionen er ikke skrevet endnu.</Text>;
  return (
    <form noValidate onSubmit={submit} aria-label="Konklusion">
      <Stack gap="sm" maw={760}>
        {draft.conflict && (
          <ConflictPanel
            title={CONFLICT_TITLE}
            conflict={draft.conflict}
            mine={draft.values}
            labels={LABELS}
            show={(f, v) =>
              f === 'proposedStepId'
                ? (steps.get(v) ?? v)
                : f === 'proposedOfferIds'
                  ? v
                      .split(',')
                      .filter(Boolean)
                      .map((id) => offerNames.get(id) ?? id)
                      .join(', ')
                  : v
            }
            onTakeOver={draft.takeOver}
          />
        )}
        <Textarea
          label={LABELS.conclusion}
          withAsterisk
          autosize
          minRows={4}
          value={draft.values.conclusion}
          onChange={(e) => draft.set('conclusion', e.currentTarget.value)}
          error={tried && !draft.values.conclusion.trim() ? 'Skriv konklusionen.' : undefined}
        />
        <Checkbox.Group
          label="Foreslåede tilbud fra tilbudsviften"
          description="Tilbuddene passer til barnets alder, de områder undersøgelsen peger på, og barnets trin — det mindst indgribende først."
          value={chosen}
          onChange={(ids) => {
            // The first offer chosen proposes its step, unless a step is chosen already.
            const first = (suggestions.data ?? []).find((s) => s.offer.id === ids[0]);
            const stepId = draft.values.proposedStepId || first?.step.id || '';
            draft.setMany({ proposedOfferIds: ids.join(','), proposedStepId: stepId });
          }}
        >
          <Stack gap={6} mt={6}>
            {suggestions.isPending && canWrite && <Text size="sm">Henter forslag …</Text>}
            {suggestions.isError && (
              <Text size="sm" role="alert">
                Forslagene kunne ikke hentes: {errorMessage(suggestions.error)}
              </Text>
            )}
            {[...offerNames].map(([id, name]) => {
              const s = suggestions.data?.find((x) => x.offer.id === id);
              return (
                <Checkbox
                  key={id}
                  value={id}
                  label={
                    s
                      ? `${name} (trin ${s.step.position}${s.atCapacity ? ', ingen ledige pladser' : ''})`
                      : name
                  }
                  description={s?.reasons.join(' ')}
                />
              );
            })}
            {suggestions.isSuccess && offerNames.size === 0 && <Text size="sm">Ingen tilbud passer.</Text>}
          </Stack>
        </Checkbox.Group>
        <NativeSelect
          label={LABELS.proposedStepId}
          data={[
            { value: '', label: 'Intet trin foreslået' },
            ...[...steps].map(([value, label]) => ({ value, label })),
          ]}
          value={draft.values.proposedStepId}
          onChange={(e) => draft.set('proposedStepId', e.currentTarget.value)}
        />
        <Checkbox
          label="Afslut undersøgelsen med denne konklusion"
          checked={complete}
          onChange={(e) => setComplete(e.currentTarget.checked)}
        />
        {complete && (
          <TextInput
            label="Afsluttet den"
            description={DATE_HINT}
            maw={320}
            value={completedText}
            onChange={(e) => setCompletedText(e.currentTarget.value)}
            error={tried && !completedOn ? 'Skriv en gyldig dato.' : undefined}
          />
        )}
        {save.isError && !draft.conflict && (
          <Alert color="red" variant="outline" role="alert" title="Konklusionen er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {complete ? 'Gem og afslut undersøgelsen' : 'Gem konklusionen'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Provisional({ caseId, assessment, canWrite }: Props) {
  const draft = useDraft(`trappen:assessment:${assessment.id}:provisional`, { on: todayDanish(), text: '' });
  const [tried, setTried] = useState(false);
  const store = useStoreAssessment(caseId);
  const on = parseDanishDate(draft.value.on);
  const save = useMutation({
    mutationFn: (version: number) =>
      patchAssessment(assessment.id, {
        version,
        provisional: { on: on ?? '', text: draft.value.text.trim() },
      }),
    onSuccess: (saved) => {
      store(saved);
      draft.discard();
    },
    onError: (error) => {
      const current = conflictCurrent<AssessmentView>(error, 'assessment');
      // Someone else recorded one meanwhile: theirs shows; the draft keeps this text.
      if (current && current.provisionalOn === null) save.mutate(current.version);
      else if (current) store(current);
    },
  });
  const overdue = assessment.dueOn !== null && assessment.dueOn < todayInCopenhagen();
  if (assessment.provisionalOn) {
    return (
      <Section id="assessment-provisional" title="Foreløbig vurdering">
        <Text>Registreret {formatDate(assessment.provisionalOn)}.</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{assessment.provisionalText}</Text>
      </Section>
    );
  }
  if (!canWrite || assessment.completedOn) return null;
  return (
    <Section id="assessment-provisional" title="Foreløbig vurdering">
      {overdue && (
        <Alert color="red" variant="outline" title="Fristen på 4 måneder er overskredet" role="status">
          <Text c="black">Registrér en foreløbig vurdering, indtil undersøgelsen er afsluttet.</Text>
        </Alert>
      )}
      <form
        noValidate
        aria-label="Foreløbig vurdering"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (on && draft.value.text.trim()) save.mutate(assessment.version);
        }}
      >
        <Stack gap="sm" maw={760}>
          <TextInput
            label="Dato"
            description={DATE_HINT}
            maw={320}
            value={draft.value.on}
            onChange={(e) => draft.set({ ...draft.value, on: e.currentTarget.value })}
            error={tried && !on ? 'Skriv en gyldig dato.' : undefined}
          />
          <Textarea
            label="Den foreløbige vurdering"
            autosize
            minRows={3}
            value={draft.value.text}
            onChange={(e) => draft.set({ ...draft.value, text: e.currentTarget.value })}
            error={tried && !draft.value.text.trim() ? 'Skriv vurderingen.' : undefined}
          />
          {save.isError && !conflictCurrent(save.error, 'assessment') && (
            <Alert color="red" variant="outline" role="alert" title="Vurderingen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="default" loading={save.isPending}>
              Gem den foreløbige vurdering
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
