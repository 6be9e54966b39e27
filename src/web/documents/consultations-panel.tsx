import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { Section } from '../ui/section.tsx';
import { errorMessage, Loaded } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { WordBadge } from '../ui/word-badge.tsx';
import {
  type ConsultationView,
  consultationsKey,
  createConsultation,
  fetchConsultations,
  replyToConsultation,
} from './documents-api.ts';

/**
 * "Partshøringer" (issue #14 item 2): the facts sent to the parties before a decision, the last day
 * to answer, who is still waited for and the answers; the form to send one and, per waiting party,
 * to record a reply or a waiver.
 */
export function ConsultationsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const consultations = useQuery({
    queryKey: consultationsKey(caseId),
    queryFn: ({ signal }) => fetchConsultations(caseId, signal),
  });
  return (
    <Stack gap="lg">
      <Section id="case-consultations" title="Partshøringer">
        <Loaded
          query={consultations}
          loading="Henter partshøringerne …"
          failed="Partshøringerne kunne ikke hentes"
          empty={<Text>Der er ingen partshøringer på sagen.</Text>}
        >
          {(list) => (
            <Stack gap="md">
              {list.map((c) => (
                <Consultation key={c.id} caseId={caseId} c={c} canWrite={canWrite} />
              ))}
            </Stack>
          )}
        </Loaded>
      </Section>
      {canWrite && <ConsultationForm caseId={caseId} />}
    </Stack>
  );
}

function Consultation({ caseId, c, canWrite }: { caseId: string; c: ConsultationView; canWrite: boolean }) {
  const headingId = `consultation-${c.id}`;
  return (
    <Stack gap={6} component="article" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        Sendt {formatDate(c.sentAt.slice(0, 10))} – svarfrist {formatDate(c.lastDay)}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{c.facts}</Text>
      <Text size="sm">Parter: {c.parties.map((p) => `${p.name} (${p.relation})`).join(', ')}</Text>
      {c.waitingFor.length > 0 ? (
        <Group gap="xs">
          <WordBadge color="orange">Venter på svar</WordBadge>
          <Text size="sm">{c.waitingFor.join(', ')}</Text>
        </Group>
      ) : (
        <WordBadge color="green">Alle parter har svaret</WordBadge>
      )}
      {c.answers.map((a) => (
        <Text key={a.party} size="sm">
          {a.party}: {a.kind === 'waiver' ? 'har givet afkald på at udtale sig' : 'har svaret'} (
          {formatDate(a.receivedOn)}){a.text ? ` – ${a.text}` : ''}
        </Text>
      ))}
      {canWrite &&
        c.waitingFor.map((party) => (
          <ReplyForm key={party} caseId={caseId} consultationId={c.id} party={party} />
        ))}
    </Stack>
  );
}

interface Party {
  name: string;
  relation: string;
}
interface Values {
  facts: string;
  parties: Party[];
  idempotencyKey: string;
}
const blank = (): Values => ({
  facts: '',
  parties: [{ name: '', relation: 'Mor' }],
  idempotencyKey: newIdempotencyKey(),
});

