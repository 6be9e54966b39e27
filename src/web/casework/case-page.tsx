import { Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api.ts';
import { DOCUMENTS_TAB_PERMISSION, DocumentsTab } from '../documents/documents-tab.tsx';
import { ProposalPanel } from '../forums/proposal-panel.tsx';
import { useCan } from '../session.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { AssessmentTab } from './assessment-tab.tsx';
import { CaseHeader } from './case-header.tsx';
import { LadderTab } from './case-ladder-tab.tsx';
import { type CaseView, caseKey, fetchCase } from './casework-api.ts';
import { ChronologyTab } from './chronology-tab.tsx';
import { DeadlinesOverview } from './deadlines-overview.tsx';
import { FollowUpTab } from './follow-up-tab.tsx';
import { JournalTab } from './journal-tab.tsx';
import { MeasureTab } from './measure-tab.tsx';
import { NetworkTab } from './network-tab.tsx';
import { PlanTab } from './plan-tab.tsx';

/** The tabs, keyed by the `fane` of the address so a reload or a new login returns to the same tab. */
const TABS = [
  ['overblik', 'Overblik'],
  ['undersoegelse', 'Undersøgelse'],
  ['plan', 'Plan'],
  ['indsatser', 'Indsatser'],
  ['opfoelgning', 'Opfølgning'],
  ['trappen', 'Trappen'],
  ['netvaerk', 'Netværk'],
  ['journal', 'Journal'],
  ['kronologi', 'Kronologi'],
  ['moedeforum', 'Mødeforum'],
  ['dokumenter', 'Afgørelser og breve'],
] as const;
type TabKey = (typeof TABS)[number][0];

/** `/sag/:id`: one case, the caseworker's daily tool. */
export function CasePage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => fetchCase(id, signal),
    // Every read is audited: read again only when something was saved.
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

  const { title, body } = content();
  // The child's name stays out of the document title, which ends up in browser history.
  return (
    <Page title={title} documentTitle="Sag" focusKey={query.data?.access.emergency ? 'emergency' : undefined}>
      {body}
    </Page>
  );

  function content(): { title: string; body: ReactNode } {
    if (query.isPending) return { title: 'Sag', body: <Loading label="Henter sagen …" /> };
    if (query.isError) {
      const error = query.error;
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        return {
          title: 'Sagen findes ikke',
          body: <Text>Sagen findes ikke, eller adressen er forkert.</Text>,
        };
      }
      return { title: 'Sag', body: <ErrorState error={error} title="Sagen kunne ikke hentes" /> };
    }
    return { title: `Sag: ${query.data.child.name}`, body: <CaseBody view={query.data} /> };
  }
}

function CaseBody({ view }: { view: CaseView }) {
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const tabs = TABS.filter(([key]) => key !== 'dokumenter' || can(DOCUMENTS_TAB_PERMISSION));
  const tab = (tabs.find(([key]) => key === params.get('fane'))?.[0] ?? 'overblik') as TabKey;
  const open = view.closedAt === null;
  const canWrite = view.access.write && open;
  const props = { view, canWrite };

  return (
    <>
      <CaseHeader view={view} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('fane', value ?? 'overblik');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
        activateTabWithKeyboard
      >
        <Tabs.List aria-label="Sagens dele">
          {tabs.map(([key, label]) => (
            <Tabs.Tab key={key} value={key}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overblik" pt="md">
          <DeadlinesOverview {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="undersoegelse" pt="md">
          <AssessmentTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <PlanTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="indsatser" pt="md">
          <MeasureTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="opfoelgning" pt="md">
          <FollowUpTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="trappen" pt="md">
          <LadderTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="netvaerk" pt="md">
          <NetworkTab caseId={view.id} canWrite={view.access.networkWrite && open} />
        </Tabs.Panel>
        <Tabs.Panel value="journal" pt="md">
          <JournalTab caseId={view.id} canWrite={view.access.networkWrite && open} />
        </Tabs.Panel>
        <Tabs.Panel value="kronologi" pt="md">
          <ChronologyTab caseId={view.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="moedeforum" pt="md">
          <ProposalPanel caseId={view.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="dokumenter" pt="md">
          <DocumentsTab caseId={view.id} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
