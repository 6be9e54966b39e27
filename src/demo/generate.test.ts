import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCatalog } from '../core/catalog/analysis.ts';
import { DEFAULT_CATALOG_SETTINGS } from '../core/catalog/gap-rules.ts';
import type { Ladder } from '../core/catalog/types.ts';
import { parseCpr } from '../core/cpr.ts';
import { DEMO_CATALOG, demoOffers } from './catalog/catalog.ts';
import { CprRegistry } from './context.ts';
import type { DemoData } from './data.ts';
import { ageOn, birthDateForAge, schoolGrade, toDate } from './dates.ts';
import { generateDemo } from './generate.ts';
import { Random } from './random.ts';

const TODAY = '2026-03-15';
const input = { seed: 2026, today: TODAY, code: 'demo', name: 'Demo Kommune' };
const demo = generateDemo(input);

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

function user(data: DemoData, username: string) {
  const found = data.app_user.find((u) => u.username === username);
  if (!found) throw new Error(`no user ${username}`);
  return found;
}

const districtsOf = (data: DemoData, userId: string) =>
  data.user_district.filter((r) => r.user_id === userId).map((r) => r.district_id);

describe('generateDemo', () => {
  it('is deterministic: the same input gives byte-identical output', () => {
    expect(JSON.stringify(generateDemo(input))).toBe(JSON.stringify(demo));
  });

  it('differs with another seed', () => {
    const other = generateDemo({ ...input, seed: 2027 });
    expect(other.child[0]?.id).not.toBe(demo.child[0]?.id);
    expect(other.child.map((c) => c.first_name)).not.toEqual(demo.child.map((c) => c.first_name));
  });

  it('keeps the people but changes every id under another code', () => {
    const other = generateDemo({ ...input, code: 'demo-b' });
    expect(other.child.map((c) => c.cpr)).toEqual(demo.child.map((c) => c.cpr));
    expect(other.municipality[0]?.id).not.toBe(demo.municipality[0]?.id);
    const ids = new Set(demo.child.map((c) => c.id));
    expect(other.child.some((c) => ids.has(c.id))).toBe(false);
  });

  it('rejects a malformed day', () => {
    expect(() => generateDemo({ ...input, today: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('has about 11,000 children, 2,000 young people and the organisation of seed 004', () => {
    const ages = demo.child.map((c) => ageOn(c.birth_date, TODAY));
    const minors = ages.filter((a) => a < 18).length;
    expect(minors).toBeGreaterThan(10_500);
    expect(minors).toBeLessThan(11_500);
    expect(ages.length - minors).toBeGreaterThan(1_800);
    expect(ages.length - minors).toBeLessThan(2_200);
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBe(22);

    expect(demo.municipality).toHaveLength(1);
    expect(demo.district).toHaveLength(5);
    for (const d of demo.district) {
      expect(d.socio_economic_index).toBeGreaterThanOrEqual(80);
      expect(d.socio_economic_index).toBeLessThanOrEqual(125);
      const units = demo.unit.filter((u) => u.district_id === d.id);
      expect(units.filter((u) => u.kind === 'school')).toHaveLength(2);
      expect(units.filter((u) => u.kind === 'daycare')).toHaveLength(6);
      expect(units.filter((u) => u.kind === 'club')).toHaveLength(1);
    }
    expect(new Set(demo.unit.map((u) => u.name)).size).toBe(demo.unit.length);
    const groupKeys = new Set(demo.group.map((g) => `${g.unit_id}|${g.name}`));
    expect(groupKeys.size).toBe(demo.group.length);
    // The detection part adds an owner for every group: two teachers a school, a pedagogue a daycare and club.
    expect(demo.app_user.length).toBeLessThan(120);
    // Open cases of the foundation (casework/casework.test.ts counts them with those intake opened), and
    // some closed within the three years.
    const open = demo.cases.filter((c) => c.closed_at === null).length;
    expect(open).toBeGreaterThanOrEqual(240);
    expect(open).toBeLessThanOrEqual(300);
  });

  it('gives every child and adult a unique, valid replacement CPR matching the birth date', () => {
    const all = [...demo.child.map((c) => c.cpr), ...demo.person.flatMap((p) => (p.cpr ? [p.cpr] : []))];
    expect(new Set(all).size).toBe(all.length);
    for (const cpr of all) expect(parseCpr(cpr)?.replacement, cpr).toBe(true);
    for (const child of demo.child) expect(parseCpr(child.cpr)?.birthDate).toBe(child.birth_date);
  });

  it('keeps households whole: districts agree, 1-4 children, 1-2 adults at home', () => {
    const households = byId(demo.household);
    const children = new Map<string, number>();
    const adults = new Map<string, number>();
    for (const child of demo.child) {
      expect(households.get(child.household_id)?.district_id).toBe(child.district_id);
      children.set(child.household_id, (children.get(child.household_id) ?? 0) + 1);
    }
    for (const person of demo.person) {
      if (person.household_id) adults.set(person.household_id, (adults.get(person.household_id) ?? 0) + 1);
    }
    for (const household of demo.household) {
      expect(children.get(household.id)).toBeGreaterThanOrEqual(1);
      expect(children.get(household.id)).toBeLessThanOrEqual(4);
      expect(adults.get(household.id)).toBeGreaterThanOrEqual(1);
      expect(adults.get(household.id)).toBeLessThanOrEqual(2);
    }
    // Network members live outside the household.
    const persons = byId(demo.person);
    const network = demo.child_relation.filter((r) =>
      ['grandparent', 'friend_of_family'].includes(r.relation),
    );
    expect(network.length).toBeGreaterThan(100);
    for (const r of network) expect(persons.get(r.person_id)?.household_id).toBeNull();
    // Custody ends at 18.
    const kids = byId(demo.child);
    for (const r of demo.child_relation) {
      const child = kids.get(r.child_id);
      if (!child) throw new Error('relation to an unknown child');
      if (r.has_custody) expect(ageOn(child.birth_date, TODAY)).toBeLessThan(18);
    }
  });

  it('enrols children by age in units of their own district', () => {
    const kids = byId(demo.child);
    const groups = byId(demo.group);
    const units = byId(demo.unit);
    const kinds = new Map<string, string[]>();
    for (const e of demo.enrolment) {
      const child = kids.get(e.child_id);
      const unit = units.get(groups.get(e.group_id)?.unit_id ?? '');
      if (!child || !unit) throw new Error('enrolment with a dangling reference');
      expect(unit.district_id).toBe(child.district_id);
      const age = ageOn(child.birth_date, TODAY);
      if (unit.kind === 'club') expect(age).toBeGreaterThanOrEqual(10);
      if (unit.kind === 'club') expect(age).toBeLessThanOrEqual(13);
      if (unit.kind === 'daycare') expect(age).toBeLessThanOrEqual(6);
      if (unit.kind === 'school') {
        const grade = schoolGrade(child.birth_date, TODAY);
        expect(groups.get(e.group_id)?.name.startsWith(`${grade}.`)).toBe(true);
      }
      kinds.set(child.id, [...(kinds.get(child.id) ?? []), unit.kind]);
    }
    for (const child of demo.child) {
      const grade = schoolGrade(child.birth_date, TODAY);
      const enrolled = kinds.get(child.id) ?? [];
      if (grade >= 0 && grade <= 9) expect(enrolled).toContain('school');
      if (grade < 0 && ageOn(child.birth_date, TODAY) >= 1) expect(enrolled).toContain('daycare');
      if (grade > 9) expect(enrolled).toEqual([]);
    }
  });

  it('has the demo logins with their roles and scopes', () => {
    const roles: Record<string, string> = {
      admin: 'admin',
      leder: 'leader',
      front: 'front',
      forebyggende1: 'preventive_worker',
      raadgiver1: 'caseworker',
      raadgiver2: 'caseworker',
      familiepleje: 'foster_care_consultant',
      analytiker: 'analyst',
      laerer1: 'professional',
      paedagog1: 'professional',
      sundhedsplejerske1: 'professional',
    };
    for (const [username, role] of Object.entries(roles)) expect(user(demo, username).role).toBe(role);
    expect(new Set(demo.app_user.map((u) => u.username)).size).toBe(demo.app_user.length);
    const [d1, d2] = demo.district;
    expect(districtsOf(demo, user(demo, 'leder').id)).toHaveLength(5);
    expect(districtsOf(demo, user(demo, 'raadgiver1').id)).toEqual([d1?.id]);
    expect(districtsOf(demo, user(demo, 'raadgiver2').id)).toEqual([d2?.id]);

    const units = byId(demo.unit);
    const groups = byId(demo.group);
    const laerer = user(demo, 'laerer1');
    const teacherGroups = demo.user_group.filter((g) => g.user_id === laerer.id);
    expect(teacherGroups).toHaveLength(1);
    const teacherUnits = demo.user_unit
      .filter((u) => u.user_id === laerer.id)
      .map((u) => units.get(u.unit_id));
    expect(teacherUnits.map((u) => [u?.kind, u?.district_id])).toEqual([['school', d1?.id]]);
    expect(groups.get(teacherGroups[0]?.group_id ?? '')?.unit_id).toBe(teacherUnits[0]?.id);

    const paedagog = user(demo, 'paedagog1');
    const pedagogueUnits = demo.user_unit
      .filter((u) => u.user_id === paedagog.id)
      .map((u) => units.get(u.unit_id));
    expect(pedagogueUnits.map((u) => [u?.kind, u?.district_id])).toEqual([['daycare', d1?.id]]);
    expect(demo.user_group.filter((g) => g.user_id === paedagog.id)).toHaveLength(1);

    const nurse = user(demo, 'sundhedsplejerske1');
    const nurseUnits = demo.user_unit.filter((u) => u.user_id === nurse.id).map((u) => u.unit_id);
    const d1Daycares = demo.unit
      .filter((u) => u.kind === 'daycare' && u.district_id === d1?.id)
      .map((u) => u.id);
    expect(nurseUnits.sort()).toEqual(d1Daycares.sort());
    expect(demo.user_group.filter((g) => g.user_id === nurse.id)).toEqual([]);
  });

  it('has two preventive workers in district 1 and one in each other district', () => {
    const preventive = demo.app_user.filter((u) => u.role === 'preventive_worker');
    const perDistrict = demo.district.map(
      (d) => preventive.filter((u) => districtsOf(demo, u.id).includes(d.id)).length,
    );
    expect(perDistrict).toEqual([2, 1, 1, 1, 1]);
    expect(preventive.map((u) => u.username)).toContain('forebyggende1b');
  });

  it('opens cases for distinct children with a caseworker of the district', () => {
    const kids = byId(demo.child);
    expect(new Set(demo.cases.map((c) => c.child_id)).size).toBe(demo.cases.length);
    const earliest = new Date('2023-03-14T00:00:00Z').getTime();
    const latest = new Date(`${TODAY}T00:00:00Z`).getTime();
    for (const c of demo.cases) {
      expect(kids.get(c.child_id)?.district_id).toBe(c.district_id);
      expect(c.caseworker_id).not.toBeNull();
      expect(districtsOf(demo, c.caseworker_id ?? '')).toContain(c.district_id);
      const opened = new Date(c.opened_at).getTime();
      expect(opened).toBeGreaterThanOrEqual(earliest);
      expect(opened).toBeLessThan(latest);
      expect(c.opened_at.slice(0, 10) >= (kids.get(c.child_id)?.birth_date ?? '')).toBe(true);
    }
    const load = (username: string) =>
      demo.cases.filter((c) => c.caseworker_id === user(demo, username).id).length;
    const openLoad = (username: string) =>
      [...demo.cases, ...demo.intake_case].filter(
        (c) => c.closed_at === null && c.caseworker_id === user(demo, username).id,
      ).length;
    for (const username of ['raadgiver1', 'raadgiver2']) {
      expect(load(username)).toBeGreaterThanOrEqual(12);
      expect(openLoad(username)).toBeGreaterThanOrEqual(15);
      expect(openLoad(username)).toBeLessThanOrEqual(30);
    }
    const fosterCare = demo.cases.filter(
      (c) => c.foster_care_consultant_id === user(demo, 'familiepleje').id,
    );
    expect(fosterCare.length).toBeGreaterThanOrEqual(20);
    expect(fosterCare.length).toBeLessThanOrEqual(50);
  });
});

describe('demo building blocks', () => {
  it('birthDateForAge gives exactly that age, across leap days', () => {
    const day = fc.integer({ min: 18_000, max: 24_000 }).map(toDate);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), fc.integer(), (today, age, seed) => {
        const birth = birthDateForAge(new Random(String(seed)), today, age);
        return ageOn(birth, today) === age;
      }),
    );
    expect(ageOn(birthDateForAge(new Random('x'), '2028-02-29', 1), '2028-02-29')).toBe(1);
  });

  it('CprRegistry hands out unique valid replacement numbers for one day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }).map(toDate), (birthDate) => {
        const registry = new CprRegistry();
        const numbers = [
          ...Array.from({ length: 500 }, () => registry.next(birthDate, 'female')),
          ...Array.from({ length: 500 }, () => registry.next(birthDate, 'male')),
        ];
        return (
          new Set(numbers).size === 1000 &&
          numbers.every((n) => parseCpr(n)?.birthDate === birthDate && parseCpr(n)?.replacement)
        );
      }),
      { numRuns: 30 },
    );
  });
});