function ConsultationForm({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const draft = useDraft<Values>(`trappen:case:${caseId}:consultation`, blank);
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const set = (patch: Partial<Values>) => draft.set((cur) => ({ ...cur, ...patch }));
  const setParty = (i: number, patch: Partial<Party>) =>
    draft.set((cur) => ({ ...cur, parties: cur.parties.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const parties = v.parties.filter((p) => p.name.trim() || p.relation.trim());
  const invalid =
    !v.facts.trim() || parties.length === 0 || parties.some((p) => !p.name.trim() || !p.relation.trim());
  const save = useMutation({
    mutationFn: () =>
      createConsultation(caseId, {
        idempotencyKey: v.idempotencyKey,
        facts: v.facts.trim(),
        parties: parties.map((p) => ({ name: p.name.trim(), relation: p.relation.trim() })),
      }),
    onSuccess: () => {
      draft.discard();
      setTried(false);
      void client.invalidateQueries({ queryKey: consultationsKey(caseId) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!invalid) save.mutate();
  }
  return (
    <Section id="consultation-new" title="Send til partshøring">
      <form noValidate onSubmit={submit} aria-label="Send til partshøring">
        <Stack gap="sm" maw={760}>
          {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
          <Textarea
            label="Oplysningerne, der partshøres i"
            description="De oplysninger, afgørelsen vil bygge på, som parterne ikke kender."
            withAsterisk
            autosize
            minRows={3}
            value={v.facts}
            onChange={(e) => set({ facts: e.currentTarget.value })}
            error={tried && !v.facts.trim() ? 'Skriv oplysningerne.' : undefined}
          />
          {v.parties.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
            <Group key={i} align="flex-end" gap="sm">
              <TextInput
                label={`Part ${i + 1}: navn`}
                value={p.name}
                onChange={(e) => setParty(i, { name: e.currentTarget.value })}
                error={tried && p.relation.trim() && !p.name.trim() ? 'Skriv partens navn.' : undefined}
              />
              <TextInput
                label={`Part ${i + 1}: forhold til barnet`}
                value={p.relation}
                onChange={(e) => setParty(i, { relation: e.currentTarget.value })}
              />
              {v.parties.length > 1 && (
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Fjern part ${i + 1}`}
                  onClick={() => set({ parties: v.parties.filter((_, j) => j !== i) })}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          {tried && parties.length === 0 && (
            <Text c="red.8" size="sm" role="alert">
              Angiv mindst én part.
            </Text>
          )}
          <Group>
            <Button
              variant="default"
              onClick={() => set({ parties: [...v.parties, { name: '', relation: '' }] })}
              disabled={v.parties.length >= 10}
            >
              Tilføj en part
            </Button>
          </Group>
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Partshøringen er ikke sendt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Send til partshøring
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

interface ReplyValues {
  kind: 'reply' | 'waiver';
  text: string;
  receivedOn: string;
}

function ReplyForm(props: { caseId: string; consultationId: string; party: string }) {
  const { caseId, consultationId, party } = props;
  const client = useQueryClient();
  const draft = useDraft<ReplyValues>(`trappen:consultation:${consultationId}:${party}`, () => ({
    kind: 'reply',
    text: '',
    receivedOn: todayDanish(),
  }));
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const receivedOn = parseDanishDate(v.receivedOn);
  const textMissing = v.kind === 'reply' && !v.text.trim();
  const save = useMutation({
    mutationFn: () =>
      replyToConsultation(consultationId, {
        party,
        kind: v.kind,
        ...(v.text.trim() ? { text: v.text.trim() } : {}),
        receivedOn: receivedOn ?? '',
      }),
    onSuccess: () => {
      draft.discard();
      void client.invalidateQueries({ queryKey: consultationsKey(caseId) });
    },
  });
  return (
    <form
      noValidate
      aria-label={`Svar fra ${party}`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (receivedOn && !textMissing) save.mutate();
      }}
    >
      <Stack gap="xs" maw={760} p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)' }}>
        <Text fw={600}>Svar fra {party}</Text>
        <Group align="flex-start" gap="sm">
          <NativeSelect
            label="Svaret er"
            data={[
              { value: 'reply', label: 'Et svar' },
              { value: 'waiver', label: 'Et afkald på at udtale sig' },
            ]}
            value={v.kind}
            onChange={(e) => draft.set({ ...v, kind: e.currentTarget.value as ReplyValues['kind'] })}
          />
          <TextInput
            label="Modtaget den"
            description={DATE_HINT}
            w="16rem"
            value={v.receivedOn}
            onChange={(e) => draft.set({ ...v, receivedOn: e.currentTarget.value })}
            error={tried && !receivedOn ? 'Skriv en gyldig dato.' : undefined}
          />
        </Group>
        <Textarea
          label={v.kind === 'reply' ? 'Partens bemærkninger' : 'Bemærkning (frivillig)'}
          autosize
          minRows={2}
          value={v.text}
          onChange={(e) => draft.set({ ...v, text: e.currentTarget.value })}
          error={tried && textMissing ? 'Skriv partens bemærkninger.' : undefined}
        />
        {save.isError && (
          <Alert color="red" variant="outline" role="alert" title="Svaret er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            Registrér svaret fra {party}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
