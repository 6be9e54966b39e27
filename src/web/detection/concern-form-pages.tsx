import { Anchor, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api.ts';
import { type ChosenChild, useLinkedChild } from '../people/child-picker.tsx';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { ConcernForm } from './concern-form.tsx';
import {
  type ConcernFormValues,
  createRequest,
  editRequest,
  emptyConcernValues,
  valuesFromConcern,
} from './concern-form-values.ts';
import {
  type ConcernWithGuideResponse,
  concernKey,
  createConcern,
  editConcern,
  fetchConcern,
  MY_CONCERNS_KEY,
} from './detection-api.ts';

/** `/bekymring/ny?childId=`: register a concern; then the concern's page shows the guide. */
export function NewConcernPage() {
  const [params] = useSearchParams();
  const childId = params.get('childId') ?? '';
  const linked = useLinkedChild(childId);
  const saved = useSaved();

  let body: ReactNode;
  if (linked.pending) body = <Loading label="Henter barnet …" />;
  else {
    body = (
      <NewConcernForm
        key={childId}
        child={linked.chosen}
        draftKey={`trappen.concern-draft.new.${childId || 'any'}`}
        onSave={async (values, key) => saved(await createConcern(createRequest(values, key)), 'created')}
      />
    );
  }
  return <Page title="Registrér en bekymring">{body}</Page>;
}

function NewConcernForm({
  child,
  draftKey,
  onSave,
}: {
  child: ChosenChild | null;
  draftKey: string;
  onSave: (values: ConcernFormValues, key: string) => Promise<void>;
}) {
  const navigate = useNavigate();
  // Stable, so the form's "start forfra" gives these values back.
  const initial = useMemo(() => emptyConcernValues(child), [child]);
  return (
    <>
      <Text>
        Det tager et minut: vælg barnet, niveauet og mindst ét område, og svar på, om forældrene kender
        bekymringen. Resten er frivilligt. Bagefter viser Trappen, hvad du gør nu, og hvem du kan ringe til.
      </Text>
      <ConcernForm
        initial={initial}
        draftKey={draftKey}
        chooseChild
        submitLabel="Registrér bekymringen"
        onSave={onSave}
        onCancel={() => navigate('/')}
      />
    </>
  );
}

/** `/bekymring/:id/ret`: its author corrects it until someone has acted on it. */
export function EditConcernPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const saved = useSaved();
  const concern = useQuery({
    queryKey: concernKey(id),
    queryFn: ({ signal }) => fetchConcern(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const initial = useMemo(() => (concern.data ? valuesFromConcern(concern.data) : null), [concern.data]);

  let body: ReactNode;
  if (concern.isPending) body = <Loading label="Henter bekymringen …" />;
  else if (concern.isError) body = <ConcernLoadError error={concern.error} />;
  else if (!concern.data.editable || !initial) {
    body = (
      <>
        <Text>
          Bekymringen kan ikke længere rettes, fordi en forebyggende socialrådgiver har handlet på den. Du kan
          tilføje en rettelse på bekymringen i stedet.
        </Text>
        <Anchor component={Link} to={`/bekymring/${id}`}>
          Tilbage til bekymringen
        </Anchor>
      </>
    );
  } else {
    body = (
      <ConcernForm
        initial={initial}
        draftKey={`trappen.concern-draft.${id}`}
        chooseChild={false}
        submitLabel="Gem rettelserne"
        onSave={async (values) => saved(await editConcern(id, editRequest(values)), 'edited')}
        onCancel={() => navigate(`/bekymring/${id}`)}
      />
    );
  }
  const child = concern.data?.child;
  return (
    <Page
      title={child ? `Ret bekymringen om ${child.firstName} ${child.lastName}` : 'Ret bekymringen'}
      documentTitle="Ret bekymring"
    >
      {body}
    </Page>
  );
}

export function ConcernLoadError({ error }: { error: unknown }) {
  if (error instanceof ApiError && [400, 403, 404].includes(error.status)) {
    return (
      <>
        <Text>
          {error.status === 403 ? 'Du har ikke adgang til denne bekymring.' : 'Bekymringen findes ikke.'}
        </Text>
        <Anchor component={Link} to="/">
          Til forsiden
        </Anchor>
      </>
    );
  }
  return <ErrorState error={error} title="Bekymringen kunne ikke hentes" />;
}

/** After a save: keep the answer (with its guide) and open the concern's page. */
function useSaved() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return (concern: ConcernWithGuideResponse, how: 'created' | 'edited') => {
    client.setQueryData(concernKey(concern.id), concern);
    client.invalidateQueries({ queryKey: MY_CONCERNS_KEY });
    navigate(`/bekymring/${concern.id}`, { state: { [how]: true } });
  };
}
