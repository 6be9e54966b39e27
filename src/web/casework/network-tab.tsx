import {
  Alert,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import {
  CLOSENESS,
  CLOSENESS_LABELS,
  CONTRIBUTION_LABELS,
  EMPTY_NETWORK,
  NetworkForm,
  valuesOf,
} from './network-tab-form.tsx';
import {
  addNetworkMember,
  fetchNetwork,
  type NetworkMemberCreateRequest,
  type NetworkMemberView,
  networkKey,
  patchNetworkMember,
} from './overview-api.ts';

const CIRCLE_HELP: Record<NetworkMemberView['closeness'], string> = {
  close: 'Inderste cirkel: de nærmeste',
  middle: 'Midterste cirkel',
  distant: 'Yderste cirkel',
};

/**
 * The case page's "Netværk" tab: the network map (netværkskort) — the persons around the child in
 * three circles by closeness, with relation and what each can contribute. Those working the case
 * add, edit (with the version read; a stale save is shown, not overwritten) and take persons off
 * the map (kept in the history, never deleted).
 */
export function NetworkTab({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const client = useQueryClient();
  const network = useQuery({
    queryKey: networkKey(caseId),
    queryFn: ({ signal }) => fetchNetwork(caseId, signal),
  });
  const [adding, setAdding] = useState(false);
  const [addBusy, setAddBusy] = useState(false);
  const [addError, setAddError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  // One key per person added: a double click or a retry after a lost answer adds them once.
  const [addKey, setAddKey] = useState(newIdempotencyKey);

  async function add(body: NetworkMemberCreateRequest) {
    setAddBusy(true);
    setAddError(undefined);
    try {
      const member = await addNetworkMember(caseId, { ...body, idempotencyKey: addKey });
      await client.invalidateQueries({ queryKey: networkKey(caseId) });
      setAdded(`${member.name} er sat på netværkskortet.`);
      setAdding(false);
      setFormKey((k) => k + 1);
    } catch (caught) {
      setAddError(errorMessage(caught));
    } finally {
      setAddBusy(false);
    }
  }

  if (network.isPending) return <Loading label="Henter netværkskortet …" />;
  if (network.isError) return <ErrorState error={network.error} title="Netværkskortet kunne ikke hentes" />;
  const active = network.data.filter((m) => m.active);
  const inactive = network.data.filter((m) => !m.active);

  return (
    <Stack gap="lg">
      <Text>
        Personerne omkring barnet, efter hvor tæt de er på. Mærkerne viser, hvad hver person kan bidrage med.
      </Text>
      {added && (
        <Text role="status" fw={600}>
          {added}
        </Text>
      )}
      {canWrite && !adding && (
        <Group>
          <Button
            onClick={() => {
              setAdded(undefined);
              setAddKey(newIdempotencyKey());
              setAdding(true);
            }}
          >
            Tilføj person
          </Button>
        </Group>
      )}
      {canWrite && adding && (
        <Card withBorder component="section" aria-labelledby="network-add">
          <Title order={3} size="h4" id="network-add" mb="sm">
            Tilføj person til netværkskortet
          </Title>
          <NetworkForm
            key={formKey}
            idPrefix="network-add"
            initial={EMPTY_NETWORK}
            submitLabel="Tilføj til netværkskortet"
            busy={addBusy}
            error={addError}
            onSubmit={add}
            onCancel={() => setAdding(false)}
          />
        </Card>
      )}
      {active.length === 0 ? (
        <Text>Der er ingen personer på netværkskortet endnu.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {CLOSENESS.map((c) => {
            const members = active.filter((m) => m.closeness === c);
            return (
              <Card
                key={c}
                withBorder
                component="section"
                aria-labelledby={`network-${c}`}
                bg={c === 'close' ? 'blue.0' : c === 'middle' ? 'gray.0' : undefined}
              >
                <Title order={3} size="h4" id={`network-${c}`}>
                  {CLOSENESS_LABELS[c]} ({members.length})
                </Title>
                <Text size="sm" mb="sm">
                  {CIRCLE_HELP[c]}
                </Text>
                {members.length === 0 ? (
                  <Text size="sm">Ingen.</Text>
                ) : (
                  <Stack gap="sm">
                    {members.map((m) => (
                      <MemberCard key={m.id} caseId={caseId} member={m} canWrite={canWrite} />
                    ))}
                  </Stack>
                )}
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      {inactive.length > 0 && (
        <section aria-labelledby="network-inactive">
          <Title order={3} size="h4" id="network-inactive" mb="xs">
            Taget af kortet ({inactive.length})
          </Title>
          <List spacing="xs">
            {inactive.map((m) => (
              <List.Item key={m.id}>
                <Group gap="sm">
                  <Text>
                    {m.name} ({m.relation})
                  </Text>
                  {canWrite && <Reactivate caseId={caseId} member={m} />}
                </Group>
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}

function Contributions({ member }: { member: NetworkMemberView }) {
  if (member.contributions.length === 0) return null;
  return (
    <Group gap={6} aria-label="Kan bidrage med" role="list">
      {member.contributions.map((c) => (
        <WordBadge key={c} color="teal.9" role="listitem">
          {CONTRIBUTION_LABELS[c]}
        </WordBadge>
      ))}
    </Group>
  );
}

/** One person: shown, or edited in place. A 409 reloads the map and shows what is saved now. */
function MemberCard({
  caseId,
  member,
  canWrite,
}: {
  caseId: string;
  member: NetworkMemberView;
  canWrite: boolean;
}) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  /** the version the next save is based on: the one read, or the newer one after a conflict */
  const [baseVersion, setBaseVersion] = useState(member.version);
  const [conflict, setConflict] = useState<NetworkMemberView | null>(null);

  async function save(body: NetworkMemberCreateRequest | { active: boolean }) {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await patchNetworkMember(member.id, { version: baseVersion, ...body });
      setBaseVersion(saved.version);
      setConflict(null);
      setEditing(false);
      await client.invalidateQueries({ queryKey: networkKey(caseId) });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        const fresh = await client.fetchQuery({
          queryKey: networkKey(caseId),
          queryFn: ({ signal }) => fetchNetwork(caseId, signal),
          // The cached map is the stale one: always ask the server.
          staleTime: 0,
        });
        const now = fresh.find((m) => m.id === member.id) ?? null;
        setConflict(now);
        if (now) setBaseVersion(now.version);
        setEditing(true);
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setBusy(false);
    }
  }

  const notice = conflict && (
    <Alert color="orange" variant="outline" role="alert" title="Personen er ændret af en anden">
      <Text>
        Det gemte er nu: {conflict.name} ({conflict.relation}),{' '}
        {CLOSENESS_LABELS[conflict.closeness].toLowerCase()}
        {conflict.contributions.length > 0 &&
          `, ${conflict.contributions.map((c) => CONTRIBUTION_LABELS[c]).join(', ')}`}
        {conflict.active ? '' : ', taget af kortet'}. Dine rettelser står stadig i felterne: gem igen for at
        bruge dem.
      </Text>
    </Alert>
  );

  return (
    <Card withBorder padding="sm" component="article" aria-label={`${member.name}, ${member.relation}`}>
      {editing ? (
        <NetworkForm
          idPrefix={`network-${member.id}`}
          initial={valuesOf(member)}
          submitLabel="Gem ændringer"
          busy={busy}
          error={error}
          notice={notice}
          onSubmit={(body) => save(body)}
          onCancel={() => {
            setEditing(false);
            setConflict(null);
          }}
        />
      ) : (
        <Stack gap={6}>
          <Text fw={700}>{member.name}</Text>
          <Text size="sm">{member.relation}</Text>
          <Contributions member={member} />
          {member.phone && <Text size="sm">Telefon: {member.phone}</Text>}
          {member.notes && <Text size="sm">{member.notes}</Text>}
          {error && (
            <Alert color="red" variant="outline" role="alert" title="Ændringen blev ikke gemt">
              <Text>{error}</Text>
            </Alert>
          )}
          {canWrite && (
            <Group gap="xs" mt={4}>
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                Ret<VisuallyHidden component="span"> {member.name}</VisuallyHidden>
              </Button>
              <Button
                size="compact-sm"
                variant="outline"
                color="red.9"
                loading={busy}
                onClick={() => save({ active: false })}
              >
                Tag af kortet<VisuallyHidden component="span"> ({member.name})</VisuallyHidden>
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}

function Reactivate({ caseId, member }: { caseId: string; member: NetworkMemberView }) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function reactivate() {
    setBusy(true);
    setError(undefined);
    try {
      await patchNetworkMember(member.id, { version: member.version, active: true });
    } catch (caught) {
      // A conflict: the list below is reloaded either way, so the next click uses the new version.
      if (!(caught instanceof ApiError && caught.status === 409)) setError(errorMessage(caught));
    } finally {
      await client.invalidateQueries({ queryKey: networkKey(caseId) });
      setBusy(false);
    }
  }
  return (
    <>
      <Button size="compact-xs" variant="default" loading={busy} onClick={reactivate}>
        Sæt på kortet igen<VisuallyHidden component="span"> ({member.name})</VisuallyHidden>
      </Button>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
