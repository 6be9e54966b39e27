import { NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  FORUM_SETTINGS_KEY,
  type ForumSettingsRequest,
  type ForumSettingsView,
  fetchForumSettings,
  saveForumSettings,
} from '../casework/gate-api.ts';
import { Page } from '../ui/page.tsx';
import { RulesSave } from '../ui/rules-save.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';

const TITLE = 'Regler for mødefora';

type NumberKey = Exclude<
  keyof ForumSettingsRequest,
  'specialisedSteps' | 'specialisedOfferSteps' | 'institutionalSteps' | 'approvalThresholds'
>;
type StepsKey = 'specialisedSteps' | 'specialisedOfferSteps' | 'institutionalSteps';

// The bounds are migration 016's CHECKs, as ForumSettingsRequest (src/core/api/forum-settings.ts).
const NUMBERS: { key: NumberKey; label: string; min: number; max: number }[] = [
  {
    key: 'reviewIntervalMonths',
    label: 'Specialiserede tilbud tilbage i rådet efter (måneder)',
    min: 1,
    max: 24,
  },
  {
    key: 'politicalReviewMonths',
    label: 'Politisk gennemgang af anbringelser hver (måneder)',
    min: 1,
    max: 24,
  },
  { key: 'institutionalFlagMonths', label: 'Institutionsophold markeres efter (måneder)', min: 1, max: 60 },
  { key: 'aftercareLeadMonths', label: 'Efterværn på dagsordenen før 17½ år (måneder)', min: 0, max: 12 },
  { key: 'decisionValidityMonths', label: 'En afgørelse gælder i (måneder)', min: 1, max: 24 },
  { key: 'emergencyDays', label: 'Akutafgørelse skal i udvalget inden (dage)', min: 1, max: 60 },
];
const STEPS: { key: StepsKey; label: string; description: string }[] = [
  {
    key: 'specialisedSteps',
    label: 'Specialiserede trin',
    description: 'Alle tilbud på trinnene kræver Det Kreative Råd eller udvalget. Fx 4, 5, 6.',
  },
  {
    key: 'specialisedOfferSteps',
    label: 'Trin med specialiserede tilbud',
    description: 'Kun tilbud mærket specialiseret (fx MST) kræver Det Kreative Råd. Fx 3.',
  },
  {
    key: 'institutionalSteps',
    label: 'Institutionstrin',
    description: 'Anbringelser på institution (lange ophold markeres). Fx 6.',
  },
];
const THRESHOLD_STEPS = [1, 2, 3, 4, 5, 6];

interface Values {
  steps: Record<StepsKey, string>;
  numbers: Record<NumberKey, number | string>;
  /** kroner a month per step; '' = the general threshold */
  byStep: Record<number, number | string>;
  otherwise: number | string;
}

function valuesOf(d: ForumSettingsView): Values {
  const byStep: Record<number, number | string> = {};
  for (const s of THRESHOLD_STEPS) byStep[s] = '';
  for (const t of d.approvalThresholds.byStep) byStep[t.stepPosition] = t.amount;
  return {
    steps: {
      specialisedSteps: d.specialisedSteps.join(', '),
      specialisedOfferSteps: d.specialisedOfferSteps.join(', '),
      institutionalSteps: d.institutionalSteps.join(', '),
    },
    numbers: Object.fromEntries(NUMBERS.map((f) => [f.key, d[f.key]])) as Record<NumberKey, number>,
    byStep,
    otherwise: d.approvalThresholds.otherwise ?? '',
  };
}

/** "4, 5, 6" → [4, 5, 6]; null when a part is not a step number. */
function parseSteps(text: string): number[] | null {
  const parts = text.split(/[,\s]+/).filter((p) => p !== '');
  const steps = parts.map(Number);
  return steps.every((s) => Number.isInteger(s) && s >= 1 && s <= 30) ? [...new Set(steps)] : null;
}

/**
 * `/moedefora/regler`: the forums' local rules and the approval thresholds (docs/forums.md
 * "Settings"), set by the administrator; the server validates again and answers in Danish.
 */
