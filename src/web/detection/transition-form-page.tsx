import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  type ParticipantRole,
  TRANSITION_KIND_LABELS,
  TRANSITION_KINDS,
  type TransitionKind,
} from '../../core/detection/transition.ts';
import { fetchChild, fullName } from '../people/children-api.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { Page } from '../ui/page.tsx';
import { errorMessage, Loading, NoAccess } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { createTransition, transitionsKey } from './detection-api.ts';

interface Values {
  kind: TransitionKind | null;
  heldOn: string;
  participants: { name: string; role: ParticipantRole }[];
  summary: string;
  followUp: string;
  followUpDue: string;
}

const initialValues = (): Values => ({
  kind: null,
  heldOn: todayDanish(),
  participants: [{ name: '', role: 'parent' }],
  summary: '',
  followUp: '',
  followUpDue: '',
});

type Errors = Partial<Record<'kind' | 'heldOn' | 'participants' | 'followUp' | 'followUpDue', string>>;

function validate(v: Values): Errors {
  const e: Errors = {};
  if (!v.kind) e.kind = 'Vælg, hvilken overgang samtalen handlede om.';
  if (!parseDanishDate(v.heldOn)) e.heldOn = DATE_HINT;
  if (!v.participants.some((p) => p.name.trim() !== '')) e.participants = 'Skriv mindst én deltager.';
  if (v.followUpDue.trim() && !parseDanishDate(v.followUpDue)) e.followUpDue = DATE_HINT;
  if (v.followUpDue.trim() && !v.followUp.trim())
    e.followUp = 'Beskriv opfølgningen, når der er en dato for den.';
  return e;
}

/** `/overgangssamtale/ny?childId=`: record a transition conversation (seed 003_*, prøvehandling 1). */
export function TransitionFormPage() {
  const [params] = useSearchParams();
  const childId = params.get('childId') ?? '';
  const child = useQuery({
    queryKey: ['children', 'detail', childId],
    queryFn: ({ signal }) => fetchChild(childId, signal),
    enabled: childId !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
  let body: ReactNode;
  if (!childId) {
    body = (
      <Text>
        Åbn barnets side under{' '}
        <Anchor component={Link} to="/boern">
          Børn
        </Anchor>
        , og vælg «Registrér overgangssamtale» der.
      </Text>
    );
  } else if (child.isPending) body = <Loading label="Henter barnet …" />;
  else if (child.isError) body = <NoAccess message="Du har ikke adgang til dette barn." />;
  else body = <TransitionForm childId={childId} childName={fullName(child.data)} />;
  return (
    <Page title="Registrér overgangssamtale" documentTitle="Overgangssamtale">
      {body}
    </Page>
  );
}

function TransitionForm({ childId, childName }: { childId: string; childName: string }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const draft = useDraft(`trappen.transition-draft.${childId}`, initialValues);
  const v = draft.value;
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<Values>) => draft.set((d) => ({ ...d, ...patch }));
  const setParticipant = (i: number, patch: Partial<Values['participants'][number]>) =>
    draft.set((d) => ({
      ...d,
      participants: d.participants.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setServerError(undefined);
    const found = validate(v);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const due = v.followUpDue.trim() ? parseDanishDate(v.followUpDue) : undefined;
      await createTransition({
        childId,
        kind: v.kind as TransitionKind,
        heldOn: parseDanishDate(v.heldOn) as string,
        participants: v.participants
          .filter((p) => p.name.trim() !== '')
          .map((p) => ({ name: p.name.trim(), role: p.role })),
        ...(v.summary.trim() ? { summary: v.summary.trim() } : {}),
        ...(v.followUp.trim() ? { followUp: v.followUp.trim() } : {}),
        ...(due ? { followUpDue: due } : {}),
      });
      draft.clear();
      await client.invalidateQueries({ queryKey: transitionsKey(childId) });
      navigate(`/boern/${childId}`);
    } catch (caught) {
      // What was typed stays in the form and its draft.
      setServerError(errorMessage(caught));
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const count = Object.values(errors).filter(Boolean).length;
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Overgangssamtale">
      <Stack gap="lg">
        <Text>
          Samtale om <strong>{childName}</strong>. Felter med * skal udfyldes.
        </Text>
        {(serverError || count > 0) && (
          <Alert
            ref={errorRef}
            tabIndex={-1}
            color="red"
            variant="outline"
            role="alert"
            title="Samtalen er ikke gemt"
          >
            {serverError ?? 'Ret de felter, der er markeret herunder.'}
          </Alert>
        )}
        <Radio.Group
          label="Overgang"
          value={v.kind}
          onChange={(kind) => set({ kind: kind as TransitionKind })}
          error={errors.kind}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {TRANSITION_KINDS.map((k) => (
              <Radio key={k} value={k} label={TRANSITION_KIND_LABELS[k]} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label="Dato for samtalen"
          description={DATE_HINT}
          value={v.heldOn}
          onChange={(e) => set({ heldOn: e.currentTarget.value })}
          error={errors.heldOn}
          styles={{ wrapper: { maxWidth: '14rem' } }}
          withAsterisk
        />
        <Fieldset legend="Deltagere">
          <Stack gap="xs">
            {v.participants.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is stable
              <Group key={i} align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  label={`Navn, deltager ${i + 1}`}
                  value={p.name}
                  onChange={(e) => setParticipant(i, { name: e.currentTarget.value })}
                  maxLength={200}
                />
                <NativeSelect
                  label={`Rolle, deltager ${i + 1}`}
                  value={p.role}
                  onChange={(e) => setParticipant(i, { role: e.currentTarget.value as ParticipantRole })}
                  data={PARTICIPANT_ROLES.map((r) => ({ value: r, label: PARTICIPANT_ROLE_LABELS[r] }))}
                />
                {v.participants.length > 1 && (
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={`Fjern deltager ${i + 1}`}
                    onClick={() => set({ participants: v.participants.filter((_, j) => j !== i) })}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            {errors.participants && (
              <Text c="var(--mantine-color-error)" size="sm">
                {errors.participants}
              </Text>
            )}
            {v.participants.length < 20 && (
              <div>
                <Button
                  variant="default"
                  onClick={() => set({ participants: [...v.participants, { name: '', role: 'parent' }] })}
                >
                  Tilføj deltager
                </Button>
              </div>
            )}
          </Stack>
        </Fieldset>
        <Textarea
          label="Hvad talte I om? (valgfrit)"
          autosize
          minRows={3}
          maxLength={4000}
          value={v.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
        />
        <Textarea
          label="Aftalt opfølgning (valgfrit)"
          autosize
          minRows={2}
          maxLength={2000}
          value={v.followUp}
          onChange={(e) => set({ followUp: e.currentTarget.value })}
          error={errors.followUp}
        />
        <TextInput
          label="Opfølgning senest (valgfrit)"
          description={DATE_HINT}
          value={v.followUpDue}
          onChange={(e) => set({ followUpDue: e.currentTarget.value })}
          error={errors.followUpDue}
          styles={{ wrapper: { maxWidth: '14rem' } }}
        />
        <Group>
          <Button type="submit" loading={busy}>
            Gem samtalen
          </Button>
          <Button variant="default" onClick={() => navigate(`/boern/${childId}`)}>
            Annullér
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
