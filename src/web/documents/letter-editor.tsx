import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ConflictPanel } from '../ui/conflict-panel.tsx';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { useVersionedDraft } from '../ui/use-versioned-draft.ts';
import {
  archiveKey,
  conflictingDocument,
  type DocumentView,
  documentFileUrl,
  finaliseLetter,
  patchLetter,
  recordSent,
  SENT_VIA_LABELS,
  type SentVia,
} from './documents-api.ts';

type Values = { title: string; body: string };
const LABELS: Record<keyof Values, string> = { title: 'Titel', body: 'Brevets tekst' };
const valuesOf = (d: DocumentView): Values => ({ title: d.title, body: d.body ?? '' });

type Props = { caseId: string; document: DocumentView; canWrite: boolean; onClose: () => void };

/** The letter that is open: its draft edited at its version, or the final letter with its sending. */
export function LetterEditor(props: Props) {
  const { document: d } = props;
  return (
    <Section id="letter-open" title={d.status === 'draft' ? `Udkast: ${d.title}` : d.title}>
      {d.status === 'draft' && props.canWrite ? <DraftEditor {...props} /> : <FinalLetter {...props} />}
      <Group>
        <Anchor href={documentFileUrl(d.id)}>Hent PDF</Anchor>
        <Button variant="subtle" onClick={props.onClose}>
          Luk brevet
        </Button>
      </Group>
    </Section>
  );
}

function useStoreDocument(caseId: string) {
  const client = useQueryClient();
  return (saved: DocumentView) => {
    client.setQueryData<DocumentView[]>(archiveKey(caseId), (old) =>
      (old ?? [saved]).map((x) => (x.id === saved.id ? saved : x)),
    );
  };
}

