import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Role } from '../../core/access/roles.ts';
import { MyCasesStart } from '../casework/my-cases-start.tsx';
import { canCasework } from '../casework/overview-api.ts';
import { canDetect } from '../detection/permissions.ts';
import { useUser } from '../session.ts';
import { navFor } from '../ui/nav.ts';
import { Page } from '../ui/page.tsx';
import { PreventiveStart } from './preventive-start.tsx';
import { ProfessionalStart } from './professional-start.tsx';

interface RoleStart {
  /** What this role's start page will become. */
  heading: string;
  text: string;
}

/**
 * Each role starts where its work is (product.md). A professional now starts on their classes and
 * a preventive worker on the district's signals (detection); for the other roles, until their
 * areas exist, the start page says what will be here, so users recognise the plan.
 */
const ROLE_START: Record<Role, RoleStart> = {
  professional: {
    heading: 'Dine klasser og grupper',
    text: 'Her kommer dine klasser og grupper, så du hurtigt kan vurdere trivslen og registrere en bekymring eller en underretning. Du kan allerede nu finde børnene i dine grupper under Børn.',
  },
  front: {
    heading: 'Modtagelsen',
    text: 'Her kommer køen af nye underretninger med den tid, der er tilbage til screeningsfristen på 24 timer. Akutte underretninger vises øverst.',
  },
  preventive_worker: {
    heading: 'Distriktets signaler',
    text: 'Her kommer bekymringer og signaler fra skoler og dagtilbud i dit distrikt, klar til det forebyggende arbejde og distriktsmødet.',
  },
  caseworker: {
    heading: 'Mit overblik',
    text: 'Her kommer dine sager med den næste frist først: overskredne frister øverst og sager, der ikke er rørt i længe.',
  },
  foster_care_consultant: {
    heading: 'Matchning og netværk',
    text: 'Her kommer de sager, hvor du skal kortlægge netværket og finde den rette anbringelse.',
  },
  leader: {
    heading: 'Ledelsestilsyn',
    text: 'Her kommer overblikket over frister, der er overskredet, sagsstammer og sager, der skal fordeles.',
  },
  analyst: {
    heading: 'Nøgletal',
    text: 'Her kommer kommunens nøgletal som grafer. Du ser aldrig personoplysninger, og små tal skjules.',
  },
  admin: {
    heading: 'Administration',
    text: 'Her kommer brugere, distrikter, indsatstrappen, tilbudsviften og regler. Du ser ingen personoplysninger.',
  },
};

export function StartPage() {
  const user = useUser();
  const start = ROLE_START[user.role] ?? { heading: 'Velkommen', text: '' };
  const links = navFor(user).filter((item) => item.path !== '/');
  const firstName = user.displayName.split(' ')[0] ?? user.displayName;
  // Where a role's work now exists, the start page shows the work itself instead of the plan.
  const rates = canDetect(user, 'wellbeing:rate');
  const readsQueue = canDetect(user, 'signals:read');
  // Those who work cases see their own cases first ("Mit overblik").
  const ownCases = canCasework(user, 'ownOverview');
  // The plan text stays for roles whose own area is still to come (a leader sees the signals too).
  const planned = !['professional', 'preventive_worker'].includes(user.role) && !ownCases;

  return (
    <Page title={`Velkommen, ${firstName}`} documentTitle="Forside">
      <Text>
        Du er logget ind med rollen {user.roleLabel} i {user.municipality.name}
        {user.districts.length > 0 && <> ({user.districts.map((d) => d.name).join(', ')})</>}.
      </Text>
      {ownCases && <MyCasesStart />}
      {rates && <ProfessionalStart />}
      {planned && (
        <Card withBorder padding="lg" component="section" aria-labelledby="start-heading">
          <Stack gap="sm">
            <Title order={2} id="start-heading" size="h3">
              {start.heading}
            </Title>
            <Text>{start.text}</Text>
          </Stack>
        </Card>
      )}
      {readsQueue && <PreventiveStart />}
      <Card withBorder padding="lg" component="section" aria-labelledby="can-heading">
        <Stack gap="sm">
          <Title order={2} id="can-heading" size="h3">
            Det kan du nu
          </Title>
          {links.length === 0 ? (
            <Text>Der er endnu ingen sider til din rolle. De kommer, efterhånden som Trappen bygges.</Text>
          ) : (
            <List spacing="xs">
              {links.map((item) => (
                <List.Item key={item.path}>
                  <Anchor component={Link} to={item.path}>
                    {item.label}
                  </Anchor>
                  {item.path === '/boern' &&
                    ' – søg efter børn, du har adgang til, på navn eller CPR-nummer.'}
                  {item.path === '/revisionslog' && ' – se, hvem der har læst og ændret oplysninger om børn.'}
                  {item.path === '/bekymring/ny' &&
                    ' – registrér en bekymring om et barn, og se, hvad du gør nu.'}
                  {item.path === '/overblik' &&
                    ' – dine sager med den næste frist, overskredne øverst, og sager uden kontakt i lang tid.'}
                  {item.path === '/tilsyn/sager' &&
                    ' – overskredne frister, sagsstammer og stille sager pr. medarbejder; fordel sager.'}
                  {item.path === '/noegletal/sager' &&
                    ' – undersøgelser til tiden (F9), sagsstammer (F11) og retningen på trappen (F12).'}
                  {item.path === '/signaler' &&
                    ' – signaler om børn i distriktet: kvittér, tag kontakt og afslut med et udfald.'}
                  {item.path === '/opsporing/regler' &&
                    ' – grænsen for underretningspligt og reglerne, der rejser signaler.'}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Card>
    </Page>
  );
}
