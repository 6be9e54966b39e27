import { describe, expect, it } from 'vitest';
import { parseCpr } from '../../core/cpr.ts';
import type { DemoData } from '../data.ts';
import { ageOn, schoolGrade } from '../dates.ts';
import { generateDemo } from '../generate.ts';

const TODAY = '2026-03-15';
const demo = generateDemo({ seed: 2026, today: TODAY, code: 'demo', name: 'Demo Kommune' });

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

describe('the world of Demo Kommune', () => {
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