function DraftEditor({ caseId, document: d }: Props) {
  const store = useStoreDocument(caseId);
  const draft = useVersionedDraft<Values>(`trappen:document:${d.id}:text`, d.version, valuesOf(d));
  const [tried, setTried] = useState(false);
  const conflict = (error: unknown) => {
    const current = conflictingDocument(error);
    if (!current) return false;
    store(current);
    if (current.status === 'draft')
      draft.setConflict({ version: current.version, current: valuesOf(current) });
    return true;
  };
  const save = useMutation({
    mutationFn: (version: number) =>
      patchLetter(d.id, { version, title: draft.values.title.trim(), body: draft.values.body }),
    onSuccess: (saved) => {
      draft.saved(saved.version, valuesOf(saved));
      store(saved);
    },
    onError: (error, version) => {
      const current = conflictingDocument(error);
      if (
        current &&
        current.version !== version &&
        draft.rebaseIfUnrelated(current.version, valuesOf(current))
      ) {
        save.mutate(current.version);
        return;
      }
      conflict(error);
    },
  });
  const finalise = useMutation({
    mutationFn: () => finaliseLetter(d.id, draft.version),
    onSuccess: (saved) => {
      draft.discard();
      store(saved);
    },
    onError: conflict,
  });
  const empty = !draft.values.title.trim() || !draft.values.body.trim();
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!empty) save.mutate(draft.version);
  }
  const failure = [save, finalise].find((m) => m.isError && !conflictingDocument(m.error));
  return (
    <form noValidate onSubmit={submit} aria-label="Brevets tekst">
      <Stack gap="sm">
        {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
        {draft.conflict && (
          <ConflictPanel
            title="Nogen har ændret brevet, imens du skrev"
            conflict={draft.conflict}
            mine={draft.values}
            labels={LABELS}
            onTakeOver={draft.takeOver}
          />
        )}
        <TextInput
          label={LABELS.title}
          withAsterisk
          value={draft.values.title}
          onChange={(e) => draft.set('title', e.currentTarget.value)}
          error={tried && !draft.values.title.trim() ? 'Skriv en titel.' : undefined}
        />
        <Textarea
          label={LABELS.body}
          description="En linje, der begynder med “# ”, er en overskrift; en tom linje afslutter et afsnit."
          withAsterisk
          autosize
          minRows={12}
          maxRows={40}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={draft.values.body}
          onChange={(e) => draft.set('body', e.currentTarget.value)}
          error={tried && !draft.values.body.trim() ? 'Brevet er tomt.' : undefined}
        />
        {failure && (
          <Alert color="red" variant="outline" role="alert" title="Brevet er ikke gemt">
            <Text>{errorMessage(failure.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="default" loading={save.isPending} disabled={!draft.dirty}>
            Gem udkastet
          </Button>
          <Button
            loading={finalise.isPending}
            disabled={draft.dirty || !!draft.conflict}
            onClick={() => finalise.mutate()}
          >
            Gør endeligt
          </Button>
        </Group>
        {draft.dirty && (
          <Text size="sm">
            Gem dine ændringer, før brevet gøres endeligt. Et endeligt brev ændres aldrig.
          </Text>
        )}
      </Stack>
    </form>
  );
}

function FinalLetter({ caseId, document: d, canWrite }: Props) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        {d.status === 'final'
          ? `Endeligt${d.finalisedAt ? ` ${formatDateTime(d.finalisedAt)}` : ''}. Brevet kan ikke ændres.`
          : 'Udkast.'}
      </Text>
      <Text
        component="pre"
        style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
        aria-label="Brevets tekst"
      >
        {d.body}
      </Text>
      {d.sent ? (
        <Text>
          Sendt som {d.sent.viaLabel.toLowerCase()} {formatDate(d.sent.on)} til {d.sent.to}.
        </Text>
      ) : (
        canWrite && d.status === 'final' && <SentForm caseId={caseId} document={d} />
      )}
    </Stack>
  );
}

type SentValues = { sentTo: string; sentVia: SentVia | ''; sentOn: string };

function SentForm({ caseId, document: d }: { caseId: string; document: DocumentView }) {
  const store = useStoreDocument(caseId);
  const draft = useDraft<SentValues>(`trappen:document:${d.id}:sent`, () => ({
    sentTo: '',
    sentVia: '',
    sentOn: todayDanish(),
  }));
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const sentOn = parseDanishDate(v.sentOn);
  const invalid = !v.sentTo.trim() || !v.sentVia || !sentOn;
  const save = useMutation({
    mutationFn: () =>
      recordSent(d.id, { sentTo: v.sentTo.trim(), sentVia: v.sentVia as SentVia, sentOn: sentOn ?? '' }),
    onSuccess: (saved) => {
      draft.discard();
      store(saved);
    },
  });
  return (
    <form
      noValidate
      aria-label="Registrér afsendelse"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!invalid) save.mutate();
      }}
    >
      <Stack gap="sm" maw={760}>
        <Text fw={600}>Registrér afsendelse</Text>
        <TextInput
          label="Sendt til"
          withAsterisk
          value={v.sentTo}
          onChange={(e) => draft.set({ ...v, sentTo: e.currentTarget.value })}
          error={tried && !v.sentTo.trim() ? 'Skriv, hvem brevet er sendt til.' : undefined}
        />
        <Group align="flex-start">
          <NativeSelect
            label="Sendt som"
            withAsterisk
            data={[
              { value: '', label: 'Vælg …' },
              ...(Object.keys(SENT_VIA_LABELS) as SentVia[]).map((k) => ({
                value: k,
                label: SENT_VIA_LABELS[k],
              })),
            ]}
            value={v.sentVia}
            onChange={(e) => draft.set({ ...v, sentVia: e.currentTarget.value as SentVia | '' })}
            error={tried && !v.sentVia ? 'Vælg, hvordan brevet er sendt.' : undefined}
          />
          <TextInput
            label="Sendt den"
            description={DATE_HINT}
            withAsterisk
            w="16rem"
            value={v.sentOn}
            onChange={(e) => draft.set({ ...v, sentOn: e.currentTarget.value })}
            error={tried && !sentOn ? 'Skriv en gyldig dato.' : undefined}
          />
        </Group>
        {save.isError && (
          <Alert color="red" variant="outline" role="alert" title="Afsendelsen er ikke registreret">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            Registrér afsendelse
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
