import { Anchor, Badge, Button, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS, type Role } from '../../core/access/roles.ts';
import { useUser } from '../session.ts';
import type { Ref } from '../types.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading, NoAccess } from '../ui/states.tsx';
import { DueBadge } from './my-cases-due.tsx';
import { caseloadText, today } from './my-cases-values.ts';
import {
  canCasework,
  fetchSupervisionCases,
  SUPERVISION_CASES_KEY,
  type SupervisionCases,
} from './overview-api.ts';
import { ReassignDialog } from './supervision-reassign.tsx';
import { byDistrict, type OverdueCounts, overdueTotal } from './supervision-values.ts';

/** Deadlines move by the day and caseloads by the hour: a minute is live enough for a leader. */
const REFRESH_MS = 60_000;
const TITLE = 'Tilsyn med sager';

/**
 * `/tilsyn/sager`: the leader's supervision of case work (issue 6, point 9) — per caseworker and
 * district the overdue assessments, plans, follow-ups and visits, caseloads against the target,
 * quiet cases, unassigned cases, every overdue deadline, and (re)assignment with a reason.
 */
export function SupervisionCasesPage() {
  const user = useUser();
  if (!canCasework(user, 'supervision')) {
    return (
      <Page title={TITLE}>
        <NoAccess message="Tilsynet med sagerne er for ledere." />
      </Page>
    );
  }
  return <SupervisionView />;
}

interface Reassigning {
  caseId: string;
  childName: string;
}

