import { Alert, Button, Group, List, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ICS_AREA_LABELS, type IcsArea } from '../../core/catalog/types.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { errorMessage } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { options } from './case-labels.ts';
import {
  caseKeyOf,
  conflictCurrent,
  type PlanPatchRequest,
  type PlanView,
  patchPlan,
  plansKey,
} from './casework-api.ts';

export const PLAN_CONFLICT_TITLE = 'Nogen har ændret planen, mens du arbejdede';

type Goal = PlanView['goals'][number];
type Change = Omit<PlanPatchRequest, 'version'>;

/** What a save does, for the message after it and the form it closes. */
type Kind = 'mark' | 'text' | 'add';
const DONE: Record<Kind, string> = {
  mark: 'Målet er markeret som nået.',
  text: 'Målet er rettet.',
  add: 'Målet er tilføjet planen.',
};

/**
 * A plan's goals, and on the plan in force for the caseworker: mark a goal achieved (the day it was
 * reached), correct a goal's text and add a goal. Each save names the version of the plan shown; a stale save (409) shows the current plan
 * and keeps what was typed, so it can be saved again on the current version.
 */
export function PlanGoals(props: {
  caseId: string;
  plan: PlanView;
  canEdit: boolean;
  measureNames: Map<string, string>;
}) {
  const { caseId, plan, canEdit } = props;
  const client = useQueryClient();
  const [marking, setMarking] = useState<string>();
  const [achievedOn, setAchievedOn] = useState(todayDanish());
  const [newGoal, setNewGoal] = useState({ icsArea: 'development' as IcsArea, text: '' });
  const [triedMark, setTriedMark] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [goalText, setGoalText] = useState('');
  const [triedText, setTriedText] = useState(false);
  const [triedAdd, setTriedAdd] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [conflict, setConflict] = useState<PlanView>();

  /** The plan as the server now has it, in place in the case's list of plans. */
  const showPlan = (current: PlanView) =>
    client.setQueryData<PlanView[]>(plansKey(caseId), (plans) =>
      plans?.map((p) => (p.id === current.id ? current : p)),
    );

  const save = useMutation({
    mutationFn: ({ change }: { change: Change; kind: Kind }) =>
      patchPlan(plan.id, { version: plan.version, ...change }),
    onMutate: () => {
      setSaved(undefined);
      setConflict(undefined);
    },
    onSuccess: (updated, { kind }) => {
      showPlan(updated);
      void client.invalidateQueries({ queryKey: plansKey(caseId) });
      void client.invalidateQueries({ queryKey: caseKeyOf(caseId, 'deadlines') });
      if (kind === 'mark') {
        setMarking(undefined);
        setTriedMark(false);
      }
      if (kind === 'text') {
        setEditing(undefined);
        setTriedText(false);
      }
      if (kind === 'add') {
        setNewGoal({ icsArea: newGoal.icsArea, text: '' });
        setTriedAdd(false);
      }
      setSaved(DONE[kind]);
    },
    onError: (error) => setConflict(conflictCurrent<PlanView>(error, 'plan')),
  });
  const achievedDate = parseDanishDate(achievedOn);

  function markAchieved(e: FormEvent, goal: Goal) {
    e.preventDefault();
    setTriedMark(true);
    if (achievedDate)
      save.mutate({ change: { goals: [{ id: goal.id, achievedOn: achievedDate }] }, kind: 'mark' });
  }
  function correctText(e: FormEvent, goal: Goal) {
    e.preventDefault();
    setTriedText(true);
    const text = goalText.trim();
    if (!text) return;
    if (text === goal.text) {
      // Nothing changed: the server would refuse an empty change (400); just close the form.
      setEditing(undefined);
      return;
    }
    save.mutate({ change: { goals: [{ id: goal.id, text }] }, kind: 'text' });
  }
  function addGoal(e: FormEvent) {
    e.preventDefault();
    setTriedAdd(true);
    if (newGoal.text.trim()) {
      save.mutate({
        change: { addGoals: [{ icsArea: newGoal.icsArea, text: newGoal.text.trim() }] },
        kind: 'add',
      });
    }
  }

  return (
    <Stack gap="sm">
      <List type="ordered" spacing="xs" aria-label="Mål">
        {[...plan.goals]
          .sort((a, b) => a.position - b.position)
          .map((g) => (
            <List.Item key={g.id}>
              <Text span fw={600}>
                {ICS_AREA_LABELS[g.icsArea]}:
              </Text>{' '}
              {g.text} {g.achievedOn && <WordBadge>Nået {formatDate(g.achievedOn)}</WordBadge>}
              <Text size="sm">
                Indsatser:{' '}
                {g.measureIds.map((id) => props.measureNames.get(id) ?? 'indsats').join(', ') ||
                  'ingen endnu'}
              </Text>
              {canEdit && (marking !== g.id || editing !== g.id) && (
                <Group gap="xs" mt={4}>
                  {!g.achievedOn && marking !== g.id && (
                    <Button
                      variant="default"
                      size="xs"
                      aria-label={`Markér mål ${g.position} som nået`}
                      onClick={() => {
                        setMarking(g.id);
                        setAchievedOn(todayDanish());
                      }}
                    >
                      Markér som nået
                    </Button>
                  )}
                  {editing !== g.id && (
                    <Button
                      variant="default"
                      size="xs"
                      aria-label={`Ret mål ${g.position}`}
                      onClick={() => {
                        setEditing(g.id);
                        setGoalText(g.text);
                        setTriedText(false);
                      }}
                    >
                      Ret målet
                    </Button>
                  )}
                </Group>
              )}
              {canEdit && editing === g.id && (
                <form noValidate onSubmit={(e) => correctText(e, g)} aria-label={`Ret mål ${g.position}`}>
                  <Stack gap="xs" mt={4} maw={720}>
                    <Textarea
                      label="Målets tekst"
                      description="Konkret og til at følge op på."
                      autosize
                      minRows={2}
                      maxLength={2000}
                      value={goalText}
                      onChange={(e) => setGoalText(e.currentTarget.value)}
                      error={triedText && !goalText.trim() ? 'Skriv målet.' : undefined}
                    />
                    <Group gap="sm">
                      <Button type="submit" loading={save.isPending}>
                        Gem målet
                      </Button>
                      <Button variant="default" onClick={() => setEditing(undefined)}>
                        Annullér
                      </Button>
                    </Group>
                  </Stack>
                </form>
              )}
              {canEdit && marking === g.id && (
                <form noValidate onSubmit={(e) => markAchieved(e, g)} aria-label={`Mål ${g.position} nået`}>
                  <Group gap="sm" align="flex-end" wrap="wrap" mt={4}>
                    <TextInput
                      label="Nået den"
                      description={DATE_HINT}
                      value={achievedOn}
                      onChange={(e) => setAchievedOn(e.currentTarget.value)}
                      error={triedMark && !achievedDate ? 'Skriv en gyldig dato.' : undefined}
                    />
                    <Button type="submit" loading={save.isPending}>
                      Gem
                    </Button>
                    <Button variant="default" onClick={() => setMarking(undefined)}>
                      Annullér
                    </Button>
                  </Group>
                </form>
              )}
            </List.Item>
          ))}
      </List>
      {saved && (
        <Text role="status" fw={600}>
          {saved}
        </Text>
      )}
      {conflict && (
        <PlanConflict
          current={conflict}
          onTakeOver={() => {
            showPlan(conflict);
            setConflict(undefined);
            save.reset();
          }}
        />
      )}
      {save.isError && !conflict && (
        <Alert color="red" variant="outline" role="alert" title="Ændringen er ikke gemt">
          <Text>{errorMessage(save.error)}</Text>
        </Alert>
      )}
      {canEdit && (
        <form noValidate onSubmit={addGoal} aria-label="Nyt mål i planen">
          <Stack gap="xs" maw={720}>
            <NativeSelect
              label="Nyt mål: ICS-område"
              data={options(ICS_AREA_LABELS)}
              value={newGoal.icsArea}
              onChange={(e) => setNewGoal({ ...newGoal, icsArea: e.currentTarget.value as IcsArea })}
            />
            <Textarea
              label="Nyt mål: målet"
              description="Konkret og til at følge op på."
              autosize
              minRows={2}
              value={newGoal.text}
              onChange={(e) => setNewGoal({ ...newGoal, text: e.currentTarget.value })}
              error={triedAdd && !newGoal.text.trim() ? 'Skriv målet.' : undefined}
            />
            <Group>
              <Button
                type="submit"
                variant="default"
                loading={save.isPending}
                disabled={plan.goals.length >= 50}
              >
                Tilføj målet
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The current plan after a stale save: what the goals now say, and a button to continue from it. */
export function PlanConflict({ current, onTakeOver }: { current: PlanView; onTakeOver: () => void }) {
  return (
    <Alert color="orange" variant="outline" role="alert" title={PLAN_CONFLICT_TITLE}>
      <Stack gap="sm">
        <Text c="black">
          Din ændring er ikke gemt. Herunder står planen, som den er nu. Det, du har skrevet, står stadig i
          formularen: overtag den aktuelle udgave, og gem igen, hvis ændringen stadig skal med.
        </Text>
        <Text c="black" size="sm">
          Aftalt med nu: {current.participants.map((p) => `${p.name} (${p.relation})`).join(', ')}
        </Text>
        <Text c="black" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          Sammenfatning nu: {current.summary || '(ingen)'}
        </Text>
        <List type="ordered" spacing={4} aria-label="Planens mål nu">
          {[...current.goals]
            .sort((a, b) => a.position - b.position)
            .map((g) => (
              <List.Item key={g.id}>
                {ICS_AREA_LABELS[g.icsArea]}: {g.text}
                {g.achievedOn ? ` (nået ${formatDate(g.achievedOn)})` : ''}
              </List.Item>
            ))}
        </List>
        <div>
          <Button variant="default" onClick={onTakeOver}>
            Overtag den aktuelle udgave
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
