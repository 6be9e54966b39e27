import { Alert, Badge, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import classes from './analysis.module.css';
import { ANALYSIS_KEY, saveAnalysisSettings } from './catalog-api.ts';
import { percent } from './format.ts';

interface Props {
  /** 0–1 */
  threshold: number;
  /** 0–1: child-directed individual places of all places */
  actual: number;
  editable: boolean;
}

/**
 * The rule "too many child-directed individual offers" needs a limit. Everyone sees it next to the
 * actual share; the admin can change it, and the analysis is computed again.
 */
export function ThresholdSetting({ threshold, actual, editable }: Props) {
  const over = actual > threshold;
  return (
    <Section id="analysis-threshold" title="Grænse for børnerettede individuelle tilbud">
      <Text>
        Børnerettede individuelle tilbud har <strong>{percent(actual, 1)}</strong> af pladserne. Grænsen er{' '}
        <strong>{percent(threshold, 1)}</strong>.
      </Text>
      <Group>
        <Badge variant="outline" color={over ? 'orange.9' : 'green.9'} c="black" size="lg">
          {over ? 'Over grænsen' : 'Inden for grænsen'}
        </Badge>
      </Group>
      {editable && <ThresholdForm threshold={threshold} />}
    </Section>
  );
}

function ThresholdForm({ threshold }: { threshold: number }) {
  const client = useQueryClient();
  const [value, setValue] = useState<number | ''>(Math.round(threshold * 1000) / 10);
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: (share: number) => saveAnalysisSettings(share),
    onSuccess: () => client.invalidateQueries({ queryKey: ANALYSIS_KEY }),
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (value === '' || value < 0 || value > 100) {
      setError('Skriv grænsen i procent, fra 0 til 100.');
      return;
    }
    setError(undefined);
    mutation.mutate(Math.round(value * 10) / 1000);
  }

  return (
    <form onSubmit={handleSubmit} noValidate className={classes.noPrint}>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Ny grænse (% af pladserne)"
            min={0}
            max={100}
            decimalScale={1}
            decimalSeparator=","
            clampBehavior="none"
            suffix=" %"
            value={value}
            onChange={(v) => {
              setValue(typeof v === 'number' ? v : v === '' ? '' : Number(v));
              mutation.reset();
            }}
            error={error}
            w={220}
          />
          <Button type="submit" loading={mutation.isPending}>
            Gem grænse
          </Button>
        </Group>
        {mutation.isSuccess && <Text role="status">Grænsen er gemt, og analysen er regnet igen.</Text>}
        {mutation.isError && (
          <Alert color="red" variant="outline" role="alert" title="Grænsen er ikke gemt">
            {errorMessage(mutation.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
