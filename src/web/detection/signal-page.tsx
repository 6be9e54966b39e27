import { Anchor, Badge, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { can, useUser } from '../session.ts';
import { Facts } from '../ui/facts.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { fetchSignal, type SignalDetail, signalKey } from './detection-api.ts';
import { FollowToggle } from './follow-toggle.tsx';
import { SIGNAL_STATUS_COLOR } from './queue-page.tsx';
import { AcknowledgeButton, ContactForm, OutcomeForm } from './signal-actions.tsx';

/** `/signaler/:id`: one signal, what lies behind it, every step dated, and the next step. */
export function SignalPage() {
  const { id = '' } = useParams();
  const signal = useQuery({
    queryKey: signalKey(id),
    queryFn: ({ signal: abort }) => fetchSignal(id, abort),
  });

  let title = 'Signal';
  let body: ReactNode;
  if (signal.isPending) body = <Loading label="Henter signalet …" />;
  else if (signal.isError) {
    const error = signal.error;
    body =
      error instanceof ApiError && [400, 403, 404].includes(error.status) ? (
        <>
          <Text>
            {error.status === 403 ? 'Signalet hører ikke til dine distrikter.' : 'Signalet findes ikke.'}
          </Text>
          <BackToQueue />
        </>
      ) : (
        <ErrorState error={error} title="Signalet kunne ikke hentes" />
      );
  } else {
    const s = signal.data;
    title = `Signal om ${s.child.firstName} ${s.child.lastName}`;
    body = <SignalDetails signal={s} />;
  }
  // The child's name stays out of the document title (browser history).
  return (
    <Page title={title} documentTitle="Signal">
      {body}
    </Page>
  );
}

function BackToQueue() {
  return (
    <Anchor component={Link} to="/signaler">
      Tilbage til køen
    </Anchor>
  );
}

function SignalDetails({ signal: s }: { signal: SignalDetail }) {
  const user = useUser();
  const childName = `${s.child.firstName} ${s.child.lastName}`;
  const mayAct = s.allowedActions.length > 0;
  return (
    <>
      <Section id="signal-facts" title="Signalet">
        <Facts
          items={[
            [
              'Barn',
              can(user, 'children:read') ? (
                <Anchor key="child" component={Link} to={`/boern/${s.child.id}`} inherit>
                  {childName}
                </Anchor>
              ) : (
                childName
              ),
            ],
            ['Alder', `${s.child.age} år`],
            ['Distrikt', s.child.district.name],
            ['Hvilken regel fandt det', s.ruleLabel],
            ['Rejst', formatDateTime(s.raisedAt)],
            [
              'Status',
              <Badge
                key="status"
                variant="outline"
                color={SIGNAL_STATUS_COLOR[s.status]}
                c="black"
                tt="none"
                size="lg"
              >
                {s.statusLabel}
              </Badge>,
            ],
          ]}
        />
        <Text>{s.explanation}</Text>
        {s.triggers.length > 1 && (
          <>
            <Text fw={700}>Reglen har fundet barnet flere gange</Text>
            <List spacing={2}>
              {s.triggers.map((t) => (
                <List.Item key={`${t.at}-${t.explanation}`}>
                  {formatDate(t.at)}: {t.explanation}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Section>
      <Section id="signal-steps" title="Skridt">
        <List type="ordered" spacing="xs" data-testid="signal-steps">
          <List.Item>
            <Text span fw={600}>
              {formatDate(s.raisedAt)}
            </Text>{' '}
            – Signalet blev rejst
          </List.Item>
          {s.actions.map((a) => (
            <List.Item key={a.id}>
              <Text span fw={600}>
                {formatDate(a.date)}
              </Text>{' '}
              – {a.kindLabel}
              {a.outcomeLabel && `: ${a.outcomeLabel}`}
              {a.offer && ` (${a.offer.name})`} · {a.by.name}
              {a.note && <Text size="sm">{a.note}</Text>}
            </List.Item>
          ))}
        </List>
        {mayAct && (
          <Stack gap="md">
            {s.allowedActions.includes('acknowledge') && <AcknowledgeButton signal={s} />}
            {s.allowedActions.includes('contact') && <ContactForm key={`c${s.actions.length}`} signal={s} />}
            {s.allowedActions.includes('outcome') && <OutcomeForm key={`o${s.actions.length}`} signal={s} />}
          </Stack>
        )}
        {s.status === 'closed' && <Text>Signalet er afsluttet.</Text>}
      </Section>
      {can(user, 'signals:act') && (
        <Section id="signal-follow" title="Forebyggende arbejde">
          <FollowToggle childId={s.child.id} followed={s.followed} />
        </Section>
      )}
      <Section id="signal-behind" title="Det ligger bag">
        {s.concerns.length === 0 && s.ratings.length === 0 && (
          <Text>Ingen bekymringer eller vurderinger.</Text>
        )}
        {s.concerns.length > 0 && (
          <>
            <Title order={3} size="h4">
              Bekymringer
            </Title>
            <List spacing="xs">
              {s.concerns.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/bekymring/${c.id}`}>
                    Niveau {c.level} – {c.band.label}
                  </Anchor>
                  , {formatDate(c.createdAt)}, {c.author.name}
                  {c.author.title && ` (${c.author.title})`}
                  {c.unit && `, ${c.unit.name}`}
                  {c.author.phone && (
                    <>
                      , tlf.{' '}
                      <Anchor inherit href={`tel:${c.author.phone.replace(/\s/g, '')}`}>
                        {c.author.phone}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {s.ratings.length > 0 && (
          <>
            <Title order={3} size="h4">
              Trivselsvurderinger
            </Title>
            <List spacing="xs">
              {s.ratings.map((r) => (
                <List.Item key={r.id}>
                  {r.label}, {formatDate(r.ratedOn)}, {r.group.name}, {r.ratedBy.name}
                  {r.note && <Text size="sm">Bemærkning: {r.note}</Text>}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Section>
      <BackToQueue />
    </>
  );
}
