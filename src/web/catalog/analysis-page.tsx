import { Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { can, useUser } from '../session.ts';
import { Facts } from '../ui/facts.tsx';
import { formatAmount, formatDate, formatNumber } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import classes from './analysis.module.css';
import {
  ANALYSIS_KEY,
  type CatalogAnalysis,
  fetchAnalysis,
  fetchLadder,
  LADDER_KEY,
  type LadderStepView,
  OFFERS_KEY,
  type OfferView,
  searchOffers,
} from './catalog-api.ts';
import { CoverageGrid } from './coverage-grid.tsx';
import { GapsList } from './gaps-list.tsx';
import { SharesChart } from './shares-chart.tsx';
import { StepChart } from './step-chart.tsx';
import { ThresholdSetting } from './threshold-setting.tsx';

const TITLE = 'Analyse af tilbudsviften';

/**
 * `/tilbud/analyse`: the catalog analysis of 000_*, live. Charts first, numbers one click away,
 * the named gaps, and the threshold they use. Prints for a committee on A4.
 */
export function AnalysisPage() {
  const user = useUser();
  const analysis = useQuery({
    queryKey: ANALYSIS_KEY,
    queryFn: ({ signal }) => fetchAnalysis(signal),
  });
  const ladder = useQuery({
    queryKey: LADDER_KEY,
    queryFn: ({ signal }) => fetchLadder(signal),
  });
  const offers = useQuery({
    queryKey: [...OFFERS_KEY, {}],
    queryFn: ({ signal }) => searchOffers({}, signal),
  });

  const error = analysis.error ?? ladder.error ?? offers.error;
  return (
    <Page
      title={TITLE}
      actions={
        analysis.data && (
          <Button variant="default" onClick={() => window.print()} className={classes.noPrint}>
            Udskriv
          </Button>
        )
      }
    >
      <Text data-testid="analysis-context">
        {user.municipality.name} · {formatDate(new Date().toISOString())}
        {analysis.data && ` · indsatstrappe version ${analysis.data.ladderVersion}`}
      </Text>
      {error && <ErrorState error={error} title="Analysen kunne ikke hentes" />}
      {!error && (analysis.isPending || ladder.isPending || offers.isPending) && (
        <Loading label="Regner analysen ud …" />
      )}
      {analysis.data && ladder.data && offers.data && (
        <AnalysisBody
          analysis={analysis.data}
          steps={ladder.data.steps}
          offers={offers.data}
          editable={can(user, 'catalog:edit')}
        />
      )}
    </Page>
  );
}

interface BodyProps {
  analysis: CatalogAnalysis;
  steps: LadderStepView[];
  offers: OfferView[];
  editable: boolean;
}

function AnalysisBody({ analysis, steps, offers, editable }: BodyProps) {
  const { totals } = analysis;
  return (
    <div className={classes.page}>
      <Facts
        items={[
          ['Aktive tilbud', formatNumber(totals.offers)],
          ['Pladser', formatNumber(totals.capacity)],
          ['Udgift pr. måned med alle pladser i brug', formatAmount(totals.monthlyCost)],
          ['Tilbud uden oplyst kapacitet', formatNumber(totals.offersWithoutCapacity)],
        ]}
      />
      {offers.some((o) => o.illustrative) && (
        <Text size="sm" mt="xs" fs="italic">
          Nogle priser er illustrative (eksempeltal, ikke rigtige priser).
        </Text>
      )}
      {totals.offers === 0 && (
        <Text mt="md">
          Tilbudsviften er tom. Når der er oprettet eller importeret tilbud, viser analysen dækning, fordeling
          og huller.
        </Text>
      )}
      <div className={classes.sections}>
        <CoverageGrid coverage={analysis.coverage} steps={steps} />
        <StepChart offers={offers} steps={steps} />
        <SharesChart capacity={analysis.shares.capacity} cost={analysis.shares.monthlyCost} />
        <GapsList gaps={analysis.gaps} />
        <ThresholdSetting
          threshold={analysis.settings.maxChildIndividualShare}
          actual={analysis.shares.capacity.childIndividual}
          editable={editable}
        />
      </div>
    </div>
  );
}
