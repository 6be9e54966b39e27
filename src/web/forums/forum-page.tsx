import { Alert, Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useUser } from '../session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate, yesNo } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { errorMessage, Loaded } from '../ui/states.tsx';
import {
  type ForumDay,
  fetchForumMeetings,
  forumMeetingsKey,
  planForumMeeting,
  STATUS_LABELS,
  stepForumMeeting,
} from './forums-api.ts';

/**
 * A forum's next 3 months: the rhythm's days and the meetings planned on them. The chair plans a
 * meeting on a day, publishes it and closes it; the server checks each step again (409 when the
 * meeting has moved on).
 */
export function ForumPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const meetings = useQuery({
    queryKey: forumMeetingsKey(id),
    queryFn: ({ signal }) => fetchForumMeetings(id, signal),
  });
  const forum = meetings.data?.forum;
  const chair = forum?.members.some((m) => m.chair && m.user?.id === user.id) ?? false;
  const title = forum?.name ?? 'Mødeforum';
  return (
    <Page title={title}>
      {forum && (
        <Text>
          {forum.kindLabel}
          {forum.district ? `, ${forum.district.name}` : ''}. {forum.rhythmText}.
        </Text>
      )}
      <Loaded query={meetings} loading="Henter møderne …" failed="Møderne kunne ikke hentes">
        {(data) =>
          data.meetings.length === 0 ? (
            <Text>
              Ingen mødedage fra {formatDate(data.from)} til {formatDate(data.to)}.
            </Text>
          ) : (
            <DataTable
              maw={900}
              caption={`Møder fra ${formatDate(data.from)} til ${formatDate(data.to)}`}
              columns={['Dato', 'Efter mødeplanen', 'Status', chair && { label: 'Handling', hidden: true }]}
            >
              {data.meetings.map((day) => (
                <DayRow key={day.heldOn} forumId={id} day={day} chair={chair} />
              ))}
            </DataTable>
          )
        }
      </Loaded>
    </Page>
  );
}

function DayRow({ forumId, day, chair }: { forumId: string; day: ForumDay; chair: boolean }) {
  const date = formatDate(day.heldOn);
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {day.meeting ? (
          <Anchor component={Link} to={`/moedefora/moede/${day.meeting.id}`}>
            {date}
            <VisuallyHidden>: dagsorden</VisuallyHidden>
          </Anchor>
        ) : (
          date
        )}
      </Table.Th>
      <Table.Td>{yesNo(day.inRhythm)}</Table.Td>
      <Table.Td>{day.meeting ? STATUS_LABELS[day.meeting.status] : 'Ikke planlagt'}</Table.Td>
      {chair && (
        <Table.Td>
          <ChairStep forumId={forumId} day={day} date={date} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/**
 * The chair's next step on a day. One button whose words change with the meeting's state, so
 * keyboard focus stays on it from "Planlæg møde" to "Offentliggør" to "Afslut".
 */
function ChairStep({ forumId, day, date }: { forumId: string; day: ForumDay; date: string }) {
  const client = useQueryClient();
  const meeting = day.meeting;
  const step = !meeting
    ? { label: 'Planlæg møde', run: () => planForumMeeting(forumId, day.heldOn) }
    : meeting.status === 'planned'
      ? { label: 'Offentliggør', run: () => stepForumMeeting(meeting.id, 'publish') }
      : meeting.status === 'published'
        ? { label: 'Afslut', run: () => stepForumMeeting(meeting.id, 'close') }
        : null;
  const mutation = useMutation({
    mutationFn: async () => step?.run(),
    onSettled: () => client.invalidateQueries({ queryKey: forumMeetingsKey(forumId) }),
  });
  if (!step) return <Text size="sm">Låst</Text>;
  return (
    <Stack gap={4} align="flex-start">
      <Button size="compact-sm" onClick={() => mutation.mutate()} loading={mutation.isPending}>
        {step.label}
        <VisuallyHidden>{meeting ? ` mødet den ${date}` : ` den ${date}`}</VisuallyHidden>
      </Button>
      {mutation.isError && (
        <Alert color="red" variant="outline" role="alert" p="xs">
          <Text size="sm">{errorMessage(mutation.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
