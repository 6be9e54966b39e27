import { Anchor, Button, Card, Group, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../api.ts';
import { can, useUser } from '../session.ts';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { Loaded } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import {
  type ChildConcernsResponse,
  childRecordKey,
  fetchChildRecord,
  fetchTransitions,
  type TransitionView,
  transitionsKey,
} from './detection-api.ts';
import { FollowToggle } from './follow-toggle.tsx';
import { SIGNAL_STATUS_COLOR } from './queue-page.tsx';

/** A 403 is the policy answering "not for you": the section is left out, without an error. */
const refused = (error: unknown) => error instanceof ApiError && error.status === 403;

/**
 * On the child page: the child's concerns, wellbeing ratings, signals and preventive follow (for
 * the roles that may read others' concerns), its transition conversations, and the way to
 * register a concern or a conversation. Each read is audited by the server.
 */
export function ChildDetectionSection({ childId }: { childId: string }) {
  const user = useUser();
  const readsConcerns = can(user, 'concerns:read');
  const records = can(user, 'transitions:create');
  return (
    <>
      {can(user, 'concerns:create') && (
        <Group>
          <Button component={Link} to={`/bekymring/ny?childId=${childId}`}>
            Registrér bekymring
          </Button>
        </Group>
      )}
      {readsConcerns && <ConcernsRecord childId={childId} />}
      {(readsConcerns || records) && <Transitions childId={childId} mayRecord={records} />}
    </>
  );
}

function ConcernsRecord({ childId }: { childId: string }) {
  const record = useQuery({
    queryKey: childRecordKey(childId),
    queryFn: ({ signal }) => fetchChildRecord(childId, signal),
    // Every read is audited: do not read again behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (record.isError && refused(record.error)) return null;
  return (
    <Section id="child-concerns" title="Bekymringer, trivsel og signaler">
      <Loaded query={record} loading="Henter barnets bekymringer …" failed="Bekymringerne kunne ikke hentes">
        {(data) => <RecordBody record={data} childId={childId} />}
      </Loaded>
    </Section>
  );
}

function RecordBody({ record, childId }: { record: ChildConcernsResponse; childId: string }) {
  const user = useUser();
  const time = record.timeToSupport;
  return (
    <>
      {can(user, 'signals:act') ? (
        <FollowToggle childId={childId} followed={record.preventiveFollow !== null} />
      ) : (
        record.preventiveFollow && <Text fw={600}>Barnet følges som kendt i forebyggende arbejde.</Text>
      )}
      {record.preventiveFollow && (
        <Text size="sm">
          Fulgt siden {formatDate(record.preventiveFollow.since)} af {record.preventiveFollow.by.name}
          {record.preventiveFollow.note && `: ${record.preventiveFollow.note}`}
        </Text>
      )}
      {time.firstSignalOn && (
        <Text size="sm">
          Første signal {formatDate(time.firstSignalOn)}
          {time.firstSupportOn
            ? `; første støtte ${formatDate(time.firstSupportOn)} (${time.days} dage efter).`
            : '; ingen støtte registreret endnu.'}
        </Text>
      )}
      <Title order={3} size="h4">
        Bekymringer
      </Title>
      {record.concerns.length === 0 ? (
        <Text>Ingen bekymringer registreret.</Text>
      ) : (
        <List spacing="xs">
          {record.concerns.map((c) => (
            <List.Item key={c.id}>
              <Anchor component={Link} to={`/bekymring/${c.id}`}>
                {formatDate(c.createdAt)}: niveau {c.level} – {c.band.label}
              </Anchor>{' '}
              · {c.author.name}
              {c.unit && `, ${c.unit.name}`} · {c.statusLabel}
              {c.corrections.length > 0 &&
                ` · ${c.corrections.length} ${c.corrections.length === 1 ? 'rettelse' : 'rettelser'}`}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h4">
        Trivselsvurderinger
      </Title>
      {record.ratings.length === 0 ? (
        <Text>Ingen trivselsvurderinger.</Text>
      ) : (
        <List spacing="xs">
          {record.ratings.slice(0, 10).map((r) => (
            <List.Item key={r.id}>
              {formatDate(r.ratedOn)}: {r.label} · {r.group.name} · {r.ratedBy.name}
              {r.note && ` – ${r.note}`}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h4">
        Signaler
      </Title>
      {record.signals.length === 0 ? (
        <Text>Ingen signaler.</Text>
      ) : (
        <List spacing="xs">
          {record.signals.map((s) => (
            <List.Item key={s.id}>
              {can(user, 'signals:read') ? (
                <Anchor component={Link} to={`/signaler/${s.id}`}>
                  {formatDate(s.raisedAt)}: {s.ruleLabel}
                </Anchor>
              ) : (
                `${formatDate(s.raisedAt)}: ${s.ruleLabel}`
              )}{' '}
              <WordBadge color={SIGNAL_STATUS_COLOR[s.status]}>{s.statusLabel}</WordBadge>
              {s.outcomeLabel && ` ${s.outcomeLabel}`}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

function Transitions({ childId, mayRecord }: { childId: string; mayRecord: boolean }) {
  const transitions = useQuery({
    queryKey: transitionsKey(childId),
    queryFn: ({ signal }) => fetchTransitions(childId, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (transitions.isError && refused(transitions.error)) return null;
  return (
    <Section id="child-transitions" title="Overgangssamtaler">
      {mayRecord && (
        <Group>
          <Button variant="default" component={Link} to={`/overgangssamtale/ny?childId=${childId}`}>
            Registrér overgangssamtale
          </Button>
        </Group>
      )}
      <Loaded
        query={transitions}
        loading="Henter overgangssamtaler …"
        failed="Samtalerne kunne ikke hentes"
        empty={<Text>Ingen overgangssamtaler registreret.</Text>}
      >
        {(data) => data.map((t) => <TransitionItem key={t.id} conversation={t} />)}
      </Loaded>
    </Section>
  );
}

function TransitionItem({ conversation: t }: { conversation: TransitionView }) {
  return (
    <Card withBorder padding="sm" component="article" aria-label={`${t.kindLabel}, ${formatDate(t.heldOn)}`}>
      <Text fw={700}>
        {t.kindLabel} – {formatDate(t.heldOn)}
      </Text>
      <Text size="sm">
        Deltagere: {t.participants.map((p) => `${p.name} (${p.roleLabel.toLowerCase()})`).join(', ')}
      </Text>
      {t.summary && <Text size="sm">{t.summary}</Text>}
      {t.followUp && (
        <Text size="sm">
          Opfølgning: {t.followUp}
          {t.followUpDue && ` – senest ${formatDate(t.followUpDue)}`}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        Registreret af {t.recordedBy.name}
      </Text>
    </Card>
  );
}
