import { intakePolicyOf } from '../../core/access/intake-policy.ts';
import type { Role } from '../../core/access/roles.ts';
import type { GuideQuery, GuideView } from '../../core/api/detection.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { matchOffers } from '../../core/catalog/matching.ts';
import type { Ladder } from '../../core/catalog/types.ts';
import type { IcsArea, RiskFactor } from '../../core/detection/factors.ts';
import { buildGuide, GUIDE_MAX_STEP, reportFormUrl, SITUATION_LABELS } from '../../core/detection/guide.ts';
import { bandOf } from '../../core/detection/scale.ts';
import { AppError } from '../../core/errors.ts';
import { ageOn } from '../../core/people.ts';
import type { ActorHandle } from '../actor-db.ts';
import { loadOccupancy } from '../catalog/analysis.queries.ts';
import { loadCurrentLadder } from '../catalog/ladder.queries.ts';
import { listOffers } from '../catalog/offers.queries.ts';
import { requireChildRight } from './access.ts';
import { type ChildBasics, childBasics, preventiveWorkersOf } from './guide.queries.ts';
import { loadDetectionSettings } from './settings.queries.ts';

/**
 * The guide for one child at one level: the pure guide of core (steps, duty to report) plus
 * whom to contact (the district's preventive workers) and the catalog's offers at steps 1–2.
 */

export interface GuideInput {
  level: number;
  areas: readonly IcsArea[];
  riskFactors: readonly RiskFactor[];
  parentsInformed?: boolean | undefined;
  texts?: readonly string[] | undefined;
}

/**
 * The catalog's matching from the step the guide's level implies: at 6 or below the child needs
 * early help now (Børnelinealen: support at 6 and below), so the matching may reach step 2; above,
 * the child is in everyday life and the matching keeps to step 1 unless nothing suits there.
 * Its relative-step sentence is replaced, since that starting step is the guide's, not the child's.
 */
function startStep(ladder: Ladder, level: number): string | null {
  if (bandOf(level).min > 6) return null;
  return ladder.steps.find((s) => s.position === GUIDE_MAX_STEP - 1)?.id ?? null;
}

async function guideOffers(h: ActorHandle, age: number, level: number, areas: readonly IcsArea[]) {
  const m = h.actor.municipalityId;
  const [ladder, offers, occupancy] = await Promise.all([
    loadCurrentLadder(h.tx, m),
    listOffers(h.tx, m, { status: 'active', age }),
    loadOccupancy(h.tx, m),
  ]);
  const matches = matchOffers(
    ladder,
    offers,
    { age, areas, currentStep: startStep(ladder, level) },
    occupancy,
  );
  return matches
    .filter((match) => match.step.position <= GUIDE_MAX_STEP)
    .map((match) => ({
      id: match.offer.id,
      name: match.offer.name,
      description: match.offer.description,
      providerName: match.offer.providerName,
      step: { id: match.step.id, position: match.step.position, name: match.step.name },
      ageMin: match.offer.ageMin,
      ageMax: match.offer.ageMax,
      evidence: match.offer.evidence,
      programme: match.offer.programme,
      atCapacity: match.atCapacity,
      reasons: [
        `Trin ${match.step.position} «${match.step.name}»: tidlig hjælp.`,
        ...match.reasons.filter((r) => !r.startsWith('Trin ') && !r.startsWith('Intet passende tilbud')),
      ],
    }));
}

/**
 * Who reports from the professional's report form: a professional, who may report children in
 * their own units (intake policy). Others who read the guide report by other ways (Front
 * registers, a preventive worker raises it in the district), so they get no link.
 */
function usesReportForm(role: Role): boolean {
  const p = intakePolicyOf(role);
  return p?.reportAsProfessional === true && p.reportCreate.length > 0;
}

/** The guide for a child already found and allowed; used by the guide endpoint and after a concern is saved. */
export async function guideForChild(
  h: ActorHandle,
  child: ChildBasics,
  input: GuideInput,
): Promise<GuideView> {
  const age = ageOn(child.birth_date, todayInCopenhagen());
  const { settings } = await loadDetectionSettings(h.tx, h.actor.municipalityId);
  const guide = buildGuide(
    {
      level: input.level,
      age,
      parentsInformed: input.parentsInformed,
      riskFactors: input.riskFactors,
      areas: input.areas,
      texts: input.texts,
    },
    settings.mustReportBelow,
  );
  const [contacts, offers] = await Promise.all([
    preventiveWorkersOf(h.tx, child.district_id),
    guideOffers(h, age, input.level, input.areas),
  ]);
  return {
    level: guide.level,
    band: guide.band,
    situations: guide.situations.map((id) => ({ id, label: SITUATION_LABELS[id] })),
    steps: guide.steps,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.display_name,
      title: c.title,
      phone: c.phone,
      district: { id: c.district_id, name: c.district_name },
    })),
    offers,
    mustReport: guide.mustReport,
    mustReportReasons: guide.mustReportReasons,
    dutyToReport: guide.dutyToReport,
    reportFormUrl: guide.mustReport && usesReportForm(h.actor.role) ? reportFormUrl(child.id) : null,
  };
}

export async function getGuide(h: ActorHandle, query: GuideQuery): Promise<GuideView> {
  const attempt = { action: 'read_guide', entityType: 'child', entityId: query.childId };
  await requireChildRight(h, query.childId, 'guide_read', attempt);
  const child = await childBasics(h.tx, query.childId);
  if (!child) throw new AppError('not_found', 'Barnet findes ikke.');
  const view = await guideForChild(h, child, {
    level: query.level,
    areas: query.areas ?? [],
    riskFactors: query.riskFactors ?? [],
    parentsInformed: query.parentsInformed === undefined ? undefined : query.parentsInformed === 'true',
  });
  // The guide shows the child's age band and district contacts: a read of person data.
  await h.audit({ ...attempt, details: { level: query.level, mustReport: view.mustReport } });
  return view;
}
