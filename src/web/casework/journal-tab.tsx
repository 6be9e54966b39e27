import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { copenhagenInstant, copenhagenIso } from '../../core/calendar/zone.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate, formatDateTime, formatTime } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import {
  addJournalEntry,
  CASEWORK_OVERVIEW_KEY,
  chronologyKey,
  fetchJournal,
  type JournalEntryView,
  journalKey,
} from './overview-api.ts';

type Kind = JournalEntryView['kind'];

export const JOURNAL_KIND_LABELS: Record<Kind, string> = {
  conversation: 'Samtale',
  home_visit: 'Hjemmebesøg',
  meeting: 'Møde',
  phone: 'Telefon',
  decision: 'Afgørelse',
  note: 'Notat',
};
const KINDS = Object.keys(JOURNAL_KIND_LABELS) as Kind[];

/** `14.05` or `14:05` → [14, 5]. */
function parseClock(text: string): [number, number] | undefined {
  const match = /^\s*(\d{1,2})[.:](\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h > 23 || m > 59 ? undefined : [h, m];
}

/**
 * The case page's "Journal" tab: dated entries, newest first, with kind and author. The journal
 * is append-only: a correction is a new entry pointing to the old one, which stays, marked
 * "Rettet" with a link to its correction.
 */
export function JournalTab({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const journal = useQuery({
    queryKey: journalKey(caseId),
    queryFn: ({ signal }) => fetchJournal(caseId, signal),
  });
  const [correcting, setCorrecting] = useState<JournalEntryView>();
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string>();
  const formRef = useRef<HTMLDivElement>(null);

  if (journal.isPending) return <Loading label="Henter journalen …" />;
  if (journal.isError) return <ErrorState error={journal.error} title="Journalen kunne ikke hentes" />;
  const byId = new Map(journal.data.map((e) => [e.id, e]));

  function correct(entry: JournalEntryView) {
    setSaved(undefined);
    setCorrecting(entry);
    setFormKey((k) => k + 1);
    // The form is above the list: take the user (and focus) there.
    requestAnimationFrame(() => formRef.current?.querySelector('textarea')?.focus());
  }

  return (
    <Stack gap="lg">
      {saved && (
        <Text role="status" fw={600}>
          {saved}
        </Text>
      )}
      {canWrite && (
        <div ref={formRef}>
          <EntryForm
            key={formKey}
            caseId={caseId}
            correcting={correcting}
            onDone={(message) => {
              // A fresh form: empty text, the time now, a new idempotency key.
              setSaved(message);
              setCorrecting(undefined);
              setFormKey((k) => k + 1);
            }}
          />
        </div>
      )}
      <section aria-labelledby="journal-entries">
        <Title order={3} size="h4" id="journal-entries" mb="sm">
          Notater ({journal.data.length})
        </Title>
        {journal.data.length === 0 ? (
          <Text>Der er ingen notater i journalen endnu.</Text>
        ) : (
          <Stack gap="sm">
            {journal.data.map((e) => (
              <Entry key={e.id} entry={e} byId={byId} canWrite={canWrite} onCorrect={correct} />
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

function Entry(props: {
  entry: JournalEntryView;
  byId: Map<string, JournalEntryView>;
  canWrite: boolean;
  onCorrect: (e: JournalEntryView) => void;
}) {
  const { entry: e, byId } = props;
  const corrected = e.correctedById !== null;
  const original = e.correctsId ? byId.get(e.correctsId) : undefined;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      id={`journal-${e.id}`}
      aria-label={`${JOURNAL_KIND_LABELS[e.kind]} ${formatDateTime(e.occurredAt)}${corrected ? ', rettet' : ''}`}
      bg={corrected ? 'gray.0' : undefined}
      data-entry-id={e.id}
    >
      <Stack gap={6}>
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Text fw={700}>{formatDateTime(e.occurredAt)}</Text>
            <WordBadge color="gray.7">{JOURNAL_KIND_LABELS[e.kind]}</WordBadge>
            {corrected && (
              <Badge variant="filled" color="gray.8" c="white" tt="none">
                Rettet
              </Badge>
            )}
            {e.correctsId && <WordBadge color="blue.8">Rettelse</WordBadge>}
          </Group>
          <Text size="sm">
            Skrevet af {e.writtenBy.name}, {formatDateTime(e.writtenAt)}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }} td={corrected ? 'line-through' : undefined}>
          {e.text}
        </Text>
        {corrected && e.correctedById && (
          <Text size="sm">
            Notatet er rettet. <Anchor href={`#journal-${e.correctedById}`}>Se rettelsen</Anchor>
          </Text>
        )}
        {e.correctsId && (
          <Text size="sm">
            Retter notatet{original ? ` fra ${formatDateTime(original.occurredAt)}` : ''}.{' '}
            <Anchor href={`#journal-${e.correctsId}`}>Se det oprindelige notat</Anchor>
          </Text>
        )}
        {props.canWrite && !corrected && (
          <Group>
            <Button size="compact-sm" variant="default" onClick={() => props.onCorrect(e)}>
              Ret notatet
              <VisuallyHidden component="span"> fra {formatDateTime(e.occurredAt)}</VisuallyHidden>
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function EntryForm({
  caseId,
  correcting,
  onDone,
}: {
  caseId: string;
  correcting?: JournalEntryView;
  /** saved (with the message to show) or, without one, the correction cancelled */
  onDone: (message?: string) => void;
}) {
  const client = useQueryClient();
  const now = new Date();
  const [kind, setKind] = useState<Kind>(correcting?.kind ?? 'conversation');
  const [date, setDate] = useState(correcting ? formatDate(correcting.occurredAt) : todayDanish(now));
  const [time, setTime] = useState(correcting ? formatTime(correcting.occurredAt) : formatTime(now));
  const [text, setText] = useState(correcting?.text ?? '');
  const [errors, setErrors] = useState<{ date?: string; time?: string; text?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // One key per entry being written, so a retry after a lost answer stores it once.
  const key = useRef(newIdempotencyKey());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const day = parseDanishDate(date);
    const clock = parseClock(time);
    const found = {
      date: day ? undefined : DATE_HINT,
      time: clock ? undefined : 'Skriv klokkeslættet som tt.mm, fx 14.30.',
      text: text.trim() ? undefined : 'Skriv notatet.',
    };
    setErrors(found);
    if (!day || !clock || !text.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      await addJournalEntry(caseId, {
        kind,
        occurredAt: copenhagenIso(copenhagenInstant(day, clock[0], clock[1])),
        text: text.trim(),
        ...(correcting ? { correctsId: correcting.id } : {}),
        idempotencyKey: key.current,
      });
      await Promise.all([
        client.invalidateQueries({ queryKey: journalKey(caseId) }),
        client.invalidateQueries({ queryKey: chronologyKey(caseId) }),
        // A contact entry ends a quiet case on "Mit overblik".
        client.invalidateQueries({ queryKey: CASEWORK_OVERVIEW_KEY }),
      ]);
      onDone(correcting ? 'Rettelsen er gemt. Det oprindelige notat står som rettet.' : 'Notatet er gemt.');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  const heading = correcting ? `Ret notatet fra ${formatDateTime(correcting.occurredAt)}` : 'Nyt notat';
  return (
    <Card withBorder component="section" aria-labelledby="journal-form">
      <Title order={3} size="h4" id="journal-form" mb="sm">
        {heading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {correcting && (
            <Text size="sm">
              Rettelsen gemmes som et nyt notat. Det oprindelige notat bliver stående og markeres som rettet.
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label="Type"
              data={KINDS.map((k) => ({ value: k, label: JOURNAL_KIND_LABELS[k] }))}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as Kind)}
            />
            <TextInput
              label="Dato"
              description="dd.mm.åååå"
              required
              autoComplete="off"
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.date}
            />
            <TextInput
              label="Klokkeslæt"
              description="tt.mm"
              required
              autoComplete="off"
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
              error={errors.time}
            />
          </SimpleGrid>
          <Textarea
            label={correcting ? 'Det rettede notat' : 'Notat'}
            required
            autosize
            minRows={3}
            maxLength={20000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.text}
          />
          {error && (
            <Alert color="red" variant="outline" role="alert" title="Notatet blev ikke gemt">
              <Text>{error}</Text>
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={busy}>
              {correcting ? 'Gem rettelsen' : 'Gem notatet'}
            </Button>
            {correcting && (
              <Button variant="default" onClick={() => onDone()}>
                Annullér rettelsen
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
