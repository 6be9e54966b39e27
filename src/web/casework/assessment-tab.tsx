import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DATE_HINT, parseDanishDate } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { AssessmentConclusion } from './assessment-conclusion.tsx';
import { ChildConversations, FamilyMeetings } from './assessment-conversations.tsx';
import { AssessmentEditor } from './assessment-editor.tsx';
import { SafetyRatings } from './assessment-ratings.tsx';
import { ASSESSMENT_KIND_LABELS, options } from './case-labels.ts';
import {
  type AssessmentView,
  assessmentsKey,
  type CaseView,
  caseKey,
  caseKeyOf,
  createAssessment,
  fetchAssessments,
} from './casework-api.ts';

/** Undersøgelse: the assessment or clarification, the child conversation and family meetings. */
export function AssessmentTab({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const assessments = useQuery({
    queryKey: assessmentsKey(view.id),
    queryFn: ({ signal }) => fetchAssessments(view.id, signal),
  });
  if (assessments.isPending) return <Loading label="Henter undersøgelsen …" />;
  if (assessments.isError)
    return <ErrorState error={assessments.error} title="Undersøgelsen kunne ikke hentes" />;
  // The newest first; an open one is the one being worked on.
  const all = [...assessments.data].sort((a, b) => b.awareOn.localeCompare(a.awareOn));
  const current = all.find((a) => a.completedOn === null) ?? all[0];
  const earlier = all.filter((a) => a !== current);

  return (
    <Stack gap="lg">
      {current ? (
        <AssessmentWork view={view} assessment={current} canWrite={canWrite} />
      ) : canWrite ? (
        <NewAssessment view={view} />
      ) : (
        <Text>Der er ingen undersøgelse på sagen.</Text>
      )}
      {current?.completedOn && canWrite && <NewAssessment view={view} />}
      {earlier.length > 0 && (
        <Section id="earlier-assessments" title="Tidligere undersøgelser">
          <Stack gap="xs">
            {earlier.map((a) => (
              <Text key={a.id}>
                {ASSESSMENT_KIND_LABELS[a.kind]}, opmærksom {formatDate(a.awareOn)}
                {a.completedOn ? `, afsluttet ${formatDate(a.completedOn)}` : ''}
                {a.conclusion ? `: ${a.conclusion}` : ''}
              </Text>
            ))}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}

function AssessmentWork(props: { view: CaseView; assessment: AssessmentView; canWrite: boolean }) {
  const { view, assessment } = props;
  const canWrite = props.canWrite && assessment.completedOn === null;
  return (
    <>
      <Section id="assessment-facts" title={ASSESSMENT_KIND_LABELS[assessment.kind]}>
        <Text>
          Kommunen blev opmærksom {formatDate(assessment.awareOn)}.
          {assessment.dueOn ? ` Lovens frist: ${formatDate(assessment.dueOn)}.` : ''}
          {assessment.targetOn ? ` Lokalt mål: ${formatDate(assessment.targetOn)}.` : ''}
          {assessment.completedOn
            ? ` Afsluttet ${formatDate(assessment.completedOn)}.`
            : ' Undersøgelsen er i gang.'}
        </Text>
      </Section>
      <AssessmentEditor caseId={view.id} assessment={assessment} canWrite={canWrite} />
      <SafetyRatings caseId={view.id} assessment={assessment} canWrite={canWrite} />
      <ChildConversations caseId={view.id} assessmentId={assessment.id} canWrite={props.canWrite} />
      <FamilyMeetings caseId={view.id} assessmentId={assessment.id} canWrite={props.canWrite} />
      <AssessmentConclusion caseId={view.id} assessment={assessment} canWrite={canWrite} />
    </>
  );
}

function NewAssessment({ view }: { view: CaseView }) {
  const client = useQueryClient();
  const [kind, setKind] = useState<AssessmentView['kind']>('assessment');
  const [awareOn, setAwareOn] = useState('');
  const [tried, setTried] = useState(false);
  // One key per form: a double click or a retry after a lost answer starts one assessment.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const parsed = awareOn.trim() === '' ? undefined : parseDanishDate(awareOn);
  const create = useMutation({
    mutationFn: () => createAssessment(view.id, { kind, awareOn: parsed, idempotencyKey }),
    onSuccess: () => {
      setIdempotencyKey(newIdempotencyKey());
      void client.invalidateQueries({ queryKey: assessmentsKey(view.id) });
      void client.invalidateQueries({ queryKey: caseKeyOf(view.id, 'deadlines') });
      void client.invalidateQueries({ queryKey: caseKey(view.id) });
    },
  });
  return (
    <Section id="new-assessment" title="Start en undersøgelse">
      <form
        noValidate
        aria-label="Start en undersøgelse"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (awareOn.trim() !== '' && !parsed) return;
          create.mutate();
        }}
      >
        <Stack gap="sm" maw={640}>
          <NativeSelect
            label="Slags"
            data={options(ASSESSMENT_KIND_LABELS)}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as AssessmentView['kind'])}
          />
          <TextInput
            label="Kommunen blev opmærksom (valgfri)"
            description={`Tom: sagens dato (${formatDate(view.awareOn) || 'ikke oplyst'}). ${DATE_HINT}`}
            value={awareOn}
            onChange={(e) => setAwareOn(e.currentTarget.value)}
            error={tried && awareOn.trim() !== '' && !parsed ? 'Skriv en gyldig dato.' : undefined}
          />
          {create.isError && (
            <Alert color="red" variant="outline" role="alert" title="Undersøgelsen er ikke startet">
              <Text>{errorMessage(create.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              Start undersøgelsen
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
