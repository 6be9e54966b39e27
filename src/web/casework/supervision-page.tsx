import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Ref } from '../types.ts';
import { Page } from '../ui/page.tsx';
import { Loaded, UpdatedAt } from '../ui/states.tsx';
import { fetchSupervisionCases, SUPERVISION_CASES_KEY } from './overview-api.ts';
import { GateSupervision } from './supervision-gate.tsx';
import { OverdueItems, Unassigned } from './supervision-lists.tsx';
import { ReassignDialog } from './supervision-reassign.tsx';
import { Caseloads, Caseworkers, Districts } from './supervision-workload.tsx';

/** Deadlines move by the day and caseloads by the hour: a minute is live enough for a leader. */
const REFRESH_MS = 60_000;
const TITLE = 'Tilsyn med sager';

interface Reassigning {
  caseId: string;
  childName: string;
}

/**
 * `/tilsyn/sager`: the leader's supervision of case work (issue 6, point 9) — per caseworker and
 * district the overdue assessments, plans, follow-ups and visits, caseloads against the target,
 * quiet cases, unassigned cases, every overdue deadline, and (re)assignment with a reason.
 */
export function SupervisionCasesPage() {
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
      <Loaded query={data} loading="Henter tilsynet …" failed="Tilsynet kunne ikke hentes">
        {(lists) => (
          <Stack gap="xl">
            <UpdatedAt query={data} testId="supervision-cases-updated" />
            <Caseworkers data={lists} />
            <Districts data={lists} />
            <Caseloads data={lists} />
            <Unassigned data={lists} onAssign={setReassigning} />
            <OverdueItems data={lists} onAssign={setReassigning} />
          </Stack>
        )}
      </Loaded>
      <GateSupervision refreshMs={REFRESH_MS} />
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
