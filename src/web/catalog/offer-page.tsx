import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import {
  EVIDENCE_LABELS,
  FORM_LABELS,
  ICS_AREA_LABELS,
  OFFER_STATUS_LABELS,
  PROVIDER_KIND_LABELS,
  SETTING_LABELS,
  TARGET_LABELS,
} from '../../core/catalog/types.ts';
import { ApiError } from '../api.ts';
import { useCan } from '../session.ts';
import { Facts } from '../ui/facts.tsx';
import { formatNumber, yesNo } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import classes from './catalog.module.css';
import { fetchOffer, type OfferView, offerKey } from './catalog-api.ts';
import { ageRange, capacityText, priceText, stepLabel } from './format.ts';
import { RetireButton } from './retire-button.tsx';

export function OfferPage() {
  const { id = '' } = useParams();
  const can = useCan();
  const offer = useQuery({
    queryKey: offerKey(id),
    queryFn: ({ signal }) => fetchOffer(id, signal),
  });

  // One Page for every state, so the h1 (and focus on it) survives loading → content.
  const { title, body } = content();
  return (
    <Page title={title} actions={offer.data && can('catalog:edit') && <AdminActions offer={offer.data} />}>
      {body}
    </Page>
  );

  function content(): { title: string; body: ReactNode } {
    if (offer.isPending) return { title: 'Tilbud', body: <Loading label="Henter tilbuddet …" /> };
    if (offer.isError) {
      const error = offer.error;
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        return {
          title: 'Tilbuddet findes ikke',
          body: (
            <>
              <Text>Tilbuddet findes ikke. Måske er adressen forkert.</Text>
              <BackToCatalog />
            </>
          ),
        };
      }
      return { title: 'Tilbud', body: <ErrorState error={error} title="Tilbuddet kunne ikke hentes" /> };
    }
    return { title: offer.data.name, body: <OfferDetails offer={offer.data} /> };
  }
}

function AdminActions({ offer }: { offer: OfferView }) {
  return (
    <Group gap="sm" align="flex-start">
      <Button component={Link} to={`/tilbud/${offer.id}/rediger`}>
        Redigér
      </Button>
      <RetireButton offer={offer} />
    </Group>
  );
}

function BackToCatalog() {
  return (
    <Anchor component={Link} to="/tilbud">
      Tilbage til tilbudsviften
    </Anchor>
  );
}

function OfferDetails({ offer }: { offer: OfferView }) {
  // Set by the form after a save, so the user hears that it went well.
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const price = (
    <>
      {priceText(offer.unitCost, offer.costUnit)}
      {offer.illustrative && (
        <Text span fw={400} fs="italic" c="dimmed">
          {' '}
          (illustrativ pris)
        </Text>
      )}
    </>
  );
  return (
    <>
      <Group gap="sm">
        <Badge
          variant="outline"
          color={offer.status === 'active' ? 'green.9' : 'gray.8'}
          c="black"
          className={classes.badge}
          size="lg"
        >
          {OFFER_STATUS_LABELS[offer.status]}
        </Badge>
        <Text>{stepLabel(offer.stepPosition, offer.stepName)}</Text>
      </Group>
      {saved && (
        <Alert color="green" variant="outline" role="status" title="Tilbuddet er gemt">
          Ændringerne er gemt i tilbudsviften.
        </Alert>
      )}
      {offer.status === 'retired' && (
        <Alert color="gray" variant="outline" title="Tilbuddet er udgået">
          Det kan ikke vælges til nye indsatser og tæller ikke med i analysen.
        </Alert>
      )}
      {offer.description && <Text style={{ whiteSpace: 'pre-line' }}>{offer.description}</Text>}
      <Section id="offer-who" title="Målgruppe og ramme">
        <Facts
          items={[
            ['Trin', stepLabel(offer.stepPosition, offer.stepName)],
            ['Målgruppe', TARGET_LABELS[offer.target]],
            ['Form', FORM_LABELS[offer.form]],
            ['Ramme', SETTING_LABELS[offer.setting]],
            ['Alder', ageRange(offer.ageMin, offer.ageMax)],
            ['ICS-områder', offer.icsAreas.map((a) => ICS_AREA_LABELS[a]).join(', ')],
          ]}
        />
      </Section>
      <Section id="offer-content" title="Indhold og evidens">
        <Facts
          items={[
            [
              'Typisk varighed',
              offer.typicalDurationWeeks === null ? '' : `${formatNumber(offer.typicalDurationWeeks)} uger`,
            ],
            ['Tidsbegrænset', yesNo(offer.timeLimited)],
            ['Specialiseret tilbud (kræver Det Kreative Råd)', yesNo(offer.specialised)],
            ['Evidens', EVIDENCE_LABELS[offer.evidence]],
            ['Program', offer.programme ?? ''],
            ['Lovgrundlag', offer.legalBasis],
          ]}
        />
      </Section>
      <Section id="offer-economy" title="Pris, kapacitet og leverandør">
        <Facts
          items={[
            ['Pris', price],
            ['Kapacitet', capacityText(offer.capacity)],
            ['Leverandørtype', PROVIDER_KIND_LABELS[offer.providerKind]],
            ['Leverandør', offer.providerName],
          ]}
        />
      </Section>
      <BackToCatalog />
    </>
  );
}
