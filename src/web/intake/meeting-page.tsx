import { Alert, Anchor, Button, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can, useUser } from '../session.ts';
import { DATE_HINT, parseDanishDate, todayDanish } from '../ui/danish-date.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import {
  type Agenda,
  agendaKey,
  fetchAgenda,
  fetchQueue,
  INTAKE_KEY,
  type Meeting,
  openMeeting,
  QUEUE_KEY,
  QUEUE_PERMISSIONS,
} from './intake-api.ts';
import { CloseMeeting } from './meeting-close.tsx';
import { AgendaItemCard } from './meeting-decision.tsx';
import { MeetingList } from './meeting-list.tsx';

/** `/distriktsmoede?district=`: the next district meeting's agenda and a decision per report. */
export function MeetingPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  // Front has no districts of its own: offer the districts its queue names.
  const queue = useQuery({
    queryKey: QUEUE_KEY,
    queryFn: ({ signal }) => fetchQueue(signal),
    enabled: user.districts.length === 0 && can(user, QUEUE_PERMISSIONS),
  });
  const districts = new Map(user.districts.map((d) => [d.id, d.name]));
  for (const item of [...(queue.data?.toScreen ?? []), ...(queue.data?.receiptsDue ?? [])]) {
    if (item.district) districts.set(item.district.id, item.district.name);
  }
  const district = params.get('district') ?? user.districts[0]?.id ?? '';
  if (district && !districts.has(district)) districts.set(district, 'Valgt distrikt');

  return (
    <Page title="Distriktsmøde">
      <Text>
        Mødet beslutter for hver screenet underretning i distriktet: børnefaglig undersøgelse, afdækning,
        forebyggende arbejde eller ingen yderligere handling — altid med begrundelse.
      </Text>
      <NativeSelect
        label="Distrikt"
        maw={320}
        data={[
          { value: '', label: 'Vælg distrikt' },
          ...[...districts].map(([value, label]) => ({ value, label })),
        ]}
        value={district}
        onChange={(e) =>
          setParams(e.currentTarget.value ? { district: e.currentTarget.value } : {}, { replace: true })
        }
      />
      {district ? (
        <DistrictAgenda districtId={district} />
      ) : (
        <Text>Vælg et distrikt for at se dagsordenen.</Text>
      )}
    </Page>
  );
}

function DistrictAgenda({ districtId }: { districtId: string }) {
  const agenda = useQuery({
    queryKey: agendaKey(districtId),
    queryFn: ({ signal }) => fetchAgenda(districtId, signal),
  });
  // A decided report leaves the agenda; remember whom it was about to name it among the decisions.
  const names = useRef(new Map<string, string>());
  for (const item of agenda.data?.agenda ?? []) names.current.set(item.reportId, item.child.name);
  if (agenda.isPending) return <Loading label="Henter dagsordenen …" />;
  if (agenda.isError) return <ErrorState error={agenda.error} title="Dagsordenen kunne ikke hentes" />;
  const { meeting } = agenda.data;
  return (
    <Stack gap="lg">
      {meeting ? <MeetingHeader meeting={meeting} /> : <OpenMeetingForm districtId={districtId} />}
      <AgendaList agenda={agenda.data} districtId={districtId} names={names.current} />
      {meeting && (
        <section aria-labelledby="close-heading">
          <Title order={2} id="close-heading" mb="xs">
            Afslut mødet
          </Title>
          <CloseMeeting key={meeting.id} meeting={meeting} undecided={agenda.data.agenda.length} />
        </section>
      )}
      <MeetingList districtId={districtId} />
    </Stack>
  );
}

function MeetingHeader({ meeting }: { meeting: Meeting }) {
  return (
    <section aria-labelledby="meeting-heading">
      <Title order={2} id="meeting-heading" mb="xs">
        Møde {formatDate(meeting.heldOn)} · {meeting.district.name}
      </Title>
      <Text>
        Deltagere:{' '}
        {meeting.participants.length === 0
          ? 'ingen registreret'
          : meeting.participants.map((p) => `${p.name} (${p.role})`).join(', ')}
      </Text>
      <Anchor component={Link} to={`/distriktsmoede/${meeting.id}/referat`}>
        Se referatet indtil nu
      </Anchor>
    </section>
  );
}

function OpenMeetingForm({ districtId }: { districtId: string }) {
  const user = useUser();
  const client = useQueryClient();
  const [date, setDate] = useState(todayDanish());
  const [tried, setTried] = useState(false);
  const heldOn = parseDanishDate(date);
  const open = useMutation({
    mutationFn: (on: string) =>
      openMeeting(districtId, on, [{ userId: user.id, name: user.displayName, role: user.roleLabel }]),
    onSuccess: () => client.invalidateQueries({ queryKey: INTAKE_KEY }),
  });
  return (
    <form
      noValidate
      aria-label="Åbn mødet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (heldOn) open.mutate(heldOn);
      }}
    >
      <Stack gap="sm" maw={420}>
        <Text>
          Der er ikke åbnet et møde endnu. Åbn det for at registrere beslutninger; du står som deltager.
        </Text>
        <TextInput
          label="Mødedato"
          description={DATE_HINT}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={tried && !heldOn ? 'Skriv en gyldig dato.' : undefined}
        />
        {open.isError && (
          <Alert color="red" variant="outline" title="Mødet blev ikke åbnet" role="alert">
            <Text>{errorMessage(open.error)}</Text>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={open.isPending}>
            Åbn mødet
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function AgendaList(props: { agenda: Agenda; districtId: string; names: Map<string, string> }) {
  const { agenda, districtId, names } = props;
  return (
    <>
      <section aria-labelledby="agenda-heading">
        <Title order={2} id="agenda-heading" mb="xs">
          Dagsorden ({agenda.agenda.length})
        </Title>
        {agenda.agenda.length === 0 ? (
          <Text>Der er ingen screenede underretninger, der venter på en beslutning.</Text>
        ) : (
          <Stack gap="md">
            {agenda.agenda.map((item) => (
              <AgendaItemCard
                key={item.reportId}
                item={item}
                meetingId={agenda.meeting?.id ?? null}
                districtId={districtId}
              />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="decisions-heading">
        <Title order={2} id="decisions-heading" mb="xs">
          Beslutninger ({agenda.decisions.length})
        </Title>
        {agenda.decisions.length === 0 ? (
          <Text>Ingen beslutninger endnu.</Text>
        ) : (
          <List spacing="xs">
            {agenda.decisions.map((d) => (
              <List.Item key={d.id}>
                <Text fw={600}>
                  {names.has(d.reportId) ? `${names.get(d.reportId)}: ` : ''}
                  {d.decisionLabel}
                </Text>
                <Text size="sm">
                  {formatDateTime(d.decidedAt)} · Begrundelse: {d.reasons}
                </Text>
                {d.caseId && (
                  <Anchor component={Link} to={`/sag/${d.caseId}`} size="sm">
                    Åbn sagen
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </>
  );
}