export function ForumSettingsPage() {
  const settings = useQuery({
    queryKey: FORUM_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchForumSettings(signal),
  });
  let body: ReactNode;
  if (settings.isPending) body = <Loading label="Henter reglerne …" />;
  else if (settings.isError) body = <ErrorState error={settings.error} title="Reglerne kunne ikke hentes" />;
  else body = <SettingsForm data={settings.data} />;
  return (
    <Page title={TITLE}>
      <Text>
        Kommunens lokale regler for Det Kreative Råd, udvalgene og lederens bevilling. De er lokal politik,
        ikke lov; udgangspunktet er Fællesskabsmodellens.
      </Text>
      {body}
    </Page>
  );
}

function SettingsForm({ data }: { data: ForumSettingsView }) {
  const client = useQueryClient();
  const [v, setV] = useState<Values>(() => valuesOf(data));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const numberBad = (f: (typeof NUMBERS)[number]) => {
    const n = v.numbers[f.key];
    return typeof n !== 'number' || !Number.isInteger(n) || n < f.min || n > f.max;
  };
  const amountBad = (a: number | string) => a !== '' && (typeof a !== 'number' || a < 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const steps = Object.fromEntries(STEPS.map((s) => [s.key, parseSteps(v.steps[s.key])]));
    if (
      NUMBERS.some(numberBad) ||
      STEPS.some((s) => steps[s.key] === null) ||
      THRESHOLD_STEPS.some((s) => amountBad(v.byStep[s] ?? '')) ||
      amountBad(v.otherwise)
    ) {
      setError('Ret de markerede felter.');
      return;
    }
    const body = {
      ...(steps as Record<StepsKey, number[]>),
      ...(v.numbers as Record<NumberKey, number>),
      approvalThresholds: {
        byStep: THRESHOLD_STEPS.filter((s) => v.byStep[s] !== '').map((s) => ({
          stepPosition: s,
          amount: Number(v.byStep[s]),
        })),
        otherwise: v.otherwise === '' ? null : Number(v.otherwise),
      },
    };
    setBusy(true);
    setError(undefined);
    try {
      const result = await saveForumSettings(body);
      client.setQueryData(FORUM_SETTINGS_KEY, result);
      setV(valuesOf(result));
      setSaved(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={TITLE}>
      <Stack gap="md" maw="48rem">
        {STEPS.map((s) => (
          <TextInput
            key={s.key}
            label={s.label}
            description={s.description}
            value={v.steps[s.key]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setV((old) => ({ ...old, steps: { ...old.steps, [s.key]: text } }));
            }}
            error={
              parseSteps(v.steps[s.key]) === null
                ? 'Skriv trinnenes numre adskilt af komma, fx 4, 5, 6.'
                : undefined
            }
            w="24rem"
          />
        ))}
        {NUMBERS.map((f) => (
          <NumberInput
            key={f.key}
            label={f.label}
            min={f.min}
            max={f.max}
            allowDecimal={false}
            required
            value={v.numbers[f.key]}
            onChange={(n) => setV((old) => ({ ...old, numbers: { ...old.numbers, [f.key]: n } }))}
            error={numberBad(f) ? `Skriv et helt tal fra ${f.min} til ${f.max}.` : undefined}
            w="24rem"
          />
        ))}
        <Title order={2}>Beløbsgrænser for lederens bevilling (kr. pr. måned)</Title>
        <Text size="sm">
          En indsats over grænsen for sit trin venter på en leders bevilling. Tomt felt: den generelle grænse;
          er den også tom, kræver trinnet ingen bevilling.
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {THRESHOLD_STEPS.map((s) => (
            <NumberInput
              key={s}
              label={`Trin ${s}`}
              min={0}
              thousandSeparator="."
              decimalSeparator=","
              value={v.byStep[s] ?? ''}
              onChange={(n) => setV((old) => ({ ...old, byStep: { ...old.byStep, [s]: n } }))}
              error={amountBad(v.byStep[s] ?? '') ? 'Skriv et beløb på 0 kr. eller mere.' : undefined}
            />
          ))}
        </SimpleGrid>
        <NumberInput
          label="Generel grænse (de øvrige trin)"
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          value={v.otherwise}
          onChange={(n) => setV((old) => ({ ...old, otherwise: n }))}
          error={amountBad(v.otherwise) ? 'Skriv et beløb på 0 kr. eller mere.' : undefined}
          w="24rem"
        />
        <RulesSave error={error} saved={saved} busy={busy} />
      </Stack>
    </form>
  );
}
