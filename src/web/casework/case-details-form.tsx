import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ConflictPanel } from '../ui/conflict-panel.tsx';
import { DATE_HINT, parseDanishDate } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { errorMessage } from '../ui/states.tsx';
import { useVersionedDraft } from '../ui/use-versioned-draft.ts';
import { CLOSE_REASON_LABELS, CONFLICT_TITLE, options, TEAM_LABELS } from './case-labels.ts';
import {
  CASE_KEY,
  type CasePatchRequest,
  type CaseView,
  conflictCurrent,
  patchCase,
} from './casework-api.ts';

type Values = { responsibleTeam: string; parentServicesContact: string; awareOn: string };
const LABELS: Record<keyof Values, string> = {
  responsibleTeam: 'Ansvarligt team',
  parentServicesContact: 'Kontakt i voksen- eller beskæftigelsesområdet',
  awareOn: 'Kommunen blev opmærksom',
};

const valuesOf = (v: CaseView): Values => ({
  responsibleTeam: v.responsibleTeam ?? '',
  parentServicesContact: v.parentServicesContact ?? '',
  awareOn: formatDate(v.awareOn),
});

/** The case's own facts, edited under optimistic locking; closing when the role may close. */
export function CaseDetailsForm({ view }: { view: CaseView }) {
  const [open, setOpen] = useState(false);
  const draft = useVersionedDraft(`trappen:case:${view.id}:details`, view.version, valuesOf(view));
  const client = useQueryClient();
  const [tried, setTried] = useState(false);
  const awareOn = draft.values.awareOn.trim() === '' ? undefined : parseDanishDate(draft.values.awareOn);
  const save = useMutation({
    mutationFn: (body: CasePatchRequest) => patchCase(view.id, body),
    onSuccess: (saved) => {
      draft.saved(saved.version, valuesOf(saved));
      setOpen(false);
      client.setQueryData(['case', view.id], saved);
      void client.invalidateQueries({ queryKey: CASE_KEY });
    },
    onError: (error) => {
      const current = conflictCurrent<CaseView>(error, 'case');
      if (current) draft.setConflict({ version: current.version, current: valuesOf(current) });
    },
  });

  if (!open && !draft.restored) {
    return (
      <Group gap="sm">
        <Button variant="default" onClick={() => setOpen(true)}>
          Ret sagens oplysninger
        </Button>
        {view.access.close && <CloseCase view={view} />}
      </Group>
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (draft.values.awareOn.trim() !== '' && !awareOn) return;
    save.mutate({
      version: draft.version,
      responsibleTeam: (draft.values.responsibleTeam || undefined) as CasePatchRequest['responsibleTeam'],
      parentServicesContact: draft.values.parentServicesContact.trim() || null,
      awareOn,
    });
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Ret sagens oplysninger">
      <Stack gap="sm" maw={640}>
        {draft.restored && <Text size="sm">Formularen viser det, du skrev, men ikke nåede at gemme.</Text>}
        {draft.conflict && (
          <ConflictPanel
            title={CONFLICT_TITLE}
            conflict={draft.conflict}
            mine={draft.values}
            labels={LABELS}
            show={(f, v) => (f === 'responsibleTeam' && v ? TEAM_LABELS[v as keyof typeof TEAM_LABELS] : v)}
            onTakeOver={draft.takeOver}
          />
        )}
        <NativeSelect
          label={LABELS.responsibleTeam}
          data={[{ value: '', label: 'Ikke valgt' }, ...options(TEAM_LABELS)]}
          value={draft.values.responsibleTeam}
          onChange={(e) => draft.set('responsibleTeam', e.currentTarget.value)}
        />
        <TextInput
          label={LABELS.parentServicesContact}
          description="Forældrenes kontakt i fx jobcenteret: én plan for familien."
          value={draft.values.parentServicesContact}
          onChange={(e) => draft.set('parentServicesContact', e.currentTarget.value)}
        />
        <TextInput
          label={LABELS.awareOn}
          description={`Fristen for undersøgelsen regnes herfra. ${DATE_HINT}`}
          value={draft.values.awareOn}
          onChange={(e) => draft.set('awareOn', e.currentTarget.value)}
          error={
            tried && draft.values.awareOn.trim() !== '' && !awareOn ? 'Skriv en gyldig dato.' : undefined
          }
        />
        {save.isError && !draft.conflict && (
          <Alert color="red" variant="outline" role="alert" title="Ændringen er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Gem sagens oplysninger
          </Button>
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              setOpen(false);
            }}
          >
            Fortryd
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Closing needs a reason (goals met, moved away, turned 23, …) and a note. */
function CloseCase({ view }: { view: CaseView }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const client = useQueryClient();
  const close = useMutation({
    mutationFn: () =>
      patchCase(view.id, {
        version: view.version,
        close: { reason: reason as NonNullable<CasePatchRequest['close']>['reason'], note: note.trim() },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: CASE_KEY }),
  });
  if (!open) {
    return (
      <Button variant="default" onClick={() => setOpen(true)}>
        Luk sagen
      </Button>
    );
  }
  return (
    <form
      noValidate
      aria-label="Luk sagen"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (reason && note.trim()) close.mutate();
      }}
    >
      <Stack gap="sm" maw={640}>
        <NativeSelect
          label="Årsag til lukning"
          withAsterisk
          data={[{ value: '', label: 'Vælg årsag' }, ...options(CLOSE_REASON_LABELS)]}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={tried && !reason ? 'Vælg en årsag.' : undefined}
        />
        <Textarea
          label="Bemærkning"
          withAsterisk
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={tried && !note.trim() ? 'Skriv en bemærkning.' : undefined}
        />
        {close.isError && (
          <Alert color="red" variant="outline" role="alert" title="Sagen er ikke lukket">
            <Text>{errorMessage(close.error)}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" color="red" loading={close.isPending}>
            Luk sagen
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            Fortryd
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
