import { Alert, Button, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../ui/states.tsx';
import { INTAKE_KEY, type Screening, type ScreeningRequest, screenReport } from './intake-api.ts';

const DECISIONS: { value: ScreeningRequest['decision']; label: string }[] = [
  { value: 'district_meeting', label: 'Til distriktsmødet' },
  { value: 'urgent_action', label: 'Akut handling nu' },
  { value: 'existing_case', label: 'Indgår i en eksisterende sag' },
  { value: 'no_action', label: 'Ingen yderligere handling' },
];

type YesNo = '' | 'yes' | 'no';

function YesNoField(props: { label: string; value: YesNo; onChange: (v: YesNo) => void; error?: string }) {
  return (
    <Radio.Group
      label={props.label}
      value={props.value}
      onChange={(v) => props.onChange(v as YesNo)}
      error={props.error}
      withAsterisk
    >
      <Stack gap={6} mt={6}>
        <Radio value="yes" label="Ja" />
        <Radio value="no" label="Nej" />
      </Stack>
    </Radio.Group>
  );
}

/** What the screening just saved says, read aloud: whether it was within the 24 hours. */
export function ScreeningSaved({ screening }: { screening: Screening }) {
  return (
    <Alert color="green" variant="outline" title="Screeningen er gemt" role="status">
      <Text>{screening.onTime ? 'Screenet inden for fristen.' : 'Screenet efter fristen.'}</Text>
    </Alert>
  );
}

/** The 24-hour screening: danger to health or development, urgent measures, and the decision. */
export function ScreeningForm({ reportId, onSaved }: { reportId: string; onSaved: (s: Screening) => void }) {
  const client = useQueryClient();
  const [danger, setDanger] = useState<YesNo>('');
  const [urgent, setUrgent] = useState<YesNo>('');
  const [decision, setDecision] = useState<ScreeningRequest['decision']>('district_meeting');
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (body: ScreeningRequest) => screenReport(reportId, body),
    onSuccess: (screening) => {
      onSaved(screening);
      void client.invalidateQueries({ queryKey: INTAKE_KEY });
    },
  });

  const missing = (v: YesNo) => (tried && v === '' ? 'Vælg ja eller nej.' : undefined);
  const notesError =
    tried && decision === 'no_action' && notes.trim() === ''
      ? 'Skriv hvorfor der ikke skal ske mere.'
      : undefined;
  const urgentError =
    tried && decision === 'urgent_action' && urgent !== 'yes'
      ? 'Akut handling kræver, at der er behov for akutte foranstaltninger.'
      : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    if (danger === '' || urgent === '') return;
    if (decision === 'no_action' && notes.trim() === '') return;
    if (decision === 'urgent_action' && urgent !== 'yes') return;
    save.mutate({
      healthOrDevelopmentInDanger: danger === 'yes',
      urgentMeasuresNeeded: urgent === 'yes',
      decision,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="screening-heading">
      <Stack gap="md" maw={560}>
        <YesNoField
          label="Er barnets sundhed eller udvikling i fare?"
          value={danger}
          onChange={setDanger}
          error={missing(danger)}
        />
        <YesNoField
          label="Er der behov for akutte foranstaltninger?"
          value={urgent}
          onChange={setUrgent}
          error={missing(urgent) ?? urgentError}
        />
        <NativeSelect
          label="Beslutning"
          data={DECISIONS}
          value={decision}
          onChange={(e) => setDecision(e.currentTarget.value as ScreeningRequest['decision'])}
        />
        <Textarea
          label="Noter"
          description={decision === 'no_action' ? 'Skal udfyldes, når der ikke skal ske mere.' : 'Valgfrit.'}
          autosize
          minRows={3}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={notesError}
        />
        {save.isError && (
          <Alert color="red" variant="outline" title="Screeningen blev ikke gemt" role="alert">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            Gem screeningen
          </Button>
        </div>
      </Stack>
    </form>
  );
}
