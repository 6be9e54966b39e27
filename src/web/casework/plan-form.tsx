import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ICS_AREA_LABELS, type IcsArea } from '../../core/catalog/types.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { ParticipantRows } from './assessment-conversations.tsx';
import { options, PLAN_KIND_LABELS } from './case-labels.ts';
import {
  type CaseView,
  caseKeyOf,
  createPlan,
  type MeasureView,
  type PlanCreateRequest,
  plansKey,
} from './casework-api.ts';

interface Goal {
  icsArea: IcsArea;
  text: string;
  measureIds: string[];
}
const emptyGoal = (): Goal => ({ icsArea: 'development', text: '', measureIds: [] });

/** A new child plan or youth plan: agreed when and with whom, concrete goals per ICS area. */
export function PlanForm({ view, measures }: { view: CaseView; measures: MeasureView[] }) {
  const client = useQueryClient();
  const initial = {
    // From 16 the plan is a youth plan (youth-plan-16).
    kind: (view.child.age >= 16 ? 'youth_plan' : 'child_plan') as PlanCreateRequest['kind'],
    agreedOn: todayDanish(),
    summary: '',
    participants: [{ name: '', relation: '' }],
    goals: [emptyGoal()],
    // In the draft: a retry (also after a reload) is the same plan; a saved plan is discarded for
    // fresh values with a fresh key.
    idempotencyKey: newIdempotencyKey(),
  };
  const draft = useDraft(`trappen:case:${view.id}:plan`, initial);
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const agreedOn = parseDanishDate(v.agreedOn);
  const people = v.participants.filter((p) => p.name.trim() && p.relation.trim());
  const goals = v.goals.filter((g) => g.text.trim());
  const active = measures.filter((m) => m.endedOn === null);

  const save = useMutation({
    mutationFn: () =>
      createPlan(view.id, {
        kind: v.kind,
        agreedOn: agreedOn ?? '',
        participants: people.map((p) => ({ name: p.name.trim(), relation: p.relation.trim() })),
        summary: v.summary.trim() || undefined,
        goals: goals.map((g) => ({
          icsArea: g.icsArea,
          text: g.text.trim(),
          measureIds: g.measureIds.length > 0 ? g.measureIds : undefined,
        })),
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: () => {
      draft.discard();
      setTried(false);
      void client.invalidateQueries({ queryKey: plansKey(view.id) });
      void client.invalidateQueries({ queryKey: caseKeyOf(view.id, 'deadlines') });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (agreedOn && people.length > 0 && goals.length > 0) save.mutate();
  }
  const setGoal = (i: number, g: Goal) =>
    draft.set({ ...v, goals: v.goals.map((x, j) => (j === i ? g : x)) });

  return (
    <Section id="new-plan" title="Ny plan">
      <form noValidate onSubmit={submit} aria-label="Ny plan">
        <Stack gap="sm" maw={760}>
          {draft.restored && <Text size="sm">Formularen viser det, du skrev, men ikke nåede at gemme.</Text>}
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              label="Slags plan"
              data={options(PLAN_KIND_LABELS)}
              value={v.kind}
              onChange={(e) => draft.set({ ...v, kind: e.currentTarget.value as PlanCreateRequest['kind'] })}
            />
            <TextInput
              label="Aftalt den"
              description={DATE_HINT}
              value={v.agreedOn}
              onChange={(e) => draft.set({ ...v, agreedOn: e.currentTarget.value })}
              error={tried && !agreedOn ? 'Skriv en gyldig dato.' : undefined}
            />
          </Group>
          <ParticipantRows
            legend="Hvem var med til at aftale planen"
            people={v.participants}
            onChange={(i, p) =>
              draft.set({ ...v, participants: v.participants.map((q, j) => (j === i ? p : q)) })
            }
            onAdd={() => draft.set({ ...v, participants: [...v.participants, { name: '', relation: '' }] })}
            error={tried && people.length === 0 ? 'Angiv hvem der var med til at aftale planen.' : undefined}
          />
          <Textarea
            label="Sammenfatning"
            autosize
            minRows={2}
            value={v.summary}
            onChange={(e) => draft.set({ ...v, summary: e.currentTarget.value })}
          />
          {v.goals.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals have no identity before they are saved
            <Fieldset key={i} legend={`Mål ${i + 1}`}>
              <Stack gap="xs">
                <NativeSelect
                  label={`Mål ${i + 1}: ICS-område`}
                  data={options(ICS_AREA_LABELS)}
                  value={g.icsArea}
                  onChange={(e) => setGoal(i, { ...g, icsArea: e.currentTarget.value as IcsArea })}
                />
                <Textarea
                  label={`Mål ${i + 1}: målet`}
                  description="Konkret og til at følge op på, fx ”Alma kommer i skole hver dag”."
                  autosize
                  minRows={2}
                  value={g.text}
                  onChange={(e) => setGoal(i, { ...g, text: e.currentTarget.value })}
                />
                {active.length > 0 && (
                  <Checkbox.Group
                    label={`Mål ${i + 1}: indsatser, der tjener målet`}
                    value={g.measureIds}
                    onChange={(ids) => setGoal(i, { ...g, measureIds: ids })}
                  >
                    <Stack gap={4} mt={4}>
                      {active.map((m) => (
                        <Checkbox
                          key={m.id}
                          value={m.id}
                          label={`${m.offer.name} (trin ${m.step.position})`}
                        />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
              </Stack>
            </Fieldset>
          ))}
          {tried && goals.length === 0 && (
            <Text c="red.9" size="sm" role="alert">
              En plan skal have mindst ét mål.
            </Text>
          )}
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Planen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() => draft.set({ ...v, goals: [...v.goals, emptyGoal()] })}
              disabled={v.goals.length >= 50}
            >
              Tilføj mål
            </Button>
            <Button type="submit" loading={save.isPending}>
              Gem planen
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
