import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Facts } from '../ui/facts.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import classes from '../ui/minutes.module.css';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { fetchMinutes, type Minutes, minutesKey } from './intake-api.ts';

/** `/distriktsmoede/:id/referat`: the minutes of one district meeting, printable on A4. */
export function MinutesPage() {
  const { id = '' } = useParams();
  const minutes = useQuery({
    queryKey: minutesKey(id),
    queryFn: ({ signal }) => fetchMinutes(id, signal),
  });
  if (minutes.isPending) return <Loading label="Henter referatet …" />;
  if (minutes.isError) {
    return (
      <Page title="Referat af distriktsmøde">
        <ErrorState error={minutes.error} title="Referatet kunne ikke hentes" />
      </Page>
    );
  }
  const { meeting } = minutes.data;
  return (
    <Page
      title={`Referat af distriktsmøde ${formatDate(meeting.heldOn)}`}
      actions={
        <Group className={classes.noPrint}>
          <Button onClick={() => window.print()}>Udskriv</Button>
        </Group>
      }
    >
      <Anchor
        component={Link}
        to={`/distriktsmoede?district=${meeting.district.id}`}
        className={classes.noPrint}
      >
        Tilbage til distriktsmødet
      </Anchor>
      <MinutesBody minutes={minutes.data} />
    </Page>
  );
}

function MinutesBody({ minutes }: { minutes: Minutes }) {
  const { meeting, decisions } = minutes;
  return (
    <>
      <Facts
        items={[
          ['Distrikt', meeting.district.name],
          ['Dato', formatDate(meeting.heldOn)],
          [
            'Status',
            meeting.closedAt
              ? `Afsluttet ${formatDateTime(meeting.closedAt)}`
              : 'Mødet er ikke afsluttet: referatet er ikke endeligt',
          ],
          ['Mødeleder', meeting.chairedBy?.name ?? ''],
        ]}
      />
      <section aria-labelledby="minutes-participants">
        <Title order={2} id="minutes-participants" mb="xs">
          Deltagere
        </Title>
        {meeting.participants.length === 0 ? (
          <Text>Ingen deltagere registreret.</Text>
        ) : (
          <List>
            {meeting.participants.map((p) => (
              <List.Item key={`${p.userId ?? ''}|${p.name}|${p.role}`}>
                {p.name} ({p.role})
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="minutes-decisions">
        <Title order={2} id="minutes-decisions" mb="xs">
          Beslutninger ({decisions.length})
        </Title>
        {decisions.length === 0 ? (
          <Text>Mødet har ikke truffet beslutninger.</Text>
        ) : (
          <Stack gap="md">
            {decisions.map((d) => (
              <Card
                key={d.id}
                withBorder
                component="article"
                aria-labelledby={`minutes-${d.id}`}
                className={classes.decision}
              >
                <Title order={3} id={`minutes-${d.id}`} mb="xs">
                  {d.child.name}
                  {d.child.birthDate ? `, født ${formatDate(d.child.birthDate)}` : ''}
                  {d.child.provisional ? ' (foreløbig identitet)' : ''}
                </Title>
                <Facts
                  items={[
                    ['Underretning', `${d.sourceLabel}, modtaget ${formatDateTime(d.receivedAt)}`],
                    ['Beslutning', d.decisionLabel],
                    [
                      'Begrundelse',
                      <span key="reasons" className={classes.reasons}>
                        {d.reasons}
                      </span>,
                    ],
                    [
                      'Besluttet',
                      `${formatDateTime(d.decidedAt)}${d.decidedBy ? ` af ${d.decidedBy.name}` : ''}`,
                    ],
                    ...(d.caseId
                      ? [
                          [
                            'Sag',
                            <Anchor key="case" component={Link} to={`/sag/${d.caseId}`}>
                              Sagen (oprettet eller videreført)
                            </Anchor>,
                          ] as [string, ReactNode],
                        ]
                      : []),
                  ]}
                />
              </Card>
            ))}
          </Stack>
        )}
      </section>
    </>
  );
}
