import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Facts } from '../ui/facts.tsx';
import { formatAge, formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { CaseAssign } from './case-assign.tsx';
import { CaseDetailsForm } from './case-details-form.tsx';
import { CLOSE_REASON_LABELS, TEAM_LABELS } from './case-labels.ts';
import type { CaseView } from './casework-api.ts';

/** Who the case is about and who holds it; how the caller came to see it; the family view. */
export function CaseHeader({ view }: { view: CaseView }) {
  const { child, access } = view;
  return (
    <>
      {access.emergency && (
        <Alert color="orange" variant="outline" title="Nødadgang — logget" role="status">
          <Text c="black">
            Du ser sagen via nødadgang. Hver visning er logget med din begrundelse og kan ses af din leder.
          </Text>
        </Alert>
      )}
      {access.teamRead && !access.emergency && (
        <Alert color="blue" variant="outline" title="Læseadgang som en del af distriktets team" role="status">
          <Text c="black">
            Sagen er ikke din: du kan læse den, fordi den hører til dit distrikt. Læsningen er logget.
          </Text>
        </Alert>
      )}
      {view.closedAt && (
        <Alert color="gray" variant="outline" title="Sagen er lukket" role="status">
          <Text c="black">
            Lukket {formatDate(view.closedAt)}
            {view.closeReason ? `: ${CLOSE_REASON_LABELS[view.closeReason]}` : ''}
            {view.closedNote ? ` — ${view.closedNote}` : ''}
          </Text>
        </Alert>
      )}
      <Section id="case-facts" title="Sagen">
        <Facts
          items={[
            [
              'Barn',
              <Anchor key="child" component={Link} to={`/boern/${child.id}`}>
                {child.name}
              </Anchor>,
            ],
            ['Alder', formatAge(child.age)],
            ['CPR-nummer', child.cpr],
            ['Distrikt', view.district.name],
            ['Rådgiver', view.caseworker?.name ?? 'Ingen rådgiver tildelt'],
            ['Kontaktperson for familien', view.contactPerson?.name ?? 'Ingen kontaktperson'],
            ...(view.fosterCareConsultant
              ? [['Familieplejekonsulent', view.fosterCareConsultant.name] as [string, string]]
              : []),
            ['Ansvarligt team', view.responsibleTeam ? TEAM_LABELS[view.responsibleTeam] : ''],
            [
              'Trin på indsatstrappen',
              <span key="step" data-testid="current-step">
                Trin {view.currentStep.position}: {view.currentStep.name}
              </span>,
            ],
            ['Kommunen blev opmærksom', formatDate(view.awareOn)],
            ['Sagen åbnet', formatDate(view.openedAt)],
            ['Kontakt i voksen- eller beskæftigelsesområdet', view.parentServicesContact ?? ''],
          ]}
        />
        {view.access.write && view.closedAt === null && <CaseDetailsForm view={view} />}
        {view.access.assign && view.closedAt === null && <CaseAssign view={view} />}
      </Section>
      <Section id="case-family" title="Familien">
        {view.siblings.length === 0 ? (
          <Text>Ingen søskende i husstanden.</Text>
        ) : (
          <List spacing="xs" aria-label="Søskende i husstanden">
            {view.siblings.map((s) => (
              <List.Item key={s.childId}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/boern/${s.childId}`}>
                    {s.name}
                  </Anchor>
                  <Text span>({formatAge(s.age)})</Text>
                  {s.caseId ? (
                    <Anchor component={Link} to={`/sag/${s.caseId}`}>
                      Åbn {s.name}s sag
                    </Anchor>
                  ) : (
                    <Text span>Ingen åben sag</Text>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </>
  );
}
