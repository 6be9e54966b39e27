import { Alert, Button, Fieldset, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { LEVELS } from '../../core/detection/scale.ts';
import { errorMessage } from '../ui/states.tsx';
import { type ConcernView, concernKey, correctConcern, MY_CONCERNS_KEY } from './detection-api.ts';

/**
 * A correction appended to a concern someone has acted on: what the preventive worker read stays
 * as it was, and the correction (with a new level, if any) is shown beneath it, dated.
 */
export function CorrectionForm({ concern }: { concern: ConcernView }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [level, setLevel] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (text.trim() === '') {
      setError('Skriv, hvad der skal rettes.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const view = await correctConcern(concern.id, {
        text: text.trim(),
        ...(level ? { level: Number(level) } : {}),
      });
      // Without its guide: the page asks for the guide of the corrected level.
      client.setQueryData(concernKey(concern.id), view);
      client.invalidateQueries({ queryKey: MY_CONCERNS_KEY });
      setText('');
      setLevel('');
      setDone(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Fieldset legend="Tilføj en rettelse">
        <Stack gap="sm">
          <Text size="sm">
            Bekymringen er taget op og kan ikke længere ændres. En rettelse lægges til og vises med dato.
          </Text>
          <Textarea
            label="Hvad skal rettes?"
            autosize
            minRows={2}
            maxLength={2000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={error}
            withAsterisk
          />
          <NativeSelect
            label="Nyt niveau (valgfrit)"
            value={level}
            onChange={(event) => setLevel(event.currentTarget.value)}
            data={[
              { value: '', label: `Uændret (${concern.level})` },
              ...[...LEVELS].reverse().map((l) => ({ value: String(l), label: String(l) })),
            ]}
          />
          {done && (
            <Alert color="green" variant="outline" role="status" title="Rettelsen er tilføjet">
              Den står nu under «Rettelser».
            </Alert>
          )}
          <div>
            <Button type="submit" loading={busy}>
              Tilføj rettelsen
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  );
}
