import { describe, expect, it } from 'vitest';
import { analyseCatalog } from '../../core/catalog/analysis.ts';
import { TEST_LADDER } from '../../core/catalog/catalog.testing.ts';
import { DEFAULT_CATALOG_SETTINGS } from '../../core/catalog/gap-rules.ts';
import type { Ladder } from '../../core/catalog/types.ts';
import { DEMO_CATALOG, demoOffers } from './catalog.ts';

/** The default ladder as the migration's trigger makes it (002_catalog.sql): the catalog tests'
 * ladder with the trigger's note. */
const DEFAULT_LADDER: Ladder = { ...TEST_LADDER, note: 'Socialstyrelsens indsatstrappe' };

describe('the demo catalog', () => {
  const offers = demoOffers(DEFAULT_LADDER.steps).map((o, i) => ({ ...o, id: `offer-${i}` }));

  it('has the programmes and offers the seeds name', () => {
    const names = offers.map((o) => o.name).join('\n');
    for (const pattern of [
      /De Utrolige År/,
      /PMTO/,
      /MST/,
      /MTFC/,
      /Familiestuen/,
      /førstegangsforældre.*Leksand/,
      /Familiebehandling/,
      /Kontaktperson for barnet/,
      /Kontaktperson for hele familien/,
      /Mentor/,
      /Skolesocialrådgiver/,
      /rusmiddelrådgivning på ungdomsuddannelserne/,
      /unge med ADHD, angst eller depression/,
      /Trædestenen/,
      /Aflastning/,
      /Dagbehandling/,
      /Netværksplejefamilie/,
      /Almen plejefamilie/,
      /Forstærket plejefamilie/,
      /Specialiseret plejefamilie/,
      /Intensivt korttidsophold/,
      /Hjemkomstpakke/,
      /Efterværnsfællesskabet/,
    ]) {
      expect(names).toMatch(pattern);
    }
    const programmes = new Set(offers.map((o) => o.programme));
    for (const p of ['De Utrolige År', 'PMTO', 'MST', 'MTFC']) expect(programmes).toContain(p);
  });

  it('is plausible: illustrative prices near the national yearly costs, valid fields', () => {
    const yearly = (name: string) => 12 * (offers.find((o) => o.name === name)?.unitCost ?? 0);
    expect(yearly('Almen plejefamilie')).toBeGreaterThan(400_000);
    expect(yearly('Almen plejefamilie')).toBeLessThan(550_000);
    expect(yearly('Børne- og Ungehjemmet Solbakken')).toBeGreaterThan(1_000_000);
    expect(yearly('Børne- og Ungehjemmet Solbakken')).toBeLessThan(1_300_000);
    for (const o of offers) {
      expect(o.illustrative).toBe(true);
      expect(o.ageMin).toBeLessThanOrEqual(o.ageMax);
      expect(o.ageMax).toBeLessThanOrEqual(22);
      expect(o.evidence !== 'evidence_based' || o.programme !== null).toBe(true);
      expect(!o.timeLimited || o.typicalDurationWeeks !== null).toBe(true);
      expect(o.legalBasis).toMatch(/§|lov/i);
      expect(o.description.length).toBeGreaterThan(40);
    }
  });

  it('shows the gaps Ballerup found (000_*) under the analysis', () => {
    const analysis = analyseCatalog({ ladder: DEFAULT_LADDER, offers, settings: DEFAULT_CATALOG_SETTINGS });
    const rules = new Set(analysis.gaps.map((g) => g.rule));
    expect(rules.size).toBeGreaterThanOrEqual(3);
    // more than half of the places are for the child alone and individual
    expect(rules).toContain('child_individual_share_above_threshold');
    expect(analysis.shares.capacity.childIndividual).toBeGreaterThan(0.5);
    // no parent group programme for teenagers
    const parentGroups = analysis.gaps.filter((g) => g.rule === 'no_parent_group_programme_in_age_band');
    expect(parentGroups.map((g) => g.ageBand)).toEqual(['13-17']);
    // neither the network step nor the institution step has an evidence-based programme
    const noEvidence = analysis.gaps.filter((g) => g.rule === 'step_without_evidence_based_offer');
    expect(noEvidence.map((g) => g.stepId)).toEqual(['s1', 's4', 's6']);
    // the stepping stones exist: MST and short stays, and Trædestenen
    expect(rules).not.toContain('no_time_limited_between_home_and_placement');
    expect(rules).not.toContain('no_flexible_school_offer');
  });

  it("marks step 3's specialised offers (MST and the like), which Det Kreative Råd decides", () => {
    const marked = DEMO_CATALOG.filter((o) => o.specialised);
    expect(marked.map((o) => o.name).sort()).toEqual([
      'Dagbehandling – Kompasset',
      'Familiedøgnbehandling',
      'MST – Multisystemisk terapi',
    ]);
    expect(marked.every((o) => o.step === 3)).toBe(true);
  });
});
