import { Group, NativeSelect, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../ui/format.ts';
import { ErrorState, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import { type Chronology, chronologyKey, fetchChronology } from './overview-api.ts';

type Kind = Chronology['events'][number]['kind'];

export const CHRONOLOGY_KIND_LABELS: Record<Kind, string> = {
  report: 'Underretning',
  meeting_decision: 'Distriktsmøde',
  case_opened: 'Sag åbnet',
  case_closed: 'Sag lukket',
  assignment: 'Fordeling',
  assessment_started: 'Undersøgelse startet',
  assessment_completed: 'Undersøgelse afsluttet',
  child_conversation: 'Børnesamtale',
  family_meeting: 'Familiemøde',
  plan: 'Plan',
  forum_decision: 'Mødeforum',
  emergency_decision: 'Akutafgørelse',
  written_decision: 'Afgørelse',
  document_sent: 'Dokument sendt',
  measure_started: 'Indsats startet',
  measure_ended: 'Indsats afsluttet',
  ladder_move: 'Trin på trappen',
  follow_up: 'Opfølgning',
  journal: 'Journal',
};

/** Filters by what a reader of the case usually looks for. */
const GROUPS: { value: string; label: string; kinds: readonly Kind[] | null }[] = [
  { value: '', label: 'Alle hændelser', kinds: null },
  {
    value: 'reports',
    label: 'Underretninger og beslutninger',
    kinds: ['report', 'meeting_decision', 'case_opened', 'case_closed', 'assignment'],
  },
  {
    value: 'assessment',
    label: 'Undersøgelse og plan',
    kinds: ['assessment_started', 'assessment_completed', 'child_conversation', 'family_meeting', 'plan'],
  },
  {
    value: 'measures',
    label: 'Indsatser, trin og opfølgning',
    kinds: [
      'forum_decision',
      'emergency_decision',
      'written_decision',
      'measure_started',
      'measure_ended',
      'ladder_move',
      'follow_up',
    ],
  },
  { value: 'journal', label: 'Journal og dokumenter', kinds: ['journal', 'document_sent'] },
];

/**
 * The case page's "Kronologi" tab: the key events of the case as a timeline — reports,
 * decisions, assessments, plans, measures, moves on the ladder, follow-ups and journal decisions.
 */
export function ChronologyTab({ caseId }: { caseId: string; canWrite?: boolean }) {
  const chronology = useQuery({
    queryKey: chronologyKey(caseId),
    queryFn: ({ signal }) => fetchChronology(caseId, signal),
  });
  const [group, setGroup] = useState('');
  const [order, setOrder] = useState<'oldest' | 'newest'>('oldest');

  if (chronology.isPending) return <Loading label="Henter kronologien …" />;
  if (chronology.isError)
    return <ErrorState error={chronology.error} title="Kronologien kunne ikke hentes" />;
  const kinds = GROUPS.find((g) => g.value === group)?.kinds ?? null;
  const shown = chronology.data.events.filter((e) => kinds === null || kinds.includes(e.kind));
  const events = order === 'oldest' ? shown : [...shown].reverse();

  return (
    <section aria-label="Kronologi">
      <Group gap="md" align="flex-end" mb="md">
        <NativeSelect
          label="Vis"
          data={GROUPS.map(({ value, label }) => ({ value, label }))}
          value={group}
          onChange={(e) => setGroup(e.currentTarget.value)}
        />
        <NativeSelect
          label="Rækkefølge"
          data={[
            { value: 'oldest', label: 'Ældste først' },
            { value: 'newest', label: 'Nyeste først' },
          ]}
          value={order}
          onChange={(e) => setOrder(e.currentTarget.value as 'oldest' | 'newest')}
        />
      </Group>
      <Text size="sm" mb="sm" role="status">
        {events.length === 1 ? '1 hændelse' : `${events.length} hændelser`}
      </Text>
      {events.length === 0 ? (
        <Text>Ingen hændelser at vise.</Text>
      ) : (
        <Timeline
          bulletSize={14}
          lineWidth={2}
          color="blue.8"
          component="ol"
          style={{ listStyle: 'none', paddingLeft: 0 }}
        >
          {events.map((e, i) => (
            <Timeline.Item
              key={`${e.on}-${e.kind}-${e.entityId ?? i}`}
              component="li"
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={700} component="span">
                    {formatDate(e.on)}
                  </Text>
                  <WordBadge color="gray.7">{CHRONOLOGY_KIND_LABELS[e.kind]}</WordBadge>
                  <Text component="span">{e.title}</Text>
                </Group>
              }
            >
              {e.detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.detail}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}
