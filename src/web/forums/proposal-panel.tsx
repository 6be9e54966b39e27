import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fetchLadder, LADDER_KEY, OFFERS_KEY, searchOffers } from '../catalog/catalog-api.ts';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage, Loaded } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import {
  createProposal,
  fetchProposals,
  type Proposal,
  proposalStatusText,
  proposalsKey,
} from './agenda-api.ts';

/**
 * The case page's "Indstil til mødeforum" (issue #12 item 2): the caseworker proposes an offer on a
 * specialised or placement step, with the others considered, the reason and what the network can
 * do; the server names the forum (the district's council, or the placement committee) and keeps
 * what was tried and the views with it. Below, the case's proposals and where each stands.
 */

interface Values {
  offerId: string;
  considered: string[];
  withoutConsent: boolean;
  reason: string;
  networkContribution: string;
  idempotencyKey: string;
}

const blank = (): Values => ({
  offerId: '',
  considered: [],
  withoutConsent: false,
  reason: '',
  networkContribution: '',
  idempotencyKey: newIdempotencyKey(),
});

/** The lowest step a forum decides on by default (step 3's specialised offers); the server decides. */
const FIRST_FORUM_STEP = 3;

export function ProposalPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const proposals = useQuery({
    queryKey: proposalsKey(caseId),
    queryFn: ({ signal }) => fetchProposals(caseId, signal),
  });
  return (
    <Stack gap="lg">
      {canWrite && <ProposalForm caseId={caseId} />}
      <Section id="case-proposals" title="Sagens indstillinger">
        <Loaded
          query={proposals}
          loading="Henter indstillingerne …"
          failed="Indstillingerne kunne ikke hentes"
        >
          {(list) =>
            list.length === 0 ? (
              <Text>Sagen har ingen indstillinger til et mødeforum.</Text>
            ) : (
              <DataTable
                caption="Indstillinger"
                columns={['Indstillet', 'Tilbud', 'Trin', 'Mødeforum', 'Status']}
              >
                {list.map((p) => (
                  <ProposalRow key={p.id} p={p} />
                ))}
              </DataTable>
            )
          }
        </Loaded>
      </Section>
    </Stack>
  );
}

function ProposalRow({ p }: { p: Proposal }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{formatDate(p.proposedOn)}</Table.Th>
      <Table.Td>{p.offers[0]?.name}</Table.Td>
      <Table.Td>
        {p.stepPosition}
        {p.placement ? (p.withoutConsent ? ' (anbringelse uden samtykke)' : ' (anbringelse)') : ''}
      </Table.Td>
      <Table.Td>{p.forumLabel}</Table.Td>
      <Table.Td>{proposalStatusText(p, formatDate)}</Table.Td>
    </Table.Tr>
  );
}

function ProposalForm({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const offers = useQuery({
    queryKey: [...OFFERS_KEY, 'for-case', 'active'],
    queryFn: ({ signal }) => searchOffers({ status: 'active' }, signal),
  });
  const ladder = useQuery({ queryKey: LADDER_KEY, queryFn: ({ signal }) => fetchLadder(signal) });
  const draft = useDraft<Values>(`trappen:case:${caseId}:proposal`, blank());
  const [tried, setTried] = useState(false);
  const v = draft.value;
  const placementSteps = new Set(
    (ladder.data?.steps ?? []).filter((s) => s.category === 'placement').map((s) => s.id),
  );
  const eligible = (offers.data ?? [])
    .filter((o) => (o.stepPosition ?? 0) >= FIRST_FORUM_STEP || placementSteps.has(o.stepId))
    .sort((a, b) => (a.stepPosition ?? 99) - (b.stepPosition ?? 99) || a.name.localeCompare(b.name, 'da'));
  const chosen = offers.data?.find((o) => o.id === v.offerId);
  const placement = chosen ? placementSteps.has(chosen.stepId) : false;
  const errors = {
    offerId: !chosen ? 'Vælg det tilbud, der indstilles til.' : undefined,
    reason: !v.reason.trim() ? 'Skriv begrundelsen for indstillingen.' : undefined,
  };
  const save = useMutation({
    mutationFn: () =>
      createProposal(caseId, {
        idempotencyKey: v.idempotencyKey,
        offerIds: [v.offerId, ...v.considered.filter((o) => o !== v.offerId)],
        withoutConsent: placement && v.withoutConsent,
        reason: v.reason.trim(),
        networkContribution: v.networkContribution,
      }),
    onSuccess: () => {
      draft.set(blank());
      draft.clear();
      setTried(false);
      void client.invalidateQueries({ queryKey: proposalsKey(caseId) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = (Object.keys(errors) as (keyof typeof errors)[]).find((k) => errors[k]);
    if (first) {
      document.getElementById(`proposal-${first}`)?.focus();
      return;
    }
    save.mutate();
  }
  const err = (k: keyof typeof errors) => (tried ? errors[k] : undefined);
  const label = (o: (typeof eligible)[number]) => `Trin ${o.stepPosition ?? '?'}: ${o.name}`;

  return (
    <Section id="new-proposal" title="Indstil til mødeforum">
      <form noValidate onSubmit={submit} aria-label="Indstil til mødeforum">
        <Stack gap="sm" maw={760}>
          <Text size="sm">
            Et specialiseret tilbud går til distriktets Kreative Råd, en anbringelse til det forum, reglerne
            peger på. Sagens indsatser med progression og barnets og forældrenes synspunkter følger med.
          </Text>
          <NativeSelect
            id="proposal-offerId"
            label="Tilbud, der indstilles til"
            withAsterisk
            data={[
              { value: '', label: offers.isPending ? 'Henter tilbuddene …' : 'Vælg et tilbud' },
              ...eligible.map((o) => ({ value: o.id, label: label(o) })),
            ]}
            value={v.offerId}
            onChange={(e) => draft.set({ ...v, offerId: e.currentTarget.value })}
            error={err('offerId')}
          />
          <MultiSelect
            label="Andre tilbud, der er overvejet (højst 4)"
            data={(offers.data ?? [])
              .filter((o) => o.id !== v.offerId)
              .map((o) => ({ value: o.id, label: label(o) }))}
            value={v.considered}
            maxValues={4}
            searchable
            onChange={(ids) => draft.set({ ...v, considered: ids })}
          />
          {placement && (
            <Checkbox
              label="Anbringelse uden samtykke"
              checked={v.withoutConsent}
              onChange={(e) => draft.set({ ...v, withoutConsent: e.currentTarget.checked })}
            />
          )}
          <Textarea
            id="proposal-reason"
            label="Begrundelse"
            withAsterisk
            autosize
            minRows={3}
            value={v.reason}
            onChange={(e) => draft.set({ ...v, reason: e.currentTarget.value })}
            error={err('reason')}
          />
          <Textarea
            label="Netværkets mulige bidrag"
            autosize
            minRows={2}
            value={v.networkContribution}
            onChange={(e) => draft.set({ ...v, networkContribution: e.currentTarget.value })}
          />
          {save.isError && (
            <Alert color="red" variant="outline" role="alert" title="Indstillingen er ikke gemt">
              <Text>{errorMessage(save.error)}</Text>
            </Alert>
          )}
          {save.isSuccess && (
            <Text role="status">
              Indstillet til {save.data.forumLabel}: {proposalStatusText(save.data, formatDate).toLowerCase()}
              .
            </Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Indstil
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
