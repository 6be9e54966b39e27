import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Facts } from '../ui/facts.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import classes from '../ui/minutes.module.css';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { type Agenda, agendaKey, fetchAgenda } from './agenda-api.ts';
import { DecisionText } from './meeting-page.tsx';

/**
 * `/moedefora/moede/:id/referat`: a forum meeting's minutes, printable on A4 (as the district
 * meeting's): attendance, every agenda item with why it was there, the decision and its reasons.
 * A closed meeting's agenda is the one stored on closing, so the minutes stay the same.
 */
export function ForumMinutesPage() {
  const { id = '' } = useParams();
  const agenda = useQuery({ queryKey: agendaKey(id), queryFn: ({ signal }) => fetchAgenda(id, signal) });
  if (agenda.isPending) return <Loading label="Henter referatet …" />;
  if (agenda.isError) {
    return (
      <Page title="Referat">
        <ErrorState error={agenda.error} title="Referatet kunne ikke hentes" />
      </Page>
    );
  }
  const a = agenda.data;
  return (
    <Page
      title={`Referat: ${a.forum.name} ${formatDate(a.meeting.heldOn)}`}
      actions={
        <Group className={classes.noPrint}>
          <Button onClick={() => window.print()}>Udskriv</Button>
        </Group>
      }
    >
      <Anchor component={Link} to={`/moedefora/moede/${a.meeting.id}`} className={classes.noPrint}>
        Tilbage til dagsordenen
      </Anchor>
      <MinutesBody agenda={a} />
    </Page>
  );
}

function MinutesBody({ agenda: a }: { agenda: Agenda }) {
  return (
    <>
      <Facts
        items={[
          ['Forum', `${a.forum.name} (${a.forum.kindLabel})`],
          ['Dato', formatDate(a.meeting.heldOn)],
          [
            'Status',
            a.meeting.closedAt
              ? `Afsluttet ${formatDateTime(a.meeting.closedAt)}`
              : 'Mødet er ikke afsluttet: referatet er ikke endeligt',
          ],
        ]}
      />
      <section aria-labelledby="forum-minutes-participants">
        <Title order={2} id="forum-minutes-participants" mb="xs">
          Deltagere
        </Title>
        {a.meeting.participants.length === 0 ? (
          <Text>Ingen deltagere registreret.</Text>
        ) : (
          <List>
            {a.meeting.participants.map((p) => (
              <List.Item key={`${p.userId ?? ''}|${p.name}|${p.role}`}>
                {p.name} ({p.role})
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="forum-minutes-items">
        <Title order={2} id="forum-minutes-items" mb="xs">
          Punkter ({a.items.length})
        </Title>
        <Stack gap="md">
          {a.items.map((i) => (
            <Card
              key={i.itemRef}
              withBorder
              component="article"
              className={classes.decision}
              aria-labelledby={`minutes-${i.position}`}
            >
              <Title order={3} id={`minutes-${i.position}`} mb="xs">
                {i.position}. {i.ruleLabel}
                {i.summary
                  ? `: ${i.summary.child.name}`
                  : i.pseudonymised
                    ? `: ${i.pseudonymised.pseudonym}`
                    : ''}
              </Title>
              <Text mb="xs">{i.reason}</Text>
              {i.decision ? (
                <>
                  <DecisionText d={i.decision} />
                  {i.decision.participants.length > 0 && (
                    <Text size="sm">
                      Deltog: {i.decision.participants.map((p) => `${p.name} (${p.role})`).join(', ')}
                    </Text>
                  )}
                </>
              ) : (
                <Text>Ikke afgjort på mødet.</Text>
              )}
            </Card>
          ))}
        </Stack>
      </section>
    </>
  );
}
