import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '../../core/documents/templates.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { useCaseDecisions } from './decisions-panel.tsx';
import {
  archiveKey,
  consultationsKey,
  type DocumentView,
  draftLetter,
  fetchConsultations,
} from './documents-api.ts';

interface Values {
  type: DocumentType;
  recipientName: string;
  recipientAddress: string;
  decisionId: string;
  consultationId: string;
  idempotencyKey: string;
}

const blank = (): Values => ({
  type: 'decision',
  recipientName: '',
  recipientAddress: '',
  decisionId: '',
  consultationId: '',
  idempotencyKey: newIdempotencyKey(),
});

/**
 * "Nyt brev": a letter written from the type's current template and what the case holds (enter
 * once) — a decision letter from a recorded decision, a consultation letter from a consultation.
 * The server names what the case lacks when a required merge field has no value (422).
 */
export function NewLetterForm(props: { caseId: string; onDrafted: (d: DocumentView) => void }) {
  const { caseId } = props;
  const client = useQueryClient();
  const decisions = useCaseDecisions(caseId);
  const consultations = useQuery({
    queryKey: consultationsKey(caseId),
    queryFn: ({ signal }) => fetchConsultations(caseId, signal),
  });
  const draft = useDraft<Values>(`trappen:case:${caseId}:new-letter`, blank);
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const set = (patch: Partial<Values>) => draft.set((cur) => ({ ...cur, ...patch }));
  const errors = {
    recipientName: v.recipientName.trim() ? undefined : 'Skriv modtagerens navn.',
    decisionId: v.type === 'decision' && !v.decisionId ? 'Vælg den afgørelse, brevet meddeler.' : undefined,
    consultationId:
      v.type === 'consultation' && !v.consultationId ? 'Vælg den partshøring, brevet sender.' : undefined,
  };
  const save = useMutation({
    mutationFn: () =>
      draftLetter(caseId, {
        idempotencyKey: v.idempotencyKey,
        type: v.type,
        recipient: {
          name: v.recipientName.trim(),
          ...(v.recipientAddress.trim() ? { address: v.recipientAddress.trim() } : {}),
        },
        ...(v.type === 'decision' && v.decisionId ? { decisionId: v.decisionId } : {}),
        ...(v.type === 'consultation' && v.consultationId ? { consultationId: v.consultationId } : {}),
      }),
    onSuccess: (doc) => {
      client.setQueryData<DocumentView[]>(archiveKey(caseId), (old) => [
        doc,
        ...(old ?? []).filter((d) => d.id !== doc.id),
      ]);
      void client.invalidateQueries({ queryKey: archiveKey(caseId) });
      draft.discard();
      setTried(false);
      props.onDrafted(doc);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((k) => errors[k]);
    if (first) {
      document.getElementById(`letter-${first}`)?.focus();
      return;
    }
    save.mutate();
  }
  const err = (k: keyof typeof errors) => (tried ? errors[k] : undefined);

  return (
    <Section id="letter-new" title="Nyt brev">
      <form noValidate onSubmit={submit} aria-label="Nyt brev">
        <Stack gap="sm" maw={760}>
          {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
          <NativeSelect
            id="letter-type"
            label="Dokumenttype"
            withAsterisk
            data={DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }))}
            value={v.type}
            onChange={(e) => set({ type: e.currentTarget.value as DocumentType })}
          />
          {v.type === 'decision' && (
            <NativeSelect
              id="letter-decisionId"
              label="Afgørelse"
              withAsterisk
              data={[
                { value: '', label: 'Vælg …' },
                ...(decisions.data ?? []).map((d) => ({
                  value: d.id,
                  label: `${d.typeLabel} af ${formatDate(d.decidedOn)}`,
                })),
              ]}
              value={v.decisionId}
              onChange={(e) => set({ decisionId: e.currentTarget.value })}
              error={err('decisionId')}
            />
          )}
          {v.type === 'consultation' && (
            <NativeSelect
              id="letter-consultationId"
              label="Partshøring"
              withAsterisk
              data={[
                { value: '', label: 'Vælg …' },
                ...(consultations.data ?? []).map((c) => ({
                  value: c.id,
                  label: `Sendt ${formatDate(c.sentAt.slice(0, 10))}, svarfrist ${formatDate(c.lastDay)}`,
                })),
              ]}
              value={v.consultationId}
              onChange={(e) => set({ consultationId: e.currentTarget.value })}
              error={err('consultationId')}
            />
          )}
          <TextInput
            id="letter-recipientName"
            label="Modtagerens navn"
            withAsterisk
            value={v.recipientName}
            onChange={(e) => set({ recipientName: e.currentTarget.value })}
            error={err('recipientName')}
          />
          <TextInput
            id="letter-recipientAddress"
            label="Modtagerens adresse"
            value={v.recipientAddress}
            onChange={(e) => set({ recipientAddress: e.currentTarget.value })}
          />
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Brevet er ikke skrevet">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Skriv brevet
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
