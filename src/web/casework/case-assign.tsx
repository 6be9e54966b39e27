import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ConflictPanel } from '../ui/conflict-panel.tsx';
import { errorMessage } from '../ui/states.tsx';
import { CONFLICT_TITLE } from './case-labels.ts';
import {
  type AssignableUser,
  type CasePatchRequest,
  type CaseView,
  caseKey,
  caseKeyOf,
  conflictCurrent,
  fetchAssignableUsers,
  patchCase,
  type Responsibility,
} from './casework-api.ts';
import { CASEWORK_OVERVIEW_KEY, chronologyKey } from './overview-api.ts';

const LABELS: Record<Responsibility, string> = {
  caseworker: 'Rådgiver',
  foster_care_consultant: 'Familieplejekonsulent',
  contact_person: 'Kontaktperson for familien',
};
const FIELD = {
  caseworker: 'caseworkerId',
  foster_care_consultant: 'fosterCareConsultantId',
  contact_person: 'contactPersonId',
} as const satisfies Record<Responsibility, keyof CasePatchRequest>;
/** "none": take the responsibility away (the PATCH sends null). */
const NONE = 'none';

const holder = (view: CaseView, r: Responsibility) =>
  r === 'caseworker'
    ? view.caseworker
    : r === 'foster_care_consultant'
      ? view.fosterCareConsultant
      : view.contactPerson;

/**
 * The leader assigns or changes the case's caseworker, foster-care consultant or contact person,
 * with a reason kept in the assignment history (Overblik, "Tildelinger"). The save names the case's
 * version; a stale one (409) shows who holds the responsibility now next to the choice made, which
 * stays, so it can be saved again on the current version.
 */
export function CaseAssign({ view }: { view: CaseView }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [responsibility, setResponsibility] = useState<Responsibility>('caseworker');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string>();
  const [conflict, setConflict] = useState<CaseView>();
  const users = useQuery({
    queryKey: ['casework-assignable-users', responsibility],
    queryFn: ({ signal }) => fetchAssignableUsers(responsibility, signal),
    enabled: open,
  });
  const current = holder(view, responsibility);
  const siblingCases = view.siblings.filter((s) => s.caseId !== null);

  const save = useMutation({
    mutationFn: () =>
      patchCase(view.id, {
        version: view.version,
        [FIELD[responsibility]]: to === NONE ? null : to,
        assignmentReason: reason.trim(),
      }),
    onMutate: () => {
      setDone(undefined);
      setConflict(undefined);
    },
    onSuccess: async (updated) => {
      client.setQueryData(caseKey(view.id), updated);
      const now = holder(updated, responsibility);
      setDone(
        `${LABELS[responsibility]}: ${now?.name ?? 'ingen'}.` +
          (responsibility === 'contact_person' && now && siblingCases.length > 0
            ? ' Kontaktpersonen er også sat på søskendes åbne sager, som du kan tildele.'
            : ''),
      );
      setTo('');
      setReason('');
      setTried(false);
      setOpen(false);
      // The history on Overblik, the chronology, the overview lists and the siblings' cases follow.
      await Promise.all([
        client.invalidateQueries({ queryKey: caseKeyOf(view.id, 'assignments') }),
        client.invalidateQueries({ queryKey: chronologyKey(view.id) }),
        client.invalidateQueries({ queryKey: CASEWORK_OVERVIEW_KEY }),
        ...siblingCases.map((s) => client.invalidateQueries({ queryKey: caseKey(s.caseId ?? '') })),
      ]);
    },
    onError: (error) => setConflict(conflictCurrent<CaseView>(error, 'case')),
  });

  const chosen = (users.data ?? []).find((u) => u.id === to);
  const missingTo = to === '';
  const missingReason = reason.trim() === '';

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!missingTo && !missingReason) save.mutate();
  }

  if (!open) {
    return (
      <Stack gap="xs">
        {done && (
          <Text role="status" fw={600}>
            {done}
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={() => setOpen(true)}>
            Tildel eller skift ansvarlige
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Tildel ansvarlig">
      <Stack gap="sm" maw={640}>
        {conflict && (
          <ConflictPanel
            title={CONFLICT_TITLE}
            conflict={{
              version: conflict.version,
              current: { who: holder(conflict, responsibility)?.name ?? '' },
            }}
            mine={{ who: to === NONE ? '' : (chosen?.name ?? '') }}
            labels={{ who: LABELS[responsibility] }}
            onTakeOver={() => {
              client.setQueryData(caseKey(view.id), conflict);
              setConflict(undefined);
              save.reset();
              void client.invalidateQueries({ queryKey: caseKeyOf(view.id, 'assignments') });
            }}
          />
        )}
        <NativeSelect
          label="Ansvar"
          data={(Object.keys(LABELS) as Responsibility[]).map((r) => ({ value: r, label: LABELS[r] }))}
          value={responsibility}
          onChange={(e) => {
            setResponsibility(e.currentTarget.value as Responsibility);
            setTo('');
          }}
        />
        <Text>
          {LABELS[responsibility]} nu: <strong>{current?.name ?? 'ingen'}</strong>
        </Text>
        {users.isError && (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            title="Listen over medarbejdere kunne ikke hentes"
          >
            <Text>{errorMessage(users.error)}</Text>
          </Alert>
        )}
        <NativeSelect
          label={`Ny ${LABELS[responsibility].toLowerCase()}`}
          required
          disabled={users.isPending}
          data={[
            { value: '', label: users.isPending ? 'Henter medarbejdere …' : 'Vælg medarbejder' },
            ...choices(users.data ?? [], view, current?.id),
          ]}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={tried && missingTo ? 'Vælg, hvem der skal have ansvaret.' : undefined}
        />
        {responsibility === 'contact_person' && (
          <Text size="sm">
            Familien har én kontaktperson: den, du vælger, sættes også på de åbne sager for barnets søskende i
            husstanden, som du kan tildele
            {siblingCases.length > 0
              ? ` (${siblingCases.map((s) => s.name).join(', ')}), hver med sin egen tildeling i historikken.`
              : '. Barnet har ingen søskende med åben sag.'}
          </Text>
        )}
        <Textarea
          label="Begrundelse"
          description="Gemmes i sagens historik over tildelinger."
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={tried && missingReason ? 'Skriv, hvorfor ansvaret tildeles eller skiftes.' : undefined}
        />
        {save.isError && !conflict && (
          <Alert color="red" variant="outline" role="alert" title="Tildelingen er ikke gemt">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Gem tildelingen
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setOpen(false);
              setConflict(undefined);
              save.reset();
            }}
          >
            Fortryd
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The case's district first (the team that knows the family), then everyone else; never the one holding it now. */
function choices(users: AssignableUser[], view: CaseView, currentId: string | undefined) {
  const others = users.filter((u) => u.id !== currentId);
  const inDistrict = (u: AssignableUser) => u.districts.some((d) => d.id === view.district.id);
  const item = (u: AssignableUser) => ({
    value: u.id,
    label: u.districts.length > 0 ? `${u.name} (${u.districts.map((d) => d.name).join(', ')})` : u.name,
  });
  const groups = [
    { group: `Distrikt ${view.district.name}`, items: others.filter(inDistrict).map(item) },
    { group: 'Andre distrikter', items: others.filter((u) => !inDistrict(u)).map(item) },
  ].filter((g) => g.items.length > 0);
  return [
    ...groups,
    ...(currentId ? [{ group: 'Fjern', items: [{ value: NONE, label: 'Ingen — fjern ansvaret' }] }] : []),
  ];
}
