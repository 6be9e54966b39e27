import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { formatDate } from '../ui/format.ts';
import { Loaded } from '../ui/states.tsx';
import { CaseloadLine } from './my-cases-page.tsx';
import { byUrgency, dueInWords, isPast, quietCases } from './my-cases-values.ts';
import { fetchMyCaseload, fetchMyCases, MY_CASELOAD_KEY, MY_CASES_KEY } from './overview-api.ts';

/**
 * The start page of those who work cases: "Mit overblik" in short — the caseload, the most urgent
 * deadlines (overdue first, said in words) and how many cases are quiet — with the way to the page.
 */
export function MyCasesStart() {
  const cases = useQuery({ queryKey: MY_CASES_KEY, queryFn: ({ signal }) => fetchMyCases(signal) });
  const caseload = useQuery({ queryKey: MY_CASELOAD_KEY, queryFn: ({ signal }) => fetchMyCaseload(signal) });
  const on = todayInCopenhagen();
  const urgent = [...(cases.data ?? [])]
    .filter((c) => c.nextDeadline)
    .sort(byUrgency)
    .slice(0, 5);
  const overdue = (cases.data ?? []).filter((c) => c.overdue).length;
  const quiet = quietCases(cases.data ?? []).length;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="start-my-cases">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="start-my-cases" size="h3">
            Mit overblik
          </Title>
          <Button component={Link} to="/overblik">
            Gå til Mit overblik
          </Button>
        </Group>
        {caseload.data && <CaseloadLine caseload={caseload.data} />}
        <Loaded query={cases} loading="Henter dine sager …" failed="Dine sager kunne ikke hentes">
          {() => (
            <Text>
              {overdue === 0
                ? 'Ingen overskredne frister.'
                : `${overdue} ${overdue === 1 ? 'sag' : 'sager'} med overskreden frist.`}{' '}
              {quiet === 0
                ? 'Ingen stille sager.'
                : `${quiet} ${quiet === 1 ? 'stille sag' : 'stille sager'}.`}
            </Text>
          )}
        </Loaded>
        {urgent.length > 0 && (
          <List spacing="xs" aria-label="De næste frister">
            {urgent.map((c) =>
              c.nextDeadline ? (
                <List.Item key={c.caseId}>
                  <Anchor component={Link} to={`/sag/${c.caseId}`}>
                    {c.child.name}
                  </Anchor>{' '}
                  – {c.nextDeadline.label}, {formatDate(c.nextDeadline.dueOn)} (
                  <Text
                    component="span"
                    fw={isPast(c.nextDeadline.dueOn, on) ? 700 : undefined}
                    c={isPast(c.nextDeadline.dueOn, on) ? 'red.9' : undefined}
                  >
                    {isPast(c.nextDeadline.dueOn, on) ? 'Overskredet: ' : ''}
                    {dueInWords(c.nextDeadline.dueOn, on)}
                  </Text>
                  )
                </List.Item>
              ) : null,
            )}
          </List>
        )}
      </Stack>
    </Card>
  );
}