function SupervisionView() {
  const data = useQuery({
    queryKey: SUPERVISION_CASES_KEY,
    queryFn: ({ signal }) => fetchSupervisionCases(signal),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const [reassigning, setReassigning] = useState<Reassigning>();
  const caseworkers: Ref[] = (data.data?.caseworkers ?? [])
    .map((c) => c.user)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <Page title={TITLE}>
      <Text>
        Frister, sagsstammer og stille sager i dine distrikter. Siden opdateres af sig selv hvert minut.
      </Text>
      {data.isPending && <Loading label="Henter tilsynet …" />}
      {data.isError && <ErrorState error={data.error} title="Tilsynet kunne ikke hentes" />}
      {data.data && (
        <Stack gap="xl">
          <Text size="sm" aria-live="polite" data-testid="supervision-cases-updated">
            Opdateret {formatDateTime(new Date(data.dataUpdatedAt))}
          </Text>
          <Caseworkers data={data.data} />
          <Districts data={data.data} />
          <Caseloads data={data.data} />
          <Unassigned data={data.data} onAssign={setReassigning} />
          <OverdueItems data={data.data} onAssign={setReassigning} />
        </Stack>
      )}
      {reassigning && (
        <ReassignDialog
          caseId={reassigning.caseId}
          childName={reassigning.childName}
          caseworkers={caseworkers}
          onClose={() => setReassigning(undefined)}
        />
      )}
    </Page>
  );
}

function Count({ n }: { n: number }) {
  return n > 0 ? (
    <Text component="span" fw={700} c="red.9" data-state="overdue">
      {n} overskredet
    </Text>
  ) : (
    <Text component="span">0</Text>
  );
}

const OVERDUE_COLUMNS: { key: keyof OverdueCounts; label: string }[] = [
  { key: 'assessments', label: 'Undersøgelser' },
  { key: 'plans', label: 'Planer' },
  { key: 'followUps', label: 'Opfølgninger' },
  { key: 'visits', label: 'Tilsynsbesøg' },
];

function Caseworkers({ data }: { data: SupervisionCases }) {
  const rows = [...data.caseworkers].sort(
    (a, b) =>
      overdueTotal(b.overdue) - overdueTotal(a.overdue) || a.user.name.localeCompare(b.user.name, 'da'),
  );
  return (
    <section aria-labelledby="sup-caseworkers">
      <Title order={2} id="sup-caseworkers" mb="xs">
        Pr. sagsbehandler
      </Title>
      <Text mb="sm">Overskredne frister i sagsbehandlerens åbne sager. Flest overskredne øverst.</Text>
      {rows.length === 0 ? (
        <Text>Der er ingen sagsbehandlere i dine distrikter.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Sagsbehandler</Table.Th>
                <Table.Th scope="col">Distrikt</Table.Th>
                {OVERDUE_COLUMNS.map((c) => (
                  <Table.Th scope="col" key={c.key}>
                    {c.label}
                  </Table.Th>
                ))}
                <Table.Th scope="col">Stille sager</Table.Th>
                <Table.Th scope="col">Sagsstamme</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.user.id} data-user-id={c.user.id}>
                  <Table.Th scope="row">
                    {c.user.name}
                    <Text size="xs" c="dimmed" fw={400}>
                      {ROLE_LABELS[c.role as Role] ?? c.role}
                    </Text>
                  </Table.Th>
                  <Table.Td>{c.districts.map((d) => d.name).join(', ') || '—'}</Table.Td>
                  {OVERDUE_COLUMNS.map((col) => (
                    <Table.Td key={col.key}>
                      <Count n={c.overdue[col.key]} />
                    </Table.Td>
                  ))}
                  <Table.Td>{c.quietCases}</Table.Td>
                  <Table.Td>{personCaseloadText(c)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function Districts({ data }: { data: SupervisionCases }) {
  const rows = byDistrict(data);
  if (rows.length < 2) return null;
  return (
    <section aria-labelledby="sup-districts">
      <Title order={2} id="sup-districts" mb="xs">
        Pr. distrikt
      </Title>
      <Text mb="sm">En sagsbehandler i flere distrikter tæller med i hvert af dem.</Text>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Distrikt</Table.Th>
              {OVERDUE_COLUMNS.map((c) => (
                <Table.Th scope="col" key={c.key}>
                  {c.label}
                </Table.Th>
              ))}
              <Table.Th scope="col">Stille sager</Table.Th>
              <Table.Th scope="col">Ufordelte sager</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.district.id}>
                <Table.Th scope="row">{d.district.name}</Table.Th>
                {OVERDUE_COLUMNS.map((col) => (
                  <Table.Td key={col.key}>
                    <Count n={d.overdue[col.key]} />
                  </Table.Td>
                ))}
                <Table.Td>{d.quietCases}</Table.Td>
                <Table.Td>{d.unassigned}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/**
 * The local caseload target (domain.md `caseload-20`) is for caseworkers; a foster-care consultant
 * or a preventive worker follows other cases and is shown with a count only.
 */
function underTarget(person: { role: string }): boolean {
  return person.role === 'caseworker';
}

function personCaseloadText(person: SupervisionCases['caseworkers'][number]): string {
  if (underTarget(person)) return caseloadText(person.caseload);
  const n = person.caseload.openCases;
  return `${n === 1 ? '1 sag' : `${n} sager`} (målet gælder rådgivere)`;
}

/** Caseloads as bars against the target, each with its number and state in words beside it. */
function Caseloads({ data }: { data: SupervisionCases }) {
  const rows = data.caseworkers
    .filter(underTarget)
    .sort((a, b) => b.caseload.openCases - a.caseload.openCases);
  const scale = Math.max(data.caseloadTarget * 1.5, ...rows.map((r) => r.caseload.openCases), 1);
  return (
    <section aria-labelledby="sup-caseloads">
      <Title order={2} id="sup-caseloads" mb="xs">
        Sagsstammer
      </Title>
      <Text mb="sm">
        Åbne sager pr. rådgiver mod målet på {data.caseloadTarget} sager. Stregen i hver bjælke markerer
        målet.
      </Text>
      {rows.length === 0 ? (
        <Text>Ingen sagsbehandlere.</Text>
      ) : (
        <Table withTableBorder maw={900} data-testid="caseloads">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Sagsbehandler</Table.Th>
              <Table.Th scope="col" w="45%">
                <VisuallyHidden>Bjælke</VisuallyHidden>
              </Table.Th>
              <Table.Th scope="col">Sager mod målet</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => {
              const over = c.caseload.state === 'over';
              return (
                <Table.Tr key={c.user.id}>
                  <Table.Th scope="row">{c.user.name}</Table.Th>
                  <Table.Td>
                    <div style={{ position: 'relative' }} aria-hidden="true">
                      <Progress
                        value={(c.caseload.openCases / scale) * 100}
                        color={over ? 'orange.9' : 'blue.8'}
                        size="lg"
                      />
                      <div
                        style={{
                          position: 'absolute',
                          top: -3,
                          bottom: -3,
                          left: `${(c.caseload.target / scale) * 100}%`,
                          borderLeft: '2px solid var(--mantine-color-black)',
                        }}
                      />
                    </div>
                  </Table.Td>
                  <Table.Td fw={over ? 700 : undefined}>{caseloadText(c.caseload)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

function Unassigned({
  data,
  onAssign,
}: {
  data: SupervisionCases;
  onAssign: (r: { caseId: string; childName: string }) => void;
}) {
  return (
    <section aria-labelledby="sup-unassigned">
      <Title order={2} id="sup-unassigned" mb="xs">
        Ufordelte sager ({data.unassigned.length})
      </Title>
      {data.unassigned.length === 0 ? (
        <Text>Alle åbne sager har en sagsbehandler.</Text>
      ) : (
        <Table withTableBorder striped maw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Barn</Table.Th>
              <Table.Th scope="col">Distrikt</Table.Th>
              <Table.Th scope="col">Åbnet</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Handling</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.unassigned.map((u) => (
              <Table.Tr key={u.caseId} data-case-id={u.caseId}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/sag/${u.caseId}`}>
                    {u.child.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{u.district.name}</Table.Td>
                <Table.Td>{formatDate(u.openedAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    onClick={() => onAssign({ caseId: u.caseId, childName: u.child.name })}
                  >
                    Fordel<VisuallyHidden> sagen om {u.child.name}</VisuallyHidden>
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

function OverdueItems({
  data,
  onAssign,
}: {
  data: SupervisionCases;
  onAssign: (r: { caseId: string; childName: string }) => void;
}) {
  const on = today();
  const items = [...data.overdueItems].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return (
    <section aria-labelledby="sup-overdue">
      <Title order={2} id="sup-overdue" mb="xs">
        Overskredne frister ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text role="status">Ingen frister er overskredet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Barn</Table.Th>
                <Table.Th scope="col">Frist</Table.Th>
                <Table.Th scope="col">Dato</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Sagsbehandler</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Handling</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.caseId}-${item.rule}-${item.dueOn}`} data-case-id={item.caseId}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/sag/${item.caseId}`}>
                      {item.child.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{item.label}</Table.Td>
                  <Table.Td>{formatDate(item.dueOn)}</Table.Td>
                  <Table.Td>
                    <DueBadge dueOn={item.dueOn} on={on} overdue />
                  </Table.Td>
                  <Table.Td>
                    {item.caseworker?.name ?? (
                      <Badge variant="outline" color="gray.7" c="black" tt="none">
                        Ikke fordelt
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onAssign({ caseId: item.caseId, childName: item.child.name })}
                    >
                      Fordel om<VisuallyHidden> sagen om {item.child.name}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