/** The default ladder as the migration's trigger makes it (002_catalog.sql), with made-up ids. */
const DEFAULT_LADDER: Ladder = {
  id: 'ladder',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  note: 'Socialstyrelsens indsatstrappe',
  steps: [
    {
      id: 'step-1',
      position: 1,
      name: 'Tidlig indsats i almenområdet',
      category: 'preventive',
      track: 'early',
    },
    { id: 'step-2', position: 2, name: 'Forebyggende indsatser', category: 'preventive', track: 'early' },
    { id: 'step-3', position: 3, name: 'Hjemmebaserede indsatser', category: 'preventive', track: 'family' },
    {
      id: 'step-4',
      position: 4,
      name: 'Anbringelse i slægt og netværk',
      category: 'placement',
      track: 'placement',
    },
    {
      id: 'step-5',
      position: 5,
      name: 'Anbringelse i plejefamilie',
      category: 'placement',
      track: 'placement',
    },
    {
      id: 'step-6',
      position: 6,
      name: 'Anbringelse på institution',
      category: 'placement',
      track: 'placement',
    },
  ],
};

describe('the demo catalog', () => {
  const offers = demoOffers(DEFAULT_LADDER.steps).map((o, i) => ({ ...o, id: `offer-${i}` }));

  it('has at least 40 offers over all six steps, as rows with ids from the id stream', () => {
    expect(demo.offer.length).toBeGreaterThanOrEqual(40);
    expect(demo.offer).toHaveLength(DEMO_CATALOG.length);
    expect(new Set(demo.offer.map((o) => o.step_position))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(demo.offer.map((o) => o.name)).size).toBe(demo.offer.length);
    expect(new Set(demo.offer.map((o) => o.id)).size).toBe(demo.offer.length);
    expect(demo.offer.every((o) => o.municipality_id === demo.municipality[0]?.id)).toBe(true);
  });

  it('keeps every other id when the catalog is added last to the id stream', () => {
    const ids = new Set([...demo.child.map((c) => c.id), ...demo.cases.map((c) => c.id)]);
    expect(demo.offer.some((o) => ids.has(o.id))).toBe(false);
  });

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
    expect(noEvidence.map((g) => g.stepId)).toEqual(['step-1', 'step-4', 'step-6']);
    // the stepping stones exist: MST and short stays, and Trædestenen
    expect(rules).not.toContain('no_time_limited_between_home_and_placement');
    expect(rules).not.toContain('no_flexible_school_offer');
  });
});
