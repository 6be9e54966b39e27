import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  MEETING_DECISION_LABELS,
  MEETING_DECISIONS,
  type MeetingDecision,
} from '../../core/intake/sources.ts';
import { formatDateTime, yesNo } from '../ui/format.ts';
import { errorMessage } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { AcuteBadge } from './acute-badge.tsx';
import { type Agenda, decide, INTAKE_KEY } from './intake-api.ts';

const SCREENING_LABELS: Record<Agenda['agenda'][number]['screening']['decision'], string> = {
  district_meeting: 'Til distriktsmødet',
  urgent_action: 'Akut handling',
  existing_case: 'Eksisterende sag',
  no_action: 'Ingen yderligere handling',
};

/** One report on the agenda: what was reported and screened, and the meeting's decision with reasons. */
export function AgendaItemCard(props: {
  item: Agenda['agenda'][number];
  meetingId: string | null;
  districtId: string;
}) {
  const { item } = props;
  const client = useQueryClient();
  const [decision, setDecision] = useState<MeetingDecision | ''>('');
  const [reasons, setReasons] = useState('');
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (meetingId: string) =>
      decide(meetingId, {
        reportId: item.reportId,
        decision: decision as MeetingDecision,
        reasons: reasons.trim(),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: INTAKE_KEY }),
  });
  const headingId = `agenda-${item.reportId}`;
  const fieldPrefix = `decision-${item.reportId}`;

  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} id={headingId}>
            {item.child.name}
            {item.child.provisional ? ' (foreløbig identitet)' : ''}
          </Title>
          {item.acute && <AcuteBadge />}
          {item.linkedFlagged && (
            <WordBadge color="orange">{item.linkedInLast12Months} underretninger på 12 måneder</WordBadge>
          )}
        </Group>
        <Text size="sm">
          {item.sourceLabel} · modtaget {formatDateTime(item.receivedAt)} · screenet{' '}
          {formatDateTime(item.screening.screenedAt)}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
        <Text size="sm">
          Sundhed eller udvikling i fare: {yesNo(item.screening.healthOrDevelopmentInDanger)} · Akutte
          foranstaltninger: {yesNo(item.screening.urgentMeasuresNeeded)} · Screening:{' '}
          {SCREENING_LABELS[item.screening.decision]}
          {item.screening.notes ? ` · Noter: ${item.screening.notes}` : ''}
        </Text>
        {props.meetingId === null ? (
          <Text fs="italic">Åbn mødet for at beslutte.</Text>
        ) : (
          <form
            noValidate
            aria-label={`Beslutning om ${item.child.name}`}
            onSubmit={(e) => {
              e.preventDefault();
              setTried(true);
              if (decision !== '' && reasons.trim() !== '' && props.meetingId) save.mutate(props.meetingId);
            }}
          >
            <Stack gap="sm" maw={640}>
              <Radio.Group
                name={fieldPrefix}
                label="Beslutning"
                withAsterisk
                value={decision}
                onChange={(v) => setDecision(v as MeetingDecision)}
                error={tried && decision === '' ? 'Vælg en beslutning.' : undefined}
              >
                <Stack gap={6} mt={6}>
                  {MEETING_DECISIONS.map((d) => (
                    <Radio key={d} value={d} label={MEETING_DECISION_LABELS[d]} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                label="Begrundelse"
                withAsterisk
                autosize
                minRows={2}
                value={reasons}
                onChange={(e) => setReasons(e.currentTarget.value)}
                error={tried && reasons.trim() === '' ? 'Skriv begrundelsen.' : undefined}
              />
              {save.isError && (
                <Alert color="red" variant="outline" title="Beslutningen blev ikke gemt" role="alert">
                  <Text>{errorMessage(save.error)}</Text>
                </Alert>
              )}
              <div>
                <Button type="submit" loading={save.isPending}>
                  Gem beslutningen
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
