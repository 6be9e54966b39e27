import { Alert, Button, Fieldset, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../ui/states.tsx';
import { closeMeeting, INTAKE_KEY, type Meeting, type Participant } from './intake-api.ts';

/**
 * The end of the meeting: correct who took part, then "Afslut møde". The minutes become final
 * (no more decisions); reports still on the agenda carry over to the next meeting. Then the
 * printable minutes are shown.
 */
export function CloseMeeting({ meeting, undecided }: { meeting: Meeting; undecided: number }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  // Each row keeps a key of its own: two people may share a name, and rows are removed by key.
  const nextKey = useRef(0);
  const keyed = (p: Participant) => ({ key: nextKey.current++, p });
  const [rows, setRows] = useState(() => meeting.participants.map(keyed));
  const participants = rows.map((r) => r.p);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const close = useMutation({
    mutationFn: () => closeMeeting(meeting.id, participants),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: INTAKE_KEY });
      navigate(`/distriktsmoede/${meeting.id}/referat`);
    },
  });

  function add() {
    setTried(true);
    if (name.trim() === '' || role.trim() === '') return;
    setRows((rs) => [...rs, keyed({ name: name.trim(), role: role.trim() })]);
    setName('');
    setRole('');
    setTried(false);
    nameRef.current?.focus();
  }

  return (
    <Stack gap="sm">
      <Fieldset legend="Deltagere">
        <Stack gap="sm">
          {participants.length === 0 ? (
            <Text>Ingen deltagere registreret.</Text>
          ) : (
            <List spacing={4} listStyleType="none" aria-label="Deltagere">
              {rows.map(({ key, p }) => (
                <List.Item key={key}>
                  <Group gap="sm">
                    <Text>
                      {p.name} ({p.role})
                    </Text>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setRows((rs) => rs.filter((r) => r.key !== key))}
                    >
                      Fjern {p.name}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          <Group align="flex-start" gap="sm">
            <TextInput
              ref={nameRef}
              label="Navn"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={tried && name.trim() === '' ? 'Skriv navnet.' : undefined}
            />
            <TextInput
              label="Funktion"
              description="Fx familierådgiver"
              value={role}
              onChange={(e) => setRole(e.currentTarget.value)}
              error={tried && role.trim() === '' ? 'Skriv funktionen.' : undefined}
            />
          </Group>
          <div>
            <Button variant="default" onClick={add} disabled={participants.length >= 30}>
              Tilføj deltager
            </Button>
          </div>
        </Stack>
      </Fieldset>
      {confirming ? (
        <div ref={confirmRef} tabIndex={-1}>
          <Alert color="blue" variant="outline" title="Afslut mødet?">
            <Text>
              Referatet bliver endeligt, og der kan ikke træffes flere beslutninger på mødet.
              {undecided > 0 &&
                ` ${undecided === 1 ? 'Én underretning' : `${undecided} underretninger`} uden beslutning går videre til næste møde.`}
            </Text>
          </Alert>
          {close.isError && (
            <Alert color="red" variant="outline" title="Mødet blev ikke afsluttet" role="alert" mt="xs">
              <Text>{errorMessage(close.error)}</Text>
            </Alert>
          )}
          <Group mt="sm">
            <Button color="red" onClick={() => close.mutate()} loading={close.isPending}>
              Ja, afslut mødet
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              Fortryd
            </Button>
          </Group>
        </div>
      ) : (
        <div>
          <Button
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmRef.current?.focus());
            }}
          >
            Afslut møde
          </Button>
        </div>
      )}
    </Stack>
  );
}
