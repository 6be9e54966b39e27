import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../ui/states.tsx';
import { ParticipantRows } from './assessment-conversations.tsx';
import { conflictCurrent, type PlanView, patchPlan, plansKey } from './casework-api.ts';
import { PlanConflict } from './plan-goals.tsx';

type Person = PlanView['participants'][number];

/**
 * The plan in force: who agreed it with the family and its summary, corrected by the caseworker.
 * The save names the plan's version; a stale one (409) shows the plan as it is now and keeps what
 * was typed, so it can be saved again on the current version (as the goals' edits do).
 */
export function PlanDetailsEdit({ plan }: { plan: PlanView }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [people, setPeople] = useState<Person[]>(plan.participants);
  const [summary, setSummary] = useState(plan.summary ?? '');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<PlanView>();
  const filled = people
    .map((p) => ({ name: p.name.trim(), relation: p.relation.trim() }))
    .filter((p) => p.name && p.relation);

  const showPlan = (current: PlanView) =>
    client.setQueryData<PlanView[]>(plansKey(plan.caseId), (plans) =>
      plans?.map((p) => (p.id === current.id ? current : p)),
    );

  const save = useMutation({
    mutationFn: () =>
      patchPlan(plan.id, {
        version: plan.version,
        participants: filled,
        // Empty clears the summary.
        summary: summary.trim() || null,
      }),
    onMutate: () => {
      setSaved(false);
      setConflict(undefined);
    },
    onSuccess: (updated) => {
      showPlan(updated);
      void client.invalidateQueries({ queryKey: plansKey(plan.caseId) });
      setOpen(false);
      setTried(false);
      setSaved(true);
    },
    onError: (error) => setConflict(conflictCurrent<PlanView>(error, 'plan')),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (filled.length > 0) save.mutate();
  }

  if (!open) {
    return (
      <Stack gap="xs">
        {saved && (
          <Text role="status" fw={600}>
            Deltagerne og sammenfatningen er gemt.
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setPeople(plan.participants);
              setSummary(plan.summary ?? '');
              setSaved(false);
              setOpen(true);
            }}
          >
            Ret deltagere og sammenfatning
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Ret planens deltagere og sammenfatning">
      <Stack gap="sm" maw={760}>
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
        <ParticipantRows
          legend="Hvem var med til at aftale planen"
          people={people}
          onChange={(i, p) => setPeople(people.map((q, j) => (j === i ? p : q)))}
          onAdd={() => setPeople([...people, { name: '', relation: '' }])}
          error={tried && filled.length === 0 ? 'Angiv hvem der var med til at aftale planen.' : undefined}
        />
        <Text size="sm">En deltager uden navn eller relation tages af listen, når du gemmer.</Text>
        <Textarea
          label="Sammenfatning"
          description="Tom fjerner sammenfatningen."
          autosize
          minRows={2}
          maxLength={20000}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        {save.isError && !conflict && (
          <Alert color="red" variant="outline" role="alert" title="Ændringen er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Gem deltagere og sammenfatning
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setOpen(false);
              setConflict(undefined);
              save.reset();
            }}
          >
            Annullér
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
