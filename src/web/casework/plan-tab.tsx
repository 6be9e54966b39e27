import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ICS_AREA_LABELS } from '../../core/catalog/types.ts';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { PLAN_KIND_LABELS } from './case-labels.ts';
import {
  type CaseView,
  fetchMeasures,
  fetchPlans,
  measuresKey,
  type PlanView,
  plansKey,
} from './casework-api.ts';
import { PlanForm } from './plan-form.tsx';

/** Plan: the child's plan or youth plan, its goals by ICS area and the measures serving each. */
export function PlanTab({ view, canWrite }: { view: CaseView; canWrite: boolean }) {
  const plans = useQuery({
    queryKey: plansKey(view.id),
    queryFn: ({ signal }) => fetchPlans(view.id, signal),
  });
  const measures = useQuery({
    queryKey: measuresKey(view.id),
    queryFn: ({ signal }) => fetchMeasures(view.id, signal),
  });
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
          sorted.map((p, i) => <PlanCard key={p.id} plan={p} current={i === 0} measureNames={measureNames} />)
        )}
      </Section>
      {canWrite && <PlanForm view={view} measures={measures.data ?? []} />}
    </Stack>
  );
}

function PlanCard(props: { plan: PlanView; current: boolean; measureNames: Map<string, string> }) {
  const { plan } = props;
  const headingId = `plan-${plan.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} id={headingId} size="h4">
            {PLAN_KIND_LABELS[plan.kind]} aftalt {formatDate(plan.agreedOn)}
          </Title>
          {props.current && (
            <Badge variant="outline" c="black" tt="none">
              Gældende
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Aftalt med: {plan.participants.map((p) => `${p.name} (${p.relation})`).join(', ')}
        </Text>
        {plan.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.summary}</Text>}
        <List type="ordered" spacing="xs" aria-label="Mål">
          {[...plan.goals]
            .sort((a, b) => a.position - b.position)
            .map((g) => (
              <List.Item key={g.id}>
                <Text span fw={600}>
                  {ICS_AREA_LABELS[g.icsArea]}:
                </Text>{' '}
                {g.text}
                {g.achievedOn ? ` (nået ${formatDate(g.achievedOn)})` : ''}
                <Text size="sm">
                  Indsatser:{' '}
                  {g.measureIds.map((id) => props.measureNames.get(id) ?? 'indsats').join(', ') ||
                    'ingen endnu'}
                </Text>
              </List.Item>
            ))}
        </List>
      </Stack>
    </Card>
  );
}
