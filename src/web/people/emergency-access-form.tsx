import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { requestEmergencyAccess } from './children-api.ts';

const MIN_REASON = 10;

/**
 * Reading outside one's scope is allowed in an emergency, with a reason that is logged and seen
 * by the leader. The reason is kept in sessionStorage so a failed request or an expired session
 * does not lose it.
 */
export function EmergencyAccessForm({ childId, onGranted }: { childId: string; onGranted: () => void }) {
  const draftKey = `trappen.emergency-reason.${childId}`;
  const draft = useDraft(draftKey, '');
  const reason = draft.value;
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const length = reason.trim().length;
  const tooShort = length < MIN_REASON;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (tooShort) return;
    setBusy(true);
    setError(undefined);
    try {
      await requestEmergencyAccess(childId, reason.trim());
      draft.clear();
      onGranted();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="emergency-heading">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Title order={2} id="emergency-heading" size="h3">
            Anmod om nødadgang
          </Title>
          <Text>
            Barnet ligger uden for dine sager og distrikter. Har du brug for oplysningerne nu, kan du give dig
            selv nødadgang. Adgangen er tidsbegrænset, den logges med din begrundelse, og din leder kan se den
            i revisionsloggen.
          </Text>
          {error && (
            <Alert color="red" variant="outline" role="alert" title="Nødadgang blev ikke givet">
              {error}
            </Alert>
          )}
          <Textarea
            label="Begrundelse"
            description={`Skriv, hvorfor du har brug for adgang nu. Mindst ${MIN_REASON} tegn (${length} skrevet).`}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => draft.set(event.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={touched && tooShort ? `Begrundelsen skal være mindst ${MIN_REASON} tegn.` : undefined}
          />
          <div>
            <Button type="submit" color="red.9" loading={busy}>
              Giv mig nødadgang
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
