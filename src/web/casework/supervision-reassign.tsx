import { Alert, Button, Group, List, Modal, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api.ts';
import type { Ref } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorState, errorMessage, Loaded, Loading } from '../ui/states.tsx';
import {
  assignmentsKey,
  CASEWORK_OVERVIEW_KEY,
  type CaseAssignment,
  caseKey,
  fetchAssignments,
  fetchCase,
  patchCase,
} from './overview-api.ts';

const RESPONSIBILITY: Record<CaseAssignment['responsibility'], string> = {
  caseworker: 'Sagsbehandler',
  foster_care_consultant: 'Familieplejekonsulent',
  contact_person: 'Kontaktperson',
};

interface Props {
  caseId: string;
  childName: string;
  /** who may take the case: the caseworkers of the supervision page */
  caseworkers: Ref[];
  onClose: () => void;
}

/**
 * Assign or reassign a case's caseworker with a reason (kept in the assignment history, shown
 * below). The PATCH names the case's version; when someone changed the case meanwhile the server
 * answers 409, and the dialog reloads the case and says so instead of overwriting.
 */
export function ReassignDialog({ caseId, childName, caseworkers, onClose }: Props) {
  const client = useQueryClient();
  const theCase = useQuery({ queryKey: caseKey(caseId), queryFn: ({ signal }) => fetchCase(caseId, signal) });
  const history = useQuery({
    queryKey: assignmentsKey(caseId),
    queryFn: ({ signal }) => fetchAssignments(caseId, signal),
  });
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string>();
  const [touched, setTouched] = useState(false);
  const formId = useId();

  const current = theCase.data?.caseworker ?? null;
  const choices = caseworkers.filter((c) => c.id !== current?.id);
  const missingTo = to === '';
  const missingReason = reason.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (busy || !theCase.data || missingTo || missingReason) return;
    setBusy(true);
    setError(undefined);
    setConflict(false);
    try {
      const updated = await patchCase(caseId, {
        version: theCase.data.version,
        caseworkerId: to,
        assignmentReason: reason.trim(),
      });
      client.setQueryData(caseKey(caseId), updated);
      await Promise.all([
        client.invalidateQueries({ queryKey: assignmentsKey(caseId) }),
        client.invalidateQueries({ queryKey: CASEWORK_OVERVIEW_KEY }),
      ]);
      const name = caseworkers.find((c) => c.id === to)?.name ?? 'den valgte sagsbehandler';
      setDone(`Sagen om ${childName} er nu fordelt til ${name}.`);
      setTo('');
      setReason('');
      setTouched(false);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        // Someone saved the case since it was read: fetch it again; the choices typed stay.
        setConflict(true);
        await client.invalidateQueries({ queryKey: caseKey(caseId) });
        await client.invalidateQueries({ queryKey: assignmentsKey(caseId) });
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Fordel sagen om ${childName}`}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Luk dialogen' }}
    >
      <Stack gap="md">
        {theCase.isPending && <Loading label="Henter sagen …" />}
        {theCase.isError && <ErrorState error={theCase.error} title="Sagen kunne ikke hentes" />}
        {theCase.data && (
          <form id={formId} onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Text>
                Sagsbehandler nu: <strong>{current?.name ?? 'ingen (sagen er ikke fordelt)'}</strong>
              </Text>
              <NativeSelect
                label="Ny sagsbehandler"
                required
                data={[
                  { value: '', label: 'Vælg sagsbehandler' },
                  ...choices.map((c) => ({ value: c.id, label: c.name })),
                ]}
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={touched && missingTo ? 'Vælg den sagsbehandler, der skal have sagen.' : undefined}
              />
              <Textarea
                label="Begrundelse"
                description="Gemmes i sagens historik over fordelinger."
                required
                autosize
                minRows={2}
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={touched && missingReason ? 'Skriv, hvorfor sagen fordeles.' : undefined}
              />
              {conflict && (
                <Alert color="orange" variant="outline" role="alert" title="Sagen er ændret af en anden">
                  <Text>
                    En anden har gemt sagen, mens du havde den åben. Vi har hentet den nyeste udgave — se
                    sagsbehandleren og historikken igen, og tryk så «Fordel sagen» igen.
                  </Text>
                </Alert>
              )}
              {error && (
                <Alert color="red" variant="outline" role="alert" title="Sagen blev ikke fordelt">
                  <Text>{error}</Text>
                </Alert>
              )}
              {done && (
                <Alert color="green" variant="outline" role="status" title="Fordelt">
                  <Text>{done}</Text>
                </Alert>
              )}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={onClose}>
                  Luk
                </Button>
                <Button type="submit" loading={busy}>
                  Fordel sagen
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <section aria-labelledby={`${formId}-history`}>
          <Title order={3} size="h4" id={`${formId}-history`} mb="xs">
            Historik over fordelinger
          </Title>
          <Loaded
            query={history}
            loading="Henter historikken …"
            failed="Historikken kunne ikke hentes"
            empty={<Text>Sagen er ikke fordelt før.</Text>}
          >
            {(data) => (
              <List spacing="xs" data-testid="assignment-history">
                {data.map((a) => (
                  <List.Item key={`${a.responsibility}-${a.assignedAt}`}>
                    <Text>
                      {formatDateTime(a.assignedAt)}: {RESPONSIBILITY[a.responsibility]}{' '}
                      <strong>{a.user?.name ?? 'ingen'}</strong> (af {a.assignedBy.name})
                    </Text>
                    {a.reason && <Text size="sm">Begrundelse: {a.reason}</Text>}
                  </List.Item>
                ))}
              </List>
            )}
          </Loaded>
        </section>
      </Stack>
    </Modal>
  );
}
