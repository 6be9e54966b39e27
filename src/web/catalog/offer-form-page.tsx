import { Anchor, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import {
  ANALYSIS_KEY,
  createOffer,
  fetchLadder,
  fetchOffer,
  LADDER_KEY,
  OFFERS_KEY,
  type OfferCreateRequest,
  type OfferView,
  offerKey,
  updateOffer,
} from './catalog-api.ts';
import { OfferForm } from './offer-form.tsx';
import { emptyOfferValues, valuesFromOffer } from './offer-form-values.ts';

/** `/tilbud/nyt` */
export function NewOfferPage() {
  const navigate = useNavigate();
  const saved = useSaved();
  const ladder = useQuery({ queryKey: LADDER_KEY, queryFn: ({ signal }) => fetchLadder(signal) });

  let body: ReactNode;
  if (ladder.isPending) body = <Loading label="Henter indsatstrappen …" />;
  else if (ladder.isError)
    body = <ErrorState error={ladder.error} title="Indsatstrappen kunne ikke hentes" />;
  else {
    body = (
      <OfferForm
        initial={emptyOfferValues()}
        draftKey="trappen.offer-draft.new"
        steps={ladder.data.steps}
        submitLabel="Opret tilbud"
        onSave={async (request: OfferCreateRequest) => saved(await createOffer(request))}
        onCancel={() => navigate('/tilbud')}
      />
    );
  }
  return <Page title="Nyt tilbud">{body}</Page>;
}

/** `/tilbud/:id/rediger` */
export function EditOfferPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const saved = useSaved();
  const ladder = useQuery({ queryKey: LADDER_KEY, queryFn: ({ signal }) => fetchLadder(signal) });
  const offer = useQuery({
    queryKey: offerKey(id),
    queryFn: ({ signal }) => fetchOffer(id, signal),
    // Refetching while the user types would not change the form, only confuse: load once.
    staleTime: Number.POSITIVE_INFINITY,
  });

  let body: ReactNode;
  if (ladder.isPending || offer.isPending) body = <Loading label="Henter tilbuddet …" />;
  else if (offer.isError) {
    const missing = offer.error instanceof ApiError && [400, 404].includes(offer.error.status);
    body = missing ? (
      <>
        <Text>Tilbuddet findes ikke.</Text>
        <Anchor component={Link} to="/tilbud">
          Tilbage til tilbudsviften
        </Anchor>
      </>
    ) : (
      <ErrorState error={offer.error} title="Tilbuddet kunne ikke hentes" />
    );
  } else if (ladder.isError)
    body = <ErrorState error={ladder.error} title="Indsatstrappen kunne ikke hentes" />;
  else {
    body = (
      <OfferForm
        initial={valuesFromOffer(offer.data)}
        draftKey={`trappen.offer-draft.${id}`}
        steps={ladder.data.steps}
        submitLabel="Gem ændringer"
        onSave={async (request) => saved(await updateOffer(id, request))}
        onCancel={() => navigate(`/tilbud/${id}`)}
      />
    );
  }
  const title = offer.data ? `Redigér ${offer.data.name}` : 'Redigér tilbud';
  return <Page title={title}>{body}</Page>;
}

/** After a save: refresh what shows the catalog, and open the saved offer. */
function useSaved() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return (offer: OfferView) => {
    client.setQueryData(offerKey(offer.id), offer);
    client.invalidateQueries({ queryKey: OFFERS_KEY, predicate: (q) => q.queryKey[2] !== 'detail' });
    client.invalidateQueries({ queryKey: ANALYSIS_KEY });
    navigate(`/tilbud/${offer.id}`, { state: { saved: true } });
  };
}
