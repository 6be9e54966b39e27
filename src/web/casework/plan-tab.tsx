import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { PLAN_KIND_LABELS } from './case-labels.ts';
import { useCaseMeasures, useCasePlans } from './case-queries.ts';
import type { CaseView, PlanView } from './casework-api.ts';
import { PlanDetailsEdit } from './plan-details-edit.tsx';
import { PlanForm } from './plan-form.tsx';
import { PlanGoals } from './plan-goals.tsx';

/** Plan: the child's plan or youth plan, its goals by ICS area and the measures serving each. */
export function PlanTab({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const plans = useCasePlans(view.id);
  const measures = useCaseMeasures(view.id);
  const measureNames = new Map((measures.data ?? []).map((m) => [m.id, m.offer.name]));
  if (plans.isPending) return <Loading label="Henter planerne …" />;
  if (plans.isError) return <ErrorState error={plans.error} title="Planerne kunne ikke hentes" />;
  const sorted = [...plans.data].sort((a, b) => b.agreedOn.localeCompare(a.agreedOn));

  return (
    <Stack gap="lg">
      <Section id="plans" title="Planer">
        {sorted.length === 0 ? (
          <Text>Der er ingen plan på sagen endnu.</Text>
        ) : (
          sorted.map((p, i) => (
            <PlanCard
              key={p.id}
              plan={p}
              current={i === 0}
              canEdit={canWrite && i === 0}
              measureNames={measureNames}
            />
          ))
        )}
      </Section>
      {canWrite && <PlanForm view={view} measures={measures.data ?? []} />}
    </Stack>
  );
}

function PlanCard(props: {
  plan: PlanView;
  current: boolean;
  /** the caseworker changes the plan in force; earlier plans are history */
  canEdit: boolean;
  measureNames: Map<string, string>;
}) {
  const { plan } = props;
  const headingId = `plan-${plan.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} id={headingId} size="h4">
            {PLAN_KIND_LABELS[plan.kind]} aftalt {formatDate(plan.agreedOn)}
          </Title>
          {props.current && <WordBadge>Gældende</WordBadge>}
        </Group>
        <Text size="sm">
          Aftalt med: {plan.participants.map((p) => `${p.name} (${p.relation})`).join(', ')}
        </Text>
        {plan.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.summary}</Text>}
        {props.canEdit && <PlanDetailsEdit plan={plan} />}
        <PlanGoals
          caseId={plan.caseId}
          plan={plan}
          canEdit={props.canEdit}
          measureNames={props.measureNames}
        />
      </Stack>
    </Card>
  );
}
