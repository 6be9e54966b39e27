import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import {
  caseDecisionsKey,
  createEmergencyDecision,
  type EmergencyDecisionView,
  GATE_SUPERVISION_KEY,
} from './gate-api.ts';

interface Values {
  decidedOn: string;
  reason: string;
  idempotencyKey: string;
}

const blank = (): Values => ({ decidedOn: todayDanish(), reason: '', idempotencyKey: newIdempotencyKey() });

/**
 * A leader's emergency decision to place the child at once (BL § 49-type acute cases, docs/forums.md
 * "Emergency decisions"): the caseworker can then start the placement on it, and the placement
 * committee must decide by the deadline shown (it is on the leader's supervision until then).
 */
export function EmergencyDecisionForm({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const draft = useDraft<Values>(`trappen:case:${caseId}:emergency`, blank());
  const [tried, setTried] = useState(false);
  const [made, setMade] = useState<EmergencyDecisionView>();
  const v = draft.value;
  const decidedOn = parseDanishDate(v.decidedOn);
  const errors = {
    decidedOn: decidedOn ? undefined : 'Skriv en gyldig dato.',
    reason: v.reason.trim() ? undefined : 'Skriv begrundelsen for akutafgørelsen.',
  };
  const save = useMutation({
    mutationFn: () =>
      createEmergencyDecision(caseId, {
        idempotencyKey: v.idempotencyKey,
        decidedOn: decidedOn ?? '',
        reason: v.reason.trim(),
      }),
    onSuccess: (decision) => {
      setMade(decision);
      draft.set(blank());
      draft.clear();
      setTried(false);
      void client.invalidateQueries({ queryKey: caseDecisionsKey(caseId) });
      void client.invalidateQueries({ queryKey: GATE_SUPERVISION_KEY });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((k) => errors[k]);
    if (first) {
      document.getElementById(`emergency-${first}`)?.focus();
      return;
    }
    save.mutate();
  }
  const err = (k: keyof typeof errors) => (tried ? errors[k] : undefined);
  return (
    <Section id="emergency-decision" title="Akutafgørelse om anbringelse">
      <form noValidate onSubmit={submit} aria-label="Akutafgørelse om anbringelse">
        <Stack gap="sm" maw={760}>
          <Text size="sm">
            Når barnet må anbringes med det samme, kan anbringelsen startes på din akutafgørelse. Den skal
            derefter behandles i Anbringelses- og efterværnsudvalget inden fristen.
          </Text>
          <TextInput
            id="emergency-decidedOn"
            label="Afgørelsesdato"
            description={DATE_HINT}
            withAsterisk
            w="16rem"
            value={v.decidedOn}
            onChange={(e) => draft.set({ ...v, decidedOn: e.currentTarget.value })}
            error={err('decidedOn')}
          />
          <Textarea
            id="emergency-reason"
            label="Begrundelse"
            withAsterisk
            autosize
            minRows={2}
            value={v.reason}
            onChange={(e) => draft.set({ ...v, reason: e.currentTarget.value })}
            error={err('reason')}
          />
          {made && !save.isError && (
            <Alert color="green" variant="outline" role="status" title="Akutafgørelsen er registreret">
              <Text>
                Anbringelsen kan startes fra {formatDate(made.decidedOn)}. Den skal behandles i Anbringelses-
                og efterværnsudvalget senest {formatDate(made.reachForumBy)}.
              </Text>
            </Alert>
          )}
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Akutafgørelsen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Registrér akutafgørelsen
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
