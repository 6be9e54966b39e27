import { Alert, Anchor, List, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { ChildDetectionSection } from '../detection/child-detection-section.tsx';
import { can, useUser } from '../session.ts';
import type { ChildDetail } from '../types.ts';
import { Cpr } from '../ui/cpr.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Facts } from '../ui/facts.tsx';
import { formatAge, formatDate, yesNo } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading, NoAccess } from '../ui/states.tsx';
import { fetchChild, fullName } from './children-api.ts';
import { EmergencyAccessForm } from './emergency-access-form.tsx';

const UNIT_KINDS: Record<string, string> = {
  school: 'Skole',
  daycare: 'Dagtilbud',
  club: 'Klub',
  nursery: 'Vuggestue',
  kindergarten: 'Børnehave',
};

export function ChildPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const client = useQueryClient();
  const child = useQuery({
    queryKey: ['children', 'detail', id],
    queryFn: ({ signal }) => fetchChild(id, signal),
    // Every read is audited; do not read again behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
  });

  // One Page element for every state, so its h1 (and the focus on it) survives loading → content.
  const { title, body } = content();
  return (
    // The name stays out of the document title, which ends up in browser history.
    <Page
      title={title}
      documentTitle="Barn"
      focusKey={child.data?.access.emergency ? 'emergency' : undefined}
    >
      {body}
    </Page>
  );

  function content(): { title: string; body: ReactNode } {
    if (child.isPending) return { title: 'Barn', body: <Loading label="Henter barnets oplysninger …" /> };
    if (child.isError) {
      const error = child.error;
      // A malformed id (400) is, to the user, a child that does not exist.
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        return {
          title: 'Barnet findes ikke',
          body: (
            <>
              <Text>Barnet findes ikke. Måske er oplysningerne slettet, eller adressen er forkert.</Text>
              <BackToSearch />
            </>
          ),
        };
      }
      if (error instanceof ApiError && error.status === 403) {
        return {
          title: 'Ingen adgang til barnet',
          body: (
            <>
              {can(user, 'emergency_access:request') ? (
                <EmergencyAccessForm
                  childId={id}
                  onGranted={() => client.invalidateQueries({ queryKey: ['children', 'detail', id] })}
                />
              ) : (
                <NoAccess message="Du har ikke adgang til dette barn." />
              )}
              <BackToSearch />
            </>
          ),
        };
      }
      return {
        title: 'Barn',
        body: <ErrorState error={error} title="Barnets oplysninger kunne ikke hentes" />,
      };
    }
    return { title: fullName(child.data), body: <ChildDetails child={child.data} /> };
  }
}

function BackToSearch() {
  return (
    <Anchor component={Link} to="/boern">
      Tilbage til søgningen
    </Anchor>
  );
}

function ChildDetails({ child }: { child: ChildDetail }) {
  return (
    <>
      {child.access.emergency && (
        <Alert color="orange" variant="outline" title="Nødadgang — logget" role="status">
          Du ser dette barn via nødadgang. Hver visning er logget med din begrundelse og kan ses af din leder.
        </Alert>
      )}
      <Section id="child-facts" title="Stamdata">
        <Facts
          items={[
            ['Navn', fullName(child)],
            ['CPR-nummer', <Cpr key="cpr" cpr={child.cpr} masked={child.cprMasked} />],
            ['Fødselsdato', formatDate(child.birthDate)],
            ['Alder', formatAge(child.age)],
            ['Distrikt', child.district.name],
            ...(child.openCaseId
              ? [
                  [
                    'Sag',
                    <Anchor key="case" component={Link} to={`/sag/${child.openCaseId}`}>
                      Åbn sagen
                    </Anchor>,
                  ] as [string, ReactNode],
                ]
              : []),
          ]}
        />
      </Section>
      <Section id="child-household" title="Husstand">
        {child.household ? (
          <Facts
            items={[
              ['Adresse', child.household.address],
              ['Distrikt', child.household.district.name],
            ]}
          />
        ) : (
          <Text>Ingen husstand registreret.</Text>
        )}
      </Section>
      <Section id="child-persons" title="Personer omkring barnet">
        {child.persons.length === 0 ? (
          <Text>Ingen personer registreret.</Text>
        ) : (
          <DataTable
            minWidth={640}
            columns={['Navn', 'Relation', 'Forældremyndighed', 'Telefon', 'Bor hos barnet']}
          >
            {child.persons.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Th scope="row" fw={600}>
                  {fullName(person)}
                </Table.Th>
                <Table.Td>{person.relationLabel}</Table.Td>
                <Table.Td>{yesNo(person.hasCustody)}</Table.Td>
                <Table.Td>
                  {person.phone ? (
                    <Anchor inherit href={`tel:${person.phone.replace(/\s/g, '')}`}>
                      {person.phone}
                    </Anchor>
                  ) : (
                    'Ikke oplyst'
                  )}
                </Table.Td>
                <Table.Td>{yesNo(person.livesWithChild)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Section>
      <Section id="child-siblings" title="Søskende">
        {child.siblings.length === 0 ? (
          <Text>Ingen søskende registreret.</Text>
        ) : (
          <List spacing="xs">
            {child.siblings.map((sibling) => (
              <List.Item key={sibling.id}>
                <Anchor component={Link} to={`/boern/${sibling.id}`}>
                  {fullName(sibling)}
                </Anchor>
                , født {formatDate(sibling.birthDate)}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="child-groups" title="Klasser og grupper">
        {child.groups.length === 0 ? (
          <Text>Barnet er ikke tilknyttet en klasse eller gruppe.</Text>
        ) : (
          <List spacing="xs">
            {child.groups.map((group) => (
              <List.Item key={group.id}>
                <Text span fw={600}>
                  {group.name}
                </Text>{' '}
                – {group.unit.name} ({UNIT_KINDS[group.unit.kind] ?? group.unit.kind})
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <ChildDetectionSection childId={child.id} />
    </>
  );
}
