import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { DataTable } from '../ui/data-table.tsx';
import { Facts } from '../ui/facts.tsx';
import { formatAmount, formatDate } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { type Agenda, type AgendaItem, agendaKey, type Decision, fetchAgenda } from './agenda-api.ts';
import { DecisionForm } from './decision-form.tsx';
import { STATUS_LABELS } from './forums-api.ts';

/**
 * `/moedefora/moede/:id`: a forum meeting's agenda as the rules built it, each item with its rule
 * and why it is there, its summary on demand (never the full case), the decision taken, and for
 * the chair of a published meeting the decision form. The political review's items are a table
 * without names (the server sends none).
 */
export function ForumMeetingPage() {
  const { id = '' } = useParams();
  const agenda = useQuery({ queryKey: agendaKey(id), queryFn: ({ signal }) => fetchAgenda(id, signal) });
  if (agenda.isPending) return <Loading label="Henter dagsordenen …" />;
  if (agenda.isError) {
    return (
      <Page title="Dagsorden">
        <ErrorState error={agenda.error} title="Dagsordenen kunne ikke hentes" />
      </Page>
    );
  }
  const a = agenda.data;
  const deciding = a.as === 'chair' && a.meeting.status === 'published';
  return (
    <Page title={`Dagsorden: ${a.forum.name} ${formatDate(a.meeting.heldOn)}`}>
      <Group gap="md">
        <Anchor component={Link} to={`/moedefora/${a.forum.id}`}>
          Tilbage til forummet
        </Anchor>
        <Anchor component={Link} to={`/moedefora/moede/${a.meeting.id}/referat`}>
          Referat
        </Anchor>
      </Group>
      <Facts
        items={[
          ['Forum', `${a.forum.name} (${a.forum.kindLabel})`],
          ['Dato', formatDate(a.meeting.heldOn)],
          ['Status', STATUS_LABELS[a.meeting.status]],
          ['Punkter', String(a.items.length)],
        ]}
      />
      {a.items.length === 0 ? (
        <Text>Reglerne sætter ingen punkter på dagsordenen for dette møde.</Text>
      ) : a.view === 'pseudonymised' ? (
        <PseudonymisedTable agenda={a} deciding={deciding} />
      ) : (
        <Stack gap="md">
          {a.items.map((item) => (
            <ItemCard key={item.itemRef} agenda={a} item={item} deciding={deciding} />
          ))}
        </Stack>
      )}
    </Page>
  );
}

export function DecisionText({ d }: { d: Decision }) {
  return (
    <Text>
      <strong>{d.outcomeLabel}</strong>, trin {d.stepPosition}
      {d.offer ? ` (${d.offer.name})` : ''}
      {d.validUntil ? `, gælder til og med ${formatDate(d.validUntil)}` : ''}
      {d.missing ? `. Mangler: ${d.missing}` : ''}. Begrundelse: {d.reasons}
    </Text>
  );
}

