import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Role } from '../../core/access/roles.ts';
import { MyCasesStart } from '../casework/my-cases-start.tsx';
import { can, useUser } from '../session.ts';
import { useMenu } from '../ui/nav.ts';
import { Page } from '../ui/page.tsx';
import { PreventiveStart } from './preventive-start.tsx';
import { ProfessionalStart } from './professional-start.tsx';

interface RoleStart {
  /** The role's work in a sentence or two. */
  heading: string;
  text: string;
}

/**
 * Each role starts where its work is (product.md): a professional on their classes, a preventive
 * worker on the district's signals, those who work cases on their own cases ("Mit overblik"). The
 * other roles get a short description of their work above the links to it.
 */
const ROLE_START: Record<Role, RoleStart> = {
  professional: {
    heading: 'Dine klasser og grupper',
    text: 'Dine klasser og grupper, hvor du vurderer trivslen og registrerer en bekymring eller en underretning.',
  },
  front: {
    heading: 'Modtagelsen',
    text: 'Køen af underretninger viser den tid, der er tilbage til screeningsfristen på 24 timer, med de akutte øverst. Du registrerer også underretninger fra borgere, anonyme, politi og sygehuse og forbereder distriktsmødet.',
  },
  preventive_worker: {
    heading: 'Distriktets signaler',
    text: 'Bekymringer og signaler fra skoler og dagtilbud i dit distrikt, klar til det forebyggende arbejde og distriktsmødet.',
  },
  caseworker: {
    heading: 'Mit overblik',
    text: 'Dine sager med den næste frist først: overskredne frister øverst og sager, der ikke er rørt i længe.',
  },
  foster_care_consultant: {
    heading: 'Matchning og netværk',
    text: 'De sager, hvor du kortlægger netværket og finder den rette anbringelse.',
  },
  leader: {
    heading: 'Ledelsestilsyn',
    text: 'Tilsynet med modtagelsen viser screeninger og kvitteringer, der er overskredet eller forfalder inden for et døgn. Tilsynet med sager viser overskredne frister, sagsstammer og stille sager pr. medarbejder og de sager, der skal fordeles.',
  },
  analyst: {
    heading: 'Nøgletal',
    text: 'Kommunens nøgletal som grafer og tabeller: screening og kvittering til tiden (F8), undersøgelser til tiden (F9), sagsstammer (F11) og retningen på trappen (F12). Du ser aldrig personoplysninger, og tal under 5 skjules.',
  },
  admin: {
    heading: 'Administration',
    text: 'Indsatstrappen, tilbudsviften og reglerne for opsporing og sagsbehandling. Du ser ingen personoplysninger.',
  },
  data_protection_officer: {
    heading: 'Tilsyn med databeskyttelse',
    text: 'Revisionsloggen for hele kommunen: hvem har læst og ændret hvad, hvornår og med hvilken begrundelse. Du ser ikke selve sagerne.',
  },
};

export function StartPage() {
  const user = useUser();
  const start = ROLE_START[user.role] ?? { heading: 'Velkommen', text: '' };
  const links = useMenu().filter((item) => item.path !== '/');
  const firstName = user.displayName.split(' ')[0] ?? user.displayName;
  // Where a role's work now exists, the start page shows the work itself instead of the plan.
  const rates = can(user, 'wellbeing:rate');
  const readsQueue = can(user, 'signals:read');
  // Those who work cases see their own cases first ("Mit overblik").
  const ownCases = can(user, 'cases:own_overview');
  // A short description of the role's work for those without a start panel of their own
  // (professionals rate their groups; those who work cases start on them).
  const planned = !rates && !ownCases;

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
                  {item.description && ` – ${item.description}`}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Card>
    </Page>
  );
}
