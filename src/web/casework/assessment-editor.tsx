import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { ConflictPanel } from '../ui/conflict-panel.tsx';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { type Fields, useVersionedDraft } from '../ui/use-versioned-draft.ts';
import { CONFLICT_TITLE } from './case-labels.ts';
import {
  type AssessmentPatchRequest,
  type AssessmentView,
  assessmentsKey,
  caseKeyOf,
  conflictCurrent,
  patchAssessment,
} from './casework-api.ts';

type Values = {
  development: string;
  parenting: string;
  familyEnvironment: string;
  worries: string;
  whatWorks: string;
  whatMustHappen: string;
};
const LABELS: Record<keyof Values, string> = {
  development: 'Barnets udvikling og behov',
  parenting: 'Forældrekompetencer',
  familyEnvironment: 'Familie og netværk',
  worries: 'Bekymringer',
  whatWorks: 'Det der virker',
  whatMustHappen: 'Det der skal ske',
};
const ICS: (keyof Values)[] = ['development', 'parenting', 'familyEnvironment'];
const SOS: (keyof Values)[] = ['worries', 'whatWorks', 'whatMustHappen'];

const valuesOf = (a: AssessmentView): Values => ({
  development: a.development ?? '',
  parenting: a.parenting ?? '',
  familyEnvironment: a.familyEnvironment ?? '',
  worries: a.worries ?? '',
  whatWorks: a.whatWorks ?? '',
  whatMustHappen: a.whatMustHappen ?? '',
});

/** Replaces one assessment in the case's list after a save (the answer is the saved record). */
export function useStoreAssessment(caseId: string) {
  const client = useQueryClient();
  return (saved: AssessmentView) => {
    client.setQueryData<AssessmentView[]>(assessmentsKey(caseId), (old) =>
      old ? old.map((a) => (a.id === saved.id ? saved : a)) : [saved],
    );
    void client.invalidateQueries({ queryKey: caseKeyOf(caseId, 'deadlines') });
  };
}

/**
 * Saves a part of the assessment (texts, conclusion) from its versioned draft. A 409 from a save
 * by someone else of other fields (ratings, the other part) is saved again on their version;
 * otherwise the conflict is shown beside what was typed.
 */
export function useSaveAssessment<T extends Fields>(
  caseId: string,
  assessmentId: string,
  draft: ReturnType<typeof useVersionedDraft<T>>,
  valuesOf: (a: AssessmentView) => T,
) {
  const store = useStoreAssessment(caseId);
  const save = useMutation({
    mutationFn: (body: AssessmentPatchRequest) => patchAssessment(assessmentId, body),
    onSuccess: (saved) => {
      draft.saved(saved.version, valuesOf(saved));
      store(saved);
    },
    onError: (error, body) => {
      const current = conflictCurrent<AssessmentView>(error, 'assessment');
      if (!current) return;
      if (draft.rebaseIfUnrelated(current.version, valuesOf(current))) {
        save.mutate({ ...body, version: current.version });
        return;
      }
      draft.setConflict({ version: current.version, current: valuesOf(current) });
    },
  });
  return save;
}

/** The ICS triangle and Signs of Safety as text, saved together under optimistic locking. */
export function AssessmentEditor(props: { caseId: string; assessment: AssessmentView; canWrite: boolean }) {
  const { assessment, canWrite } = props;
  const draft = useVersionedDraft(
    `trappen:assessment:${assessment.id}:texts`,
    assessment.version,
    valuesOf(assessment),
  );
  const save = useSaveAssessment(props.caseId, assessment.id, draft, valuesOf);

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = draft.values;
    const orNull = (s: string) => (s.trim() === '' ? null : s);
    save.mutate({
      version: draft.version,
      development: orNull(v.development),
      parenting: orNull(v.parenting),
      familyEnvironment: orNull(v.familyEnvironment),
      worries: orNull(v.worries),
      whatWorks: orNull(v.whatWorks),
      whatMustHappen: orNull(v.whatMustHappen),
    });
  }

  const area = (field: keyof Values) => (
    <Textarea
      key={field}
      label={LABELS[field]}
      autosize
      minRows={4}
      value={draft.values[field]}
      readOnly={!canWrite}
      onChange={(e) => draft.set(field, e.currentTarget.value)}
    />
  );

  return (
    <Section id="assessment-texts" title="Barnets situation">
      <form noValidate onSubmit={submit} aria-label="Barnets situation">
        <Stack gap="md">
          {draft.restored && (
            <Alert color="blue" variant="outline" title="Det, du skrev sidst, er hentet frem">
              <Group justify="space-between" gap="sm">
                <Text c="black">Felterne viser det, du skrev, men ikke nåede at gemme.</Text>
                <Button variant="default" size="xs" onClick={() => draft.discard()}>
                  Kassér og vis det gemte
                </Button>
              </Group>
            </Alert>
          )}
          {draft.conflict && (
            <ConflictPanel
              title={CONFLICT_TITLE}
              conflict={draft.conflict}
              mine={draft.values}
              labels={LABELS}
              onTakeOver={draft.takeOver}
            />
          )}
          <Fieldset legend="ICS-trekanten">
            <SimpleGrid cols={{ base: 1, md: 3 }}>{ICS.map(area)}</SimpleGrid>
          </Fieldset>
          <Fieldset legend="Signs of Safety">
            <SimpleGrid cols={{ base: 1, md: 3 }}>{SOS.map(area)}</SimpleGrid>
          </Fieldset>
          {save.isError && !draft.conflict && (
            <Alert color="red" variant="outline" role="alert" title="Teksterne er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          {save.isSuccess && !draft.dirty && (
            <Text role="status" size="sm">
              Gemt.
            </Text>
          )}
          {canWrite && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                Gem teksterne
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Section>
  );
}