function ItemCard({ agenda, item, deciding }: { agenda: Agenda; item: AgendaItem; deciding: boolean }) {
  const s = item.summary;
  const heading = `${item.position}. ${item.ruleLabel}${s ? `: ${s.child.name}, ${s.child.age} år` : ''}`;
  return (
    <Card withBorder component="article" aria-labelledby={`item-${item.position}`}>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id={`item-${item.position}`}>
            {heading}
          </Title>
          {item.decision && (
            <Badge variant="outline" color="dark" tt="none">
              {item.decision.outcomeLabel}
            </Badge>
          )}
        </Group>
        <Text>{item.reason}</Text>
        {s && (
          <details>
            <summary>Sagsresumé</summary>
            <Stack gap="xs" mt="xs">
              <Facts
                items={[
                  ['Distrikt', s.district?.name ?? ''],
                  ['Rådgiver', s.caseworker?.name ?? ''],
                  ['Trin', String(item.stepPosition)],
                ]}
              />
              {s.proposal && (
                <>
                  <Text>
                    Indstillet {formatDate(s.proposal.proposedOn)} af {s.proposal.proposedBy.name}:{' '}
                    {s.proposal.offers.map((o) => o.name).join(', ')} (trin {s.proposal.stepPosition}
                    {s.proposal.withoutConsent ? ', uden samtykke' : ''}). {s.proposal.reason}
                  </Text>
                  {s.proposal.networkContribution && <Text>Netværket: {s.proposal.networkContribution}</Text>}
                  {s.proposal.tried.length > 0 && (
                    <List size="sm">
                      {s.proposal.tried.map((t) => (
                        <List.Item key={t.measureId}>
                          Afprøvet: {t.offerName} (trin {t.stepPosition}) fra {formatDate(t.startOn)}
                          {t.endedOn ? ` til ${formatDate(t.endedOn)}` : ''}; progression{' '}
                          {t.firstScore ?? '–'} → {t.latestScore ?? '–'}
                          {t.noProgressFlag ? ' (ingen progression)' : ''}
                        </List.Item>
                      ))}
                    </List>
                  )}
                  {s.proposal.views.child.map((c) => (
                    <Text key={`c${c.heldOn}`}>
                      Barnet ({formatDate(c.heldOn)}): »{c.text}«
                    </Text>
                  ))}
                  {s.proposal.views.parents.map((p) => (
                    <Text key={`p${p.heldOn}`}>
                      Forældrene ({formatDate(p.heldOn)}): {p.text}
                    </Text>
                  ))}
                </>
              )}
              {s.runningMeasures.length > 0 && (
                <List size="sm">
                  {s.runningMeasures.map((m) => (
                    <List.Item key={`${m.offerName}${m.startOn}`}>
                      I gang: {m.offerName} (trin {m.stepPosition}) siden {formatDate(m.startOn)}; seneste
                      progression {m.latestScore ?? '–'}
                      {m.noProgressFlag ? ' (ingen progression)' : ''}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </details>
        )}
        {item.decision ? (
          <DecisionText d={item.decision} />
        ) : deciding ? (
          <DecisionForm meetingId={agenda.meeting.id} item={item} />
        ) : null}
      </Stack>
    </Card>
  );
}

function PseudonymisedTable({ agenda, deciding }: { agenda: Agenda; deciding: boolean }) {
  return (
    <Stack gap="md">
      <DataTable
        caption="Anbringelser til gennemgang, uden personhenførbare oplysninger"
        columns={[
          'Barn',
          'Alder',
          'Trin',
          'Anbragt siden',
          'Måneder',
          'Pris pr. måned',
          'Seneste progression',
          'Afgørelse',
        ]}
      >
        {agenda.items.map((i) => {
          const p = i.pseudonymised;
          return (
            <Table.Tr key={i.itemRef}>
              <Table.Th scope="row">{p?.pseudonym}</Table.Th>
              <Table.Td>{p?.age}</Table.Td>
              <Table.Td>{p?.stepPosition}</Table.Td>
              <Table.Td>{formatDate(p?.placedSince)}</Table.Td>
              <Table.Td>{p?.placementMonths}</Table.Td>
              <Table.Td>{p?.monthlyCost == null ? 'Ikke oplyst' : formatAmount(p.monthlyCost)}</Table.Td>
              <Table.Td>
                {p?.latestScore ?? '–'}
                {p?.noProgressFlag ? ' (ingen progression)' : ''}
              </Table.Td>
              <Table.Td>{i.decision ? i.decision.outcomeLabel : 'Ikke afgjort'}</Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      {deciding &&
        agenda.items
          .filter((i) => !i.decision)
          .map((i) => (
            <Card
              withBorder
              key={i.itemRef}
              component="section"
              aria-label={`Afgørelse for ${i.pseudonymised?.pseudonym}`}
            >
              <Title order={2} size="h4" mb="xs">
                {i.pseudonymised?.pseudonym}
              </Title>
              <DecisionForm meetingId={agenda.meeting.id} item={i} />
            </Card>
          ))}
    </Stack>
  );
}
