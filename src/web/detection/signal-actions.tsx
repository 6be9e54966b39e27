import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { EARLY_OFFER_MAX_STEP, OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../core/detection/queue.ts';
import { searchOffers } from '../catalog/catalog-api.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { errorMessage } from '../ui/states.tsx';
import {
  actOnSignal,
  DETECTION_KEY,
  type SignalActionRequest,
  type SignalDetail,
  signalKey,
} from './detection-api.ts';

/** Sends one dated step and shows the signal as the server now has it. */
function useAct(signal: SignalDetail) {
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function act(body: SignalActionRequest): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      const updated = await actOnSignal(signal.id, body);
      client.setQueryData(signalKey(signal.id), updated);
      // The queue, the start page and the child's record show the new status.
      client.invalidateQueries({ queryKey: DETECTION_KEY, predicate: (q) => q.queryKey[1] !== 'signal' });
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { act, error, busy };
}

export function AcknowledgeButton({ signal }: { signal: SignalDetail }) {
  const { act, error, busy } = useAct(signal);
  return (
    <Stack gap="xs">
      <Text size="sm">Kvittér, så fagpersonerne kan se, at signalet er taget op.</Text>
      <div>
        <Button onClick={() => act({ kind: 'acknowledge' })} loading={busy}>
          Kvittér for signalet
        </Button>
      </div>
      {error && <ActionError message={error} />}
    </Stack>
  );
}

/** A date typed dd.mm.åååå, today unless the step was taken earlier. */
function DateField({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  label: string;
}) {
  return (
    <TextInput
      label={label}
      description={DATE_HINT}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      inputMode="numeric"
      autoComplete="off"
      styles={{ wrapper: { maxWidth: '14rem' } }}
      withAsterisk
    />
  );
}

export function ContactForm({ signal }: { signal: SignalDetail }) {
  const { act, error, busy } = useAct(signal);
  const [date, setDate] = useState(todayDanish);
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<string>();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const iso = parseDanishDate(date);
    setDateError(iso ? undefined : DATE_HINT);
    if (!iso) return;
    if (await act({ kind: 'contact', date: iso, ...(note.trim() ? { note: note.trim() } : {}) })) setNote('');
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Fieldset legend="Kontakt">
        <Stack gap="sm">
          <DateField label="Dato for kontakten" value={date} onChange={setDate} error={dateError} />
          <Textarea
            label="Hvem talte du med, og hvad aftalte I? (valgfrit)"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {error && <ActionError message={error} />}
          <div>
            <Button type="submit" loading={busy}>
              Notér kontakten
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  );
}

export function OutcomeForm({ signal }: { signal: SignalDetail }) {
  const { act, error, busy } = useAct(signal);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [offerId, setOfferId] = useState('');
  const [date, setDate] = useState(todayDanish);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ outcome?: string; offer?: string; date?: string }>({});
  const offers = useQuery({
    queryKey: ['catalog', 'offers', 'early', signal.child.age],
    queryFn: ({ signal: abort }) => searchOffers({ status: 'active', age: String(signal.child.age) }, abort),
    enabled: outcome === 'early_offer',
  });
  const early = (offers.data ?? []).filter(
    (o) => o.stepPosition !== null && o.stepPosition <= EARLY_OFFER_MAX_STEP,
  );

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const iso = parseDanishDate(date);
    const found = {
      outcome: outcome ? undefined : 'Vælg, hvordan signalet afsluttes.',
      offer: outcome === 'early_offer' && !offerId ? 'Vælg tilbuddet fra tilbudsviften.' : undefined,
      date: iso ? undefined : DATE_HINT,
    };
    setProblems(found);
    if (!outcome || found.offer || !iso) return;
    await act({
      kind: 'outcome',
      outcome,
      date: iso,
      ...(outcome === 'early_offer' ? { offerId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Fieldset legend="Afslut med et udfald">
        <Stack gap="sm">
          <Radio.Group
            label="Udfald"
            value={outcome}
            onChange={(value) => setOutcome(value as Outcome)}
            error={problems.outcome}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {OUTCOMES.map((o) => (
                <Radio key={o} value={o} label={OUTCOME_LABELS[o]} />
              ))}
            </Stack>
          </Radio.Group>
          {outcome === 'early_offer' && (
            <NativeSelect
              label={`Tilbud fra tilbudsviften (trin 1–${EARLY_OFFER_MAX_STEP})`}
              description={`Aktive tilbud, der passer til et barn på ${signal.child.age} år.`}
              value={offerId}
              onChange={(event) => setOfferId(event.currentTarget.value)}
              error={problems.offer ?? (offers.isError ? errorMessage(offers.error) : undefined)}
              data={[
                { value: '', label: offers.isPending ? 'Henter tilbud …' : 'Vælg et tilbud' },
                ...early.map((o) => ({ value: o.id, label: `${o.name} (trin ${o.stepPosition})` })),
              ]}
              withAsterisk
            />
          )}
          {outcome === 'report' && (
            <Text size="sm">
              Signalet afsluttes som sendt videre til Modtagelsen (Front) som en underretning.{' '}
              <Anchor component={Link} to={`/underretning/ny?childId=${signal.child.id}`}>
                Registrér selve underretningen
              </Anchor>
              , så fristen for screeningen begynder at løbe.
            </Text>
          )}
          <DateField label="Dato for udfaldet" value={date} onChange={setDate} error={problems.date} />
          <Textarea
            label="Note (valgfrit)"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {error && <ActionError message={error} />}
          <div>
            <Button type="submit" loading={busy}>
              Afslut signalet
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  );
}

function ActionError({ message }: { message: string }) {
  return (
    <Alert color="red" variant="outline" role="alert" title="Skridtet er ikke gemt">
      {message}
    </Alert>
  );
}
