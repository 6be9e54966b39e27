import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ICS_AREA_LABELS } from '../../core/catalog/types.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { DataTable } from '../ui/data-table.tsx';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { DECISION_LABELS, FOLLOW_UP_KIND_LABELS, GRID_RATERS, options, RATER_LABELS } from './case-labels.ts';
import {
  CASE_KEY,
  type CaseView,
  createFollowUp,
  type FollowUpCreateRequest,
  type FollowUpView,
  type MeasureView,
  type PlanView,
} from './casework-api.ts';

type Kind = FollowUpCreateRequest['kind'];
type Decision = NonNullable<FollowUpCreateRequest['decision']>;
type Rater = (typeof GRID_RATERS)[number];

interface Values {
  measureId: string;
  kind: Kind | '';
  heldOn: string;
  decision: Decision | '';
  nextCadenceWeeks: number | '';
  notes: string;
  /** `${goalId}|${rater}` → '0'…'10' or '' */
  ratings: Record<string, string>;
  idempotencyKey: string;
}
const blank = (): Values => ({
  measureId: '',
  kind: '',
  heldOn: todayDanish(),
  decision: '',
  nextCadenceWeeks: '',
  notes: '',
  ratings: {},
  idempotencyKey: newIdempotencyKey(),
});
const SCORES = [
  { value: '', label: '–' },
  ...Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) })),
];

/** Records a follow-up: kind, date, decision, the schedule at the first one, and the FIT grid. */
export function FollowUpForm(props: {
  view: CaseView;
  measures: MeasureView[];
  plans: PlanView[];
  followUps: FollowUpView[];
}) {
  const { view, measures } = props;
  const client = useQueryClient();
  const draft = useDraft<Values>(`trappen:case:${view.id}:follow-up`, blank());
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const measureId = v.measureId || (measures.length === 1 ? (measures[0]?.id ?? '') : '');
  const measure = measures.find((m) => m.id === measureId);
  // The first follow-up of a measure decides the schedule from then on.
  const hadFirst = props.followUps.some((f) => f.measureId === measureId && f.kind === 'first');
  const kind: Kind = v.kind || (measure && !hadFirst ? 'first' : 'regular');
  const heldOn = parseDanishDate(v.heldOn);
  const plan = [...props.plans].sort((a, b) => b.agreedOn.localeCompare(a.agreedOn))[0];
  // The goals the measure serves; with none tied to it, every goal of the plan.
  const served = plan?.goals.filter((g) => measureId && g.measureIds.includes(measureId)) ?? [];
  const goals = served.length > 0 ? served : (plan?.goals ?? []);

  const save = useMutation({
    mutationFn: () =>
      createFollowUp(view.id, {
        kind,
        measureId: measureId || undefined,
        heldOn: heldOn ?? '',
        decision: v.decision || undefined,
        nextCadenceWeeks: kind === 'first' && v.nextCadenceWeeks !== '' ? v.nextCadenceWeeks : undefined,
        notes: v.notes.trim() || undefined,
        ratings: Object.entries(v.ratings)
          .filter(([key, score]) => score !== '' && goals.some((g) => key.startsWith(`${g.id}|`)))
          .map(([key, score]) => {
            const [goalId = '', rater] = key.split('|');
            return { goalId, rater: rater as Rater, score: Number(score) };
          }),
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: () => {
      draft.set(blank());
      draft.clear();
      setTried(false);
      void client.invalidateQueries({ queryKey: CASE_KEY });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (heldOn && (measureId || kind === 'supervision_visit' || kind === 'aftercare')) save.mutate();
  }

  return (
    <Section id="new-follow-up" title="Ny opfølgning">
      <form noValidate onSubmit={submit} aria-label="Ny opfølgning">
        <Stack gap="sm">
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              label="Indsats"
              data={[
                { value: '', label: measures.length === 0 ? 'Ingen aktive indsatser' : 'Vælg indsats' },
                ...measures.map((m) => ({ value: m.id, label: `${m.offer.name} (trin ${m.step.position})` })),
              ]}
              value={measureId}
              onChange={(e) => draft.set({ ...v, measureId: e.currentTarget.value })}
              error={
                tried && !measureId && kind !== 'supervision_visit' && kind !== 'aftercare'
                  ? 'Vælg den indsats, der følges op på.'
                  : undefined
              }
            />
            <NativeSelect
              label="Slags"
              data={options(FOLLOW_UP_KIND_LABELS)}
              value={kind}
              onChange={(e) => draft.set({ ...v, kind: e.currentTarget.value as Kind })}
            />
            <TextInput
              label="Dato"
              description={DATE_HINT}
              value={v.heldOn}
              onChange={(e) => draft.set({ ...v, heldOn: e.currentTarget.value })}
              error={tried && !heldOn ? 'Skriv en gyldig dato.' : undefined}
            />
            <NativeSelect
              label="Beslutning"
              data={[{ value: '', label: 'Ingen beslutning' }, ...options(DECISION_LABELS)]}
              value={v.decision}
              onChange={(e) => draft.set({ ...v, decision: e.currentTarget.value as Decision })}
            />
          </Group>
          {kind === 'first' && (
            <NumberInput
              label="Følg op hver … uge herefter"
              description={`Tom: sporets kadence (${measure?.track === 'placement' ? 'anbringelser hver 6. uge' : 'hjemmebaserede indsatser hver 3. måned'}).`}
              min={1}
              max={52}
              maw={320}
              value={v.nextCadenceWeeks}
              onChange={(value) =>
                draft.set({ ...v, nextCadenceWeeks: typeof value === 'number' ? value : '' })
              }
            />
          )}
          {goals.length > 0 ? (
            <DataTable
              striped={false}
              aria-label="Vurdering af fremgang pr. mål (0–10)"
              columns={['Mål', ...GRID_RATERS.map((r) => RATER_LABELS[r])]}
            >
              {goals.map((g, i) => (
                <Table.Tr key={g.id}>
                  <Table.Th scope="row" fw={400}>
                    {i + 1}. {ICS_AREA_LABELS[g.icsArea]}: {g.text}
                  </Table.Th>
                  {GRID_RATERS.map((r) => (
                    <Table.Td key={r}>
                      <NativeSelect
                        aria-label={`Mål ${i + 1}, ${RATER_LABELS[r]}`}
                        data={SCORES}
                        value={v.ratings[`${g.id}|${r}`] ?? ''}
                        onChange={(e) =>
                          draft.set({
                            ...v,
                            ratings: { ...v.ratings, [`${g.id}|${r}`]: e.currentTarget.value },
                          })
                        }
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </DataTable>
          ) : (
            <Text size="sm">Planen har ingen mål at vurdere fremgang på.</Text>
          )}
          <Textarea
            label="Noter"
            autosize
            minRows={2}
            value={v.notes}
            onChange={(e) => draft.set({ ...v, notes: e.currentTarget.value })}
          />
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Opfølgningen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Gem opfølgningen
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
