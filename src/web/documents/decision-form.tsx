import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  DECISION_TYPE_LABELS,
  DECISION_TYPES,
  type DecisionType,
} from '../../core/documents/decision-types.ts';
import { useCaseMeasures } from '../casework/case-queries.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import {
  consultationsKey,
  createDecision,
  type DecisionView,
  decisionsKey,
  fetchConsultations,
} from './documents-api.ts';

interface Values {
  type: DecisionType | '';
  decided: string;
  legalBasis: string;
  reasons: string;
  decidedOn: string;
  consultationId: string;
  measureId: string;
  idempotencyKey: string;
}

const blank = (): Values => ({
  type: '',
  decided: '',
  legalBasis: '',
  reasons: '',
  decidedOn: todayDanish(),
  consultationId: '',
  measureId: '',
  idempotencyKey: newIdempotencyKey(),
});

/**
 * Record a written decision: what was decided, on which legal basis, the reasons (the rules applied
 * and the facts they rest on, fvl. §§ 22–24) and the day. The appeal guidance is the type's, as the
 * municipality keeps it on the day; the server refuses a decision before a consultation's deadline
 * unless every party has answered, and says who it is waiting for.
 */
export function DecisionForm({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const measures = useCaseMeasures(caseId);
  const consultations = useQuery({
    queryKey: consultationsKey(caseId),
    queryFn: ({ signal }) => fetchConsultations(caseId, signal),
  });
  const draft = useDraft<Values>(`trappen:case:${caseId}:decision`, blank);
  const [tried, setTried] = useState(false);
  const [made, setMade] = useState<DecisionView>();
  const v = draft.value;
  const decidedOn = parseDanishDate(v.decidedOn);
  const errors = {
    type: v.type ? undefined : 'Vælg, hvilken slags afgørelse det er.',
    decided: v.decided.trim() ? undefined : 'Skriv, hvad der er besluttet.',
    legalBasis: v.legalBasis.trim() ? undefined : 'Skriv lovgrundlaget.',
    reasons: v.reasons.trim() ? undefined : 'Skriv begrundelsen.',
    decidedOn: decidedOn ? undefined : 'Skriv en gyldig dato.',
  };
  const save = useMutation({
    mutationFn: () =>
      createDecision(caseId, {
        idempotencyKey: v.idempotencyKey,
        type: v.type as DecisionType,
        decided: v.decided.trim(),
        legalBasis: v.legalBasis.trim(),
        reasons: v.reasons.trim(),
        decidedOn: decidedOn ?? '',
        ...(v.measureId ? { measureId: v.measureId } : {}),
        ...(v.consultationId ? { consultationId: v.consultationId } : {}),
      }),
    onSuccess: (decision) => {
      setMade(decision);
      draft.discard();
      setTried(false);
      void client.invalidateQueries({ queryKey: decisionsKey(caseId) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((k) => errors[k]);
    if (first) {
      document.getElementById(`decision-${first}`)?.focus();
      return;
    }
    save.mutate();
  }
  const err = (k: keyof typeof errors) => (tried ? errors[k] : undefined);
  const set = (patch: Partial<Values>) => draft.set((cur) => ({ ...cur, ...patch }));

  return (
    <Section id="decision-new" title="Registrér en afgørelse">
      <form noValidate onSubmit={submit} aria-label="Registrér en afgørelse">
        <Stack gap="sm" maw={760}>
          {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
          <NativeSelect
            id="decision-type"
            label="Slags afgørelse"
            withAsterisk
            data={[
              { value: '', label: 'Vælg …' },
              ...DECISION_TYPES.map((t) => ({ value: t, label: DECISION_TYPE_LABELS[t] })),
            ]}
            value={v.type}
            onChange={(e) => set({ type: e.currentTarget.value as DecisionType | '' })}
            error={err('type')}
          />
          <Textarea
            id="decision-decided"
            label="Hvad der er besluttet"
            withAsterisk
            autosize
            minRows={2}
            value={v.decided}
            onChange={(e) => set({ decided: e.currentTarget.value })}
            error={err('decided')}
          />
          <TextInput
            id="decision-legalBasis"
            label="Lovgrundlag"
            description="Fx barnets lovs § 32, stk. 1, nr. 3."
            withAsterisk
            value={v.legalBasis}
            onChange={(e) => set({ legalBasis: e.currentTarget.value })}
            error={err('legalBasis')}
          />
          <Textarea
            id="decision-reasons"
            label="Begrundelse"
            description="De regler, der er lagt vægt på, og de oplysninger, afgørelsen bygger på."
            withAsterisk
            autosize
            minRows={4}
            value={v.reasons}
            onChange={(e) => set({ reasons: e.currentTarget.value })}
            error={err('reasons')}
          />
          <TextInput
            id="decision-decidedOn"
            label="Afgørelsesdato"
            description={DATE_HINT}
            withAsterisk
            w="16rem"
            value={v.decidedOn}
            onChange={(e) => set({ decidedOn: e.currentTarget.value })}
            error={err('decidedOn')}
          />
          <NativeSelect
            id="decision-consultationId"
            label="Partshøring, afgørelsen bygger på"
            data={[
              { value: '', label: 'Ingen' },
              ...(consultations.data ?? []).map((c) => ({
                value: c.id,
                label: `Sendt ${formatDate(c.sentAt.slice(0, 10))}, svarfrist ${formatDate(c.lastDay)}`,
              })),
            ]}
            value={v.consultationId}
            onChange={(e) => set({ consultationId: e.currentTarget.value })}
          />
          <NativeSelect
            id="decision-measureId"
            label="Indsats, afgørelsen gælder"
            data={[
              { value: '', label: 'Ingen' },
              ...(measures.data ?? []).map((m) => ({
                value: m.id,
                label: `${m.offer.name} (fra ${formatDate(m.startOn)})`,
              })),
            ]}
            value={v.measureId}
            onChange={(e) => set({ measureId: e.currentTarget.value })}
          />
          {made && !save.isError && (
            <Alert color="green" variant="outline" role="status" title="Afgørelsen er registreret">
              <Text c="black">
                {made.typeLabel} af {formatDate(made.decidedOn)}
                {made.status === 'awaiting_signature'
                  ? ' venter på lederens anden underskrift.'
                  : '. Skriv afgørelsesbrevet under Dokumenter.'}
              </Text>
            </Alert>
          )}
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Afgørelsen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Registrér afgørelsen
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
