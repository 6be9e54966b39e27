import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { CONVERSATION_FORM_LABELS, options } from './case-labels.ts';
import {
  type ChildConversationRequest,
  caseKeyOf,
  createChildConversation,
  createFamilyMeeting,
  fetchChildConversations,
  fetchFamilyMeetings,
} from './casework-api.ts';

type Props = { caseId: string; assessmentId: string; canWrite: boolean };
type Form = ChildConversationRequest['form'];

/** The child conversation: when, in what form, and the child's own words. */
export function ChildConversations({ caseId, assessmentId, canWrite }: Props) {
  const key = caseKeyOf(caseId, 'child-conversations');
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchChildConversations(caseId, signal) });
  const client = useQueryClient();
  // The key lives in the draft: a retry (also after a reload) is the same conversation; a saved
  // one is discarded for fresh values with a fresh key.
  const initial = {
    heldOn: todayDanish(),
    form: 'conversation' as Form,
    childWords: '',
    idempotencyKey: newIdempotencyKey(),
  };
  const draft = useDraft(`trappen:case:${caseId}:child-conversation`, initial);
  const [tried, setTried] = useState(false);
  const heldOn = parseDanishDate(draft.value.heldOn);
  const save = useMutation({
    mutationFn: () =>
      createChildConversation(caseId, {
        heldOn: heldOn ?? '',
        form: draft.value.form,
        childWords: draft.value.childWords.trim(),
        assessmentId,
        idempotencyKey: draft.value.idempotencyKey,
      }),
    onSuccess: () => {
      draft.discard();
      setTried(false);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (heldOn && draft.value.childWords.trim()) save.mutate();
  }

  return (
    <Section id="child-conversations" title="Børnesamtale">
      {list.isPending ? (
        <Loading label="Henter børnesamtalerne …" />
      ) : list.isError ? (
        <ErrorState error={list.error} title="Børnesamtalerne kunne ikke hentes" />
      ) : list.data.length === 0 ? (
        <Text>Der er ikke holdt en børnesamtale endnu.</Text>
      ) : (
        <Stack gap="xs" aria-label="Børnesamtaler" role="list">
          {list.data.map((c, i) => (
            <Card key={c.id ?? i} withBorder padding="sm" role="listitem">
              <Text fw={600}>
                {formatDate(c.heldOn)} · {CONVERSATION_FORM_LABELS[c.form] ?? c.form}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>”{c.childWords}”</Text>
            </Card>
          ))}
        </Stack>
      )}
      {canWrite && (
        <form noValidate onSubmit={submit} aria-label="Ny børnesamtale">
          <Stack gap="sm" maw={720}>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                label="Dato for samtalen"
                description={DATE_HINT}
                value={draft.value.heldOn}
                onChange={(e) => draft.set({ ...draft.value, heldOn: e.currentTarget.value })}
                error={tried && !heldOn ? 'Skriv en gyldig dato.' : undefined}
              />
              <NativeSelect
                label="Samtalens form"
                data={options(CONVERSATION_FORM_LABELS)}
                value={draft.value.form}
                onChange={(e) => draft.set({ ...draft.value, form: e.currentTarget.value as Form })}
              />
            </Group>
            <Textarea
              label="Barnets egne ord"
              description="Skriv det, barnet sagde, med barnets egne ord."
              withAsterisk
              autosize
              minRows={3}
              value={draft.value.childWords}
              onChange={(e) => draft.set({ ...draft.value, childWords: e.currentTarget.value })}
              error={tried && !draft.value.childWords.trim() ? 'Skriv barnets egne ord.' : undefined}
            />
            {save.isError && (
              <Alert color="red" variant="outline" role="alert" title="Børnesamtalen er ikke gemt">
                <Text>{errorMessage(save.error)}</Text>
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                Gem børnesamtalen
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

interface Person {
  name: string;
  relation: string;
}

/** Family meetings held during the assessment: purpose, who took part, what was agreed. */
export function FamilyMeetings({ caseId, assessmentId, canWrite }: Props) {
  const key = caseKeyOf(caseId, 'family-meetings');
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchFamilyMeetings(caseId, signal) });
  const client = useQueryClient();
  const initial = {
    heldOn: todayDanish(),
    purpose: '',
    agreements: '',
    participants: [{ name: '', relation: '' }] as Person[],
    idempotencyKey: newIdempotencyKey(),
  };
  const draft = useDraft(`trappen:case:${caseId}:family-meeting`, initial);
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const heldOn = parseDanishDate(v.heldOn);
  const people = v.participants.filter((p) => p.name.trim() && p.relation.trim());
  const save = useMutation({
    mutationFn: () =>
      createFamilyMeeting(caseId, {
        heldOn: heldOn ?? '',
        purpose: v.purpose.trim(),
        participants: people.map((p) => ({ name: p.name.trim(), relation: p.relation.trim() })),
        agreements: v.agreements.trim() || undefined,
        assessmentId,
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: () => {
      draft.discard();
      setTried(false);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (heldOn && v.purpose.trim() && people.length > 0) save.mutate();
  }
  const setPerson = (i: number, p: Person) =>
    draft.set({ ...v, participants: v.participants.map((q, j) => (j === i ? p : q)) });

  return (
    <Section id="family-meetings" title="Familierådslagning og netværksmøder">
      {list.isPending ? (
        <Loading label="Henter møderne …" />
      ) : list.isError ? (
        <ErrorState error={list.error} title="Møderne kunne ikke hentes" />
      ) : list.data.length === 0 ? (
        <Text>Der er ikke holdt møder med familien endnu.</Text>
      ) : (
        <Stack gap="xs">
          {list.data.map((m, i) => (
            <Card key={m.id ?? i} withBorder padding="sm">
              <Text fw={600}>
                {formatDate(m.heldOn)}: {m.purpose}
              </Text>
              <Text size="sm">
                Deltagere: {m.participants.map((p) => `${p.name} (${p.relation})`).join(', ')}
              </Text>
              {m.agreements && <Text style={{ whiteSpace: 'pre-wrap' }}>Aftaler: {m.agreements}</Text>}
            </Card>
          ))}
        </Stack>
      )}
      {canWrite && (
        <form noValidate onSubmit={submit} aria-label="Nyt møde med familien">
          <Stack gap="sm" maw={720}>
            <TextInput
              label="Mødedato"
              description={DATE_HINT}
              value={v.heldOn}
              onChange={(e) => draft.set({ ...v, heldOn: e.currentTarget.value })}
              error={tried && !heldOn ? 'Skriv en gyldig dato.' : undefined}
            />
            <TextInput
              label="Formål"
              withAsterisk
              value={v.purpose}
              onChange={(e) => draft.set({ ...v, purpose: e.currentTarget.value })}
              error={tried && !v.purpose.trim() ? 'Skriv mødets formål.' : undefined}
            />
            <ParticipantRows
              legend="Deltagere"
              people={v.participants}
              onChange={setPerson}
              onAdd={() => draft.set({ ...v, participants: [...v.participants, { name: '', relation: '' }] })}
              error={
                tried && people.length === 0 ? 'Angiv mindst én deltager med navn og relation.' : undefined
              }
            />
            <Textarea
              label="Aftaler"
              autosize
              minRows={2}
              value={v.agreements}
              onChange={(e) => draft.set({ ...v, agreements: e.currentTarget.value })}
            />
            {save.isError && (
              <Alert color="red" variant="outline" role="alert" title="Mødet er ikke gemt">
                <Text>{errorMessage(save.error)}</Text>
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                Gem mødet
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

/** Who took part: name and relation per row, with a button for one more (also the plan's form). */
export function ParticipantRows(props: {
  legend: string;
  people: Person[];
  onChange: (index: number, person: Person) => void;
  onAdd: () => void;
  error?: string;
}) {
  return (
    <Fieldset legend={props.legend}>
      <Stack gap="xs">
        {props.people.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <Group key={i} gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              label={`Deltager ${i + 1}: navn`}
              value={p.name}
              onChange={(e) => props.onChange(i, { ...p, name: e.currentTarget.value })}
            />
            <TextInput
              label={`Deltager ${i + 1}: relation`}
              description="Fx mor, far, barnet, lærer"
              value={p.relation}
              onChange={(e) => props.onChange(i, { ...p, relation: e.currentTarget.value })}
            />
          </Group>
        ))}
        {props.error && (
          <Text c="red.9" size="sm" role="alert">
            {props.error}
          </Text>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={props.onAdd} disabled={props.people.length >= 40}>
            Tilføj deltager
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
