import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { MyProposals } from '../forums/my-proposals.tsx';
import { can, useUser } from '../session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { DeadlineTable } from '../ui/deadline-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loaded } from '../ui/states.tsx';
import { MyApprovals } from './my-approvals.tsx';
import { DueBadge } from './my-cases-due.tsx';
import { byUrgency, caseloadText, overdueText, quietCases, quietFor } from './my-cases-values.ts';
import {
  CASEWORK_SETTINGS_KEY,
  type Caseload,
  fetchMyCaseload,
  fetchMyCases,
  fetchSettings,
  MY_CASELOAD_KEY,
  MY_CASES_KEY,
  type MyCase,
} from './overview-api.ts';

const TITLE = 'Mit overblik';

/**
 * `/overblik`: the caseworker's work page (issue 6, point 8) — own cases with the next deadline,
 * overdue first; quiet cases beside the deadlines; own caseload against the target.
 */
export function MyCasesPage() {
  const cases = useQuery({ queryKey: MY_CASES_KEY, queryFn: ({ signal }) => fetchMyCases(signal) });
  const caseload = useQuery({ queryKey: MY_CASELOAD_KEY, queryFn: ({ signal }) => fetchMyCaseload(signal) });
  const settings = useQuery({
    queryKey: CASEWORK_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchSettings(signal),
  });
  const on = todayInCopenhagen();
  const user = useUser();
  return (
    <Page title={TITLE}>
      {caseload.data && <CaseloadLine caseload={caseload.data} />}
      {caseload.isError && <ErrorState error={caseload.error} title="Din sagsstamme kunne ikke hentes" />}
      <Loaded query={cases} loading="Henter dine sager …" failed="Dine sager kunne ikke hentes">
        {(data) => (
          <Stack gap="xl">
            <Deadlines cases={data} on={on} />
            <QuietCases cases={data} on={on} quietWeeks={settings.data?.quietWeeks} />
            {can(user, 'cases:write') && <MyProposals />}
          </Stack>
        )}
      </Loaded>
      {/* The gate's section (issue #12 item 7): the caller's measures waiting for a leader. */}
      <MyApprovals />
    </Page>
  );
}

export function CaseloadLine({ caseload }: { caseload: Caseload }) {
  const over = caseload.state === 'over';
  return (
    <Group gap="sm" data-testid="my-caseload">
      <Text fw={600}>Din sagsstamme:</Text>
      <Badge
        size="lg"
        tt="none"
        variant={over ? 'filled' : 'outline'}
        color={over ? 'red.9' : 'gray.7'}
        c={over ? 'white' : 'black'}
      >
        {caseloadText(caseload)}
      </Badge>
    </Group>
  );
}

function Deadlines({ cases, on }: { cases: MyCase[]; on: string }) {
  const sorted = [...cases].sort(byUrgency);
  const overdue = cases.filter((c) => c.overdue).length;
  return (
    <section aria-labelledby="my-deadlines">
      <Title order={2} id="my-deadlines" mb="xs">
        Mine sager og frister ({cases.length})
      </Title>
      {cases.length === 0 ? (
        <Text>Du har ingen åbne sager.</Text>
      ) : (
        <Stack gap="sm">
          <Text role="status">
            {overdue === 0
              ? 'Ingen af dine sager har en overskredet frist.'
              : `${overdue === 1 ? '1 sag har' : `${overdue} sager har`} en overskredet frist. De står øverst.`}
          </Text>
          <DeadlineTable
            minWidth={760}
            rows={sorted}
            rowKey={(c) => c.caseId}
            rowData={(c) => ({ 'data-case-id': c.caseId, 'data-overdue': c.overdue })}
            columns={[
              {
                header: 'Barn',
                rowHeader: true,
                cell: (c) => (
                  <>
                    <Anchor component={Link} to={`/sag/${c.caseId}`}>
                      {c.child.name}
                    </Anchor>
                    <Text size="sm" c="gray.8">
                      {c.child.age} år · {c.district.name} · trin {c.currentStep}
                    </Text>
                  </>
                ),
              },
              { header: 'Næste frist', cell: (c) => c.nextDeadline?.label ?? 'Ingen frist lige nu' },
              { header: 'Dato', cell: (c) => (c.nextDeadline ? formatDate(c.nextDeadline.dueOn) : '—') },
              {
                header: 'Tid tilbage',
                cell: (c) => c.nextDeadline && <DueBadge dueOn={c.nextDeadline.dueOn} on={on} />,
              },
              { header: 'Bemærk', cell: (c) => <Notes c={c} on={on} /> },
            ]}
          />
        </Stack>
      )}
    </section>
  );
}

function Notes({ c, on }: { c: MyCase; on: string }) {
  const notes: string[] = [];
  if (c.overdueCount > 1) notes.push(overdueText(c.overdueCount));
  if (c.quietSince) notes.push(`Stille ${quietFor(c.quietSince, on)}`);
  if (c.noProgressMeasures > 0) {
    notes.push(
      c.noProgressMeasures === 1
        ? '1 indsats uden fremgang: stop eller ændr'
        : `${c.noProgressMeasures} indsatser uden fremgang: stop eller ændr`,
    );
  }
  if (notes.length === 0) return null;
  return (
    <Stack gap={2}>
      {notes.map((n) => (
        <Text key={n} size="sm">
          {n}
        </Text>
      ))}
    </Stack>
  );
}

function QuietCases({ cases, on, quietWeeks }: { cases: MyCase[]; on: string; quietWeeks?: number }) {
  const quiet = quietCases(cases);
  const limit = quietWeeks ? `${quietWeeks} uger` : 'længe';
  return (
    <section aria-labelledby="my-quiet">
      <Title order={2} id="my-quiet" mb="xs">
        Stille sager ({quiet.length})
      </Title>
      <Text mb="sm">
        Sager uden kontakt med familien i mere end {limit}: samtale, hjemmebesøg, møde eller telefon.
      </Text>
      {quiet.length === 0 ? (
        <Text>Ingen af dine sager er stille.</Text>
      ) : (
        <DataTable maw={760} columns={['Barn', 'Sidste kontakt eller åbning', 'Stille']}>
          {quiet.map((c) => (
            <Table.Tr key={c.caseId} data-case-id={c.caseId}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/sag/${c.caseId}`}>
                  {c.child.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{formatDate(c.quietSince)}</Table.Td>
              <Table.Td>{c.quietSince && quietFor(c.quietSince, on)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
