import { CASE_POLICY } from '../../core/access/case-policy.ts';
import { decideChildAccess, EMERGENCY_ACCESS_HOURS, POLICY } from '../../core/access/policy.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { formatCpr, maskCpr } from '../../core/cpr.ts';
import { AppError } from '../../core/errors.ts';
import { ageOn, RELATION_LABELS } from '../../core/people.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './children.queries.ts';

/** Use cases on children: search, read one, ask for emergency access. Each is audited. */

function cprFor(cpr: string, masked: boolean) {
  return masked ? maskCpr(cpr) : formatCpr(cpr);
}

export async function searchChildren({ tx, actor, audit }: ActorHandle, query: string | undefined) {
  const policy = POLICY[actor.role];
  if (policy.childScopes.length === 0) {
    throw new DeniedError({
      action: 'search',
      entityType: 'child',
      entityId: null,
      details: { query: query ?? '' },
    });
  }
  const rows = await q.searchVisibleChildren(tx, actor, query);
  const districts = await q.districtNames(
    tx,
    rows.map((r) => r.district_id),
  );
  await audit({
    action: 'search',
    entityType: 'child',
    entityId: null,
    details: { query: query ?? '', childIds: rows.map((r) => r.id) },
  });
  const today = todayInCopenhagen();
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    cpr: cprFor(r.cpr, !policy.fullCpr),
    cprMasked: !policy.fullCpr,
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, today),
    district: { id: r.district_id, name: districts.get(r.district_id) ?? '' },
  }));
}

export async function getChild({ tx, actor, audit }: ActorHandle, childId: string) {
  const facts = await q.childFacts(tx, actor, childId);
  if (!facts) throw new AppError('not_found', 'Barnet findes ikke.');
  const access = decideChildAccess(actor.role, facts);
  if (!access.allowed) {
    throw new DeniedError({ action: 'read', entityType: 'child', entityId: childId });
  }
  const child = await q.childWithHousehold(tx, childId);
  if (!child) throw new AppError('not_found', 'Barnet findes ikke.');
  const [persons, siblings, groups, openCase] = await Promise.all([
    q.personsAroundChild(tx, childId),
    q.visibleSiblingsInHousehold(tx, actor, child.household_id, childId),
    q.groupsOfChild(tx, childId),
    // Whether a case exists is itself case knowledge: only for roles that read cases.
    CASE_POLICY[actor.role].read.length > 0 ? q.openCaseOf(tx, childId) : Promise.resolve(undefined),
  ]);
  const grant = access.via === 'emergency' ? await q.latestEmergencyReason(tx, actor, childId) : undefined;
  await audit({
    action: 'read',
    entityType: 'child',
    entityId: childId,
    emergency: access.emergency,
    reason: grant?.reason ?? null,
    details: { via: access.via, ...(access.via === 'scope' ? { scope: access.scope } : {}) },
  });
  const today = todayInCopenhagen();
  return {
    id: child.id,
    firstName: child.first_name,
    lastName: child.last_name,
    cpr: cprFor(child.cpr, access.cprMasked),
    cprMasked: access.cprMasked,
    birthDate: child.birth_date,
    age: ageOn(child.birth_date, today),
    district: { id: child.district_id, name: child.district_name },
    household: {
      id: child.household_id,
      address: child.address,
      district: { id: child.district_id, name: child.district_name },
    },
    persons: persons.map((p) => ({
      id: p.id,
      firstName: p.first_name,
      lastName: p.last_name,
      relation: p.relation,
      relationLabel: RELATION_LABELS[p.relation],
      hasCustody: p.has_custody,
      phone: p.phone,
      livesWithChild: p.household_id === child.household_id,
    })),
    siblings: siblings.map((s) => ({
      id: s.id,
      firstName: s.first_name,
      lastName: s.last_name,
      birthDate: s.birth_date,
    })),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      unit: { id: g.unit_id, name: g.unit_name, kind: g.unit_kind },
    })),
    access: { via: access.via, emergency: access.emergency },
    openCaseId: openCase?.id ?? null,
  };
}

export async function requestEmergencyAccess(
  { tx, actor, audit }: ActorHandle,
  childId: string,
  reason: string,
) {
  if (!POLICY[actor.role].emergencyAccess) {
    throw new DeniedError({ action: 'emergency_access', entityType: 'child', entityId: childId, reason });
  }
  const facts = await q.childFacts(tx, actor, childId);
  if (!facts) throw new AppError('not_found', 'Barnet findes ikke.');
  const grant = await q.insertEmergencyAccess(tx, {
    municipalityId: actor.municipalityId,
    userId: actor.userId,
    childId,
    reason,
    hours: EMERGENCY_ACCESS_HOURS,
  });
  await audit({
    action: 'emergency_access',
    entityType: 'child',
    entityId: childId,
    emergency: true,
    reason,
    details: { grantId: grant.id },
  });
  return { expiresAt: grant.expires_at.toISOString() };
}
