import { Alert, Button, Fieldset, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { useStoreAssessment } from './assessment-editor.tsx';
import { options, SAFETY_ROLE_LABELS, type SafetyRole } from './case-labels.ts';
import { type AssessmentView, conflictCurrent, patchAssessment } from './casework-api.ts';

interface Row {
  participant: string;
  participantRole: SafetyRole;
  score: string;
}
const emptyRow = (role: SafetyRole = 'parent'): Row => ({
  participant: '',
  participantRole: role,
  score: '',
});
const SCORES = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

/**
 * The safety scale of Signs of Safety: 0 (the child is not safe, must be placed) to 10 (safe
 * enough to close), one rating per participant. Ratings are added, never replaced.
 */
export function SafetyRatings(props: { caseId: string; assessment: AssessmentView; canWrite: boolean }) {
  const { assessment } = props;
  const draft = useDraft(`trappen:assessment:${assessment.id}:ratings`, {
    ratedOn: todayDanish(),
    rows: [emptyRow('child'), emptyRow('parent')],
  });
  const [tried, setTried] = useState(false);
  const store = useStoreAssessment(props.caseId);
  const ratedOn = parseDanishDate(draft.value.ratedOn);
  const rows = draft.value.rows;
  const filled = rows.filter((r) => r.participant.trim() !== '' || r.score !== '');
  const rowError = (r: Row) =>
    r.participant.trim() === '' && r.score !== ''
      ? 'Skriv hvem der vurderer.'
      : r.participant.trim() !== '' && r.score === ''
        ? 'Vælg et tal fra 0 til 10.'
        : undefined;

  const save = useMutation({
    mutationFn: (version: number) =>
      patchAssessment(assessment.id, {
        version,
        safetyRatings: filled.map((r) => ({
          participant: r.participant.trim(),
          participantRole: r.participantRole,
          score: Number(r.score),
          ratedOn: ratedOn ?? '',
        })),
      }),
    onSuccess: (saved) => {
      store(saved);
      draft.discard();
      setTried(false);
    },
    onError: (error) => {
      // Ratings are only added: a newer version of the assessment changes nothing here.
      const current = conflictCurrent<AssessmentView>(error, 'assessment');
      if (current) save.mutate(current.version);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!ratedOn || filled.length === 0 || filled.some((r) => rowError(r))) return;
    save.mutate(assessment.version);
  }

  const setRow = (i: number, row: Row) =>
    draft.set({ ...draft.value, rows: rows.map((r, j) => (j === i ? row : r)) });

  return (
    <Section id="safety-ratings" title="Sikkerhedsskala (0–10)">
      <Text size="sm">
        0: barnet er ikke sikkert hjemme. 10: der er sikkerhed nok til at afslutte sagen. Hver deltager giver
        sin egen vurdering.
      </Text>
      {assessment.safetyRatings.length === 0 ? (
        <Text>Ingen vurderinger endnu.</Text>
      ) : (
        <DataTable
          withTableBorder={false}
          aria-label="Vurderinger på sikkerhedsskalaen"
          columns={['Dato', 'Deltager', 'Rolle', 'Vurdering']}
        >
          {assessment.safetyRatings.map((r) => (
            <Table.Tr key={`${r.ratedOn}-${r.participant}-${r.participantRole}-${r.score}`}>
              <Table.Td>{formatDate(r.ratedOn)}</Table.Td>
              <Table.Td>{r.participant}</Table.Td>
              <Table.Td>{SAFETY_ROLE_LABELS[r.participantRole as SafetyRole] ?? r.participantRole}</Table.Td>
              <Table.Td>{r.score} af 10</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {props.canWrite && (
        <form noValidate onSubmit={submit} aria-label="Nye vurderinger på sikkerhedsskalaen">
          <Stack gap="sm">
            <TextInput
              label="Vurderet den"
              description={DATE_HINT}
              maw={320}
              value={draft.value.ratedOn}
              onChange={(e) => draft.set({ ...draft.value, ratedOn: e.currentTarget.value })}
              error={tried && !ratedOn ? 'Skriv en gyldig dato.' : undefined}
            />
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
              <Fieldset key={i} legend={`Deltager ${i + 1}`}>
                <Group align="flex-start" gap="sm" wrap="wrap">
                  <TextInput
                    label="Navn"
                    value={row.participant}
                    onChange={(e) => setRow(i, { ...row, participant: e.currentTarget.value })}
                    error={tried ? rowError(row) : undefined}
                  />
                  <NativeSelect
                    label="Rolle"
                    data={options(SAFETY_ROLE_LABELS)}
                    value={row.participantRole}
                    onChange={(e) =>
                      setRow(i, { ...row, participantRole: e.currentTarget.value as SafetyRole })
                    }
                  />
                  <NativeSelect
                    label="Vurdering (0–10)"
                    data={[{ value: '', label: 'Vælg' }, ...SCORES]}
                    value={row.score}
                    onChange={(e) => setRow(i, { ...row, score: e.currentTarget.value })}
                  />
                </Group>
              </Fieldset>
            ))}
            {tried && filled.length === 0 && (
              <Text c="red.9" role="alert">
                Udfyld mindst én deltager.
              </Text>
            )}
            {save.isError && !conflictCurrent(save.error, 'assessment') && (
              <Alert color="red" variant="outline" role="alert" title="Vurderingerne er ikke gemt">
                <Text>{errorMessage(save.error)}</Text>
              </Alert>
            )}
            <Group gap="sm">
              <Button
                variant="default"
                onClick={() => draft.set({ ...draft.value, rows: [...rows, emptyRow()] })}
                disabled={rows.length >= 20}
              >
                Tilføj deltager
              </Button>
              <Button type="submit" loading={save.isPending}>
                Gem vurderingerne
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
