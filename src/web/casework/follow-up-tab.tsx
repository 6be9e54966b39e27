import { Badge, Stack, Table, Text } from '@mantine/core';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { DECISION_LABELS, FOLLOW_UP_KIND_LABELS, RATER_LABELS } from './case-labels.ts';
import { useCaseFollowUps, useCaseMeasures, useCasePlans } from './case-queries.ts';
import type { CaseView, FollowUpView } from './casework-api.ts';
import { FollowUpForm } from './follow-up-form.tsx';

/** Opfølgning: follow-ups on the measures, with progress ratings per goal and the decision. */
export function FollowUpTab({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const followUps = useCaseFollowUps(view.id);
  const measures = useCaseMeasures(view.id);
  const plans = useCasePlans(view.id);
  const goals = new Map((plans.data ?? []).flatMap((p) => p.goals.map((g) => [g.id, g] as const)));
  const measureNames = new Map((measures.data ?? []).map((m) => [m.id, m.offer.name]));

  return (
    <Stack gap="lg">
      <Section id="follow-ups" title="Opfølgninger">
        {followUps.isPending ? (
          <Loading label="Henter opfølgningerne …" />
        ) : followUps.isError ? (
          <ErrorState error={followUps.error} title="Opfølgningerne kunne ikke hentes" />
        ) : followUps.data.length === 0 ? (
          <Text>Der er ikke fulgt op endnu.</Text>
        ) : (
          <DataTable
            withTableBorder={false}
            aria-label="Opfølgninger"
            columns={['Dato', 'Slags', 'Indsats', 'Beslutning', 'Vurderinger', 'Fremgang']}
          >
            {[...followUps.data]
              .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
              .map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{formatDate(f.heldOn)}</Table.Td>
                  <Table.Td>
                    {FOLLOW_UP_KIND_LABELS[f.kind]}
                    {f.nextCadenceWeeks ? ` (herefter hver ${f.nextCadenceWeeks}. uge)` : ''}
                  </Table.Td>
                  <Table.Td>{f.measureId ? (measureNames.get(f.measureId) ?? '') : ''}</Table.Td>
                  <Table.Td>{f.decision ? DECISION_LABELS[f.decision] : ''}</Table.Td>
                  <Table.Td>
                    <Ratings followUp={f} goalText={(id) => goals.get(id)?.text ?? 'Mål'} />
                  </Table.Td>
                  <Table.Td>
                    <Progress value={f.progress} />
                  </Table.Td>
                </Table.Tr>
              ))}
          </DataTable>
        )}
      </Section>
      {/* The form's defaults (which measure, first or regular) need the lists: wait for them. */}
      {canWrite && measures.isSuccess && followUps.isSuccess && plans.isSuccess && (
        <FollowUpForm
          view={view}
          measures={(measures.data ?? []).filter((m) => m.endedOn === null)}
          plans={plans.data ?? []}
          followUps={followUps.data ?? []}
        />
      )}
    </Stack>
  );
}

function Ratings({ followUp, goalText }: { followUp: FollowUpView; goalText: (id: string) => string }) {
  if (followUp.ratings.length === 0) return null;
  const byGoal = new Map<string, string[]>();
  const order = (rater: string) => {
    const i = (Object.keys(RATER_LABELS) as string[]).indexOf(rater);
    return i < 0 ? 99 : i;
  };
  const sorted = [...followUp.ratings].sort((a, b) => order(a.rater) - order(b.rater));
  for (const r of sorted) {
    const label = RATER_LABELS[r.rater as keyof typeof RATER_LABELS] ?? r.rater;
    byGoal.set(r.goalId, [...(byGoal.get(r.goalId) ?? []), `${label} ${r.score}`]);
  }
  return (
    <Stack gap={2}>
      {[...byGoal].map(([goalId, scores]) => (
        <Text key={goalId} size="sm">
          {goalText(goalId).replace(/\.$/, '')}: {scores.join(', ')}
        </Text>
      ))}
    </Stack>
  );
}

/** Progress in words with an arrow; the colour only repeats it. */
function Progress({ value }: { value: boolean | null }) {
  if (value === null) return <Text size="sm">Intet at sammenligne med</Text>;
  return value ? (
    <WordBadge color="green" data-state="progress">
      ↑ Fremgang
    </WordBadge>
  ) : (
    <Badge variant="filled" color="red" c="white" tt="none" data-state="no-progress">
      – Ingen fremgang
    </Badge>
  );
}
