import type { Selectable } from 'kysely';
import { isMeetingChair, mayActOnMeeting } from '../../core/access/forums-policy.ts';
import {
  type DecisionCreateRequest,
  type DecisionView,
  SCHOOL_PLACEMENT_LABELS,
} from '../../core/api/forums-agenda.ts';
import { danishDate } from '../../core/detection/dates.ts';
import { AppError } from '../../core/errors.ts';
import {
  AGENDA_RULE_LABELS,
  DECISION_OUTCOME_LABELS,
  decisionValidUntil,
  FORUM_KIND_LABELS,
} from '../../core/forums/index.ts';
import type { ForumDecisionTable } from '../../store/schema-forums.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { addForumDecisionEntry } from '../casework/journal.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner, requestHash } from '../idempotency.ts';
import { decisionsOfMeeting } from './agenda.queries.ts';
import { buildAgenda } from './agenda-build.ts';
import { decisionView, itemRefOf } from './agenda-view.ts';
import * as q from './decisions.queries.ts';
import { meetingWithFacts } from './meetings.ts';
import { offersInForce } from './proposals.queries.ts';

/**
 * A forum's decision on an item of its meeting's agenda (issue #12 item 4, docs/forums.md
 * "Decisions"): by the meeting's chair while it is published (a closed meeting is locked). One
 * decision per item and meeting. In the same transaction the decision is written on the case's
 * journal by case work's use case, so it appears in the case's journal and chronology.
 */

type Row = Selectable<ForumDecisionTable>;
const unprocessable = (message: string) => new AppError('unprocessable', message);
const TAKEN = 'Punktet er allerede afgjort på mødet.';

/** What the item decides on: the step proposed (or referred, or the child's current), placement, offer. */
async function sourceFacts(h: ActorHandle, item: { source: { kind: string; id: string } }, step: number) {
  if (item.source.kind === 'proposal') {
    const p = await q.proposalFacts(h.tx, item.source.id);
    if (!p) throw new AppError('not_found', 'Indstillingen findes ikke.');
    return {
      step: p.step_position,
      placement: p.placement,
      withoutConsent: p.without_consent,
      offerId: p.offer_ids[0] ?? null,
      proposalId: p.id,
    };
  }
  if (item.source.kind === 'decision') {
    const d = await q.referringFacts(h.tx, item.source.id);
    if (!d) throw new AppError('not_found', 'Afgørelsen findes ikke.');
    return {
      step: d.step_position,
      placement: d.placement,
      withoutConsent: d.without_consent,
      offerId: d.offer_id,
      proposalId: d.proposal_id,
    };
  }
  // A review of a child (b, d, g, h) decides on its current step and is no placement decision:
  // it must not refer the child on by rules (c), (e), (f).
  return { step, placement: false, withoutConsent: false, offerId: null, proposalId: null };
}

function journalText(
  forumName: string,
  heldOn: string,
  rule: Row['rule'],
  d: Pick<Row, 'outcome' | 'step_position' | 'valid_until' | 'reasons' | 'missing' | 'school_placement'>,
  offerName: string | null,
): string {
  const parts = [
    `${forumName} (møde ${danishDate(heldOn)}), ${AGENDA_RULE_LABELS[rule].toLowerCase()}:`,
    `${DECISION_OUTCOME_LABELS[d.outcome]}, trin ${d.step_position}${offerName ? ` (${offerName})` : ''}.`,
  ];
  if (d.valid_until) parts.push(`Gælder til og med ${danishDate(d.valid_until)}.`);
  if (d.school_placement) parts.push(`Skoletilbud: ${SCHOOL_PLACEMENT_LABELS[d.school_placement]}.`);
  if (d.missing) parts.push(`Mangler: ${d.missing}`);
  parts.push(`Begrundelse: ${d.reasons}`);
  return parts.join(' ');
}

async function viewOf(h: ActorHandle, meetingId: string, id: string): Promise<DecisionView> {
  const row = (await decisionsOfMeeting(h.tx, meetingId)).find((d) => d.id === id);
  if (!row) throw new AppError('not_found', 'Afgørelsen findes ikke.');
  return decisionView(row);
}

/** POST /api/forum-meetings/:id/decisions: 201, a retry with the same key 200, another request under it 409. */
export async function recordDecision(
  h: ActorHandle,
  meetingId: string,
  r: DecisionCreateRequest,
): Promise<Created<DecisionView>> {
  const { tx, actor } = h;
  // The meeting first and locked (parents before children): decisions on it are serialised.
  const { m, forum, facts } = await meetingWithFacts(h, meetingId, true);
  if (!isMeetingChair(actor.role, facts)) {
    throw new DeniedError({
      action: 'decide',
      entityType: 'forum_meeting',
      entityId: meetingId,
      details: { forumId: forum.id },
    });
  }
  const hash = requestHash({ meetingId, ...r });
  const once: CreateOnce<Row, DecisionView> = {
    key: r.idempotencyKey,
    byKey: (key) => q.decisionByKey(tx, key),
    sameRequest: (row) =>
      row.meeting_id === meetingId && row.request_hash === hash && row.decided_by === actor.userId,
    what: 'en anden afgørelse',
    view: (row) => viewOf(h, row.meeting_id, row.id),
  };
  const earlier = await earlierResult(once);
  if (earlier) {
    await h.audit({
      action: 'create',
      entityType: 'forum_decision',
      entityId: earlier.body.id,
      details: { meetingId, forumId: forum.id, retry: true },
    });
    return earlier;
  }
  if (!mayActOnMeeting(actor.role, 'decide', facts)) {
    throw new AppError(
      'conflict',
      facts.status === 'closed'
        ? 'Mødet er afsluttet og låst; det kan ikke ændres.'
        : 'Dagsordenen er ikke offentliggjort endnu.',
    );
  }

  const built = await buildAgenda(h, forum, m.held_on);
  const item = built.items.find(
    (i) =>
      i.rule === r.rule &&
      (r.sourceId !== undefined
        ? i.source.id === r.sourceId
        : itemRefOf(meetingId, i.rule, i.source.id) === r.itemRef),
  );
  if (!item) throw unprocessable('Punktet er ikke på mødets dagsorden.');
  if (await q.decisionOnItem(tx, meetingId, item.rule, item.source.id)) throw new AppError('conflict', TAKEN);
  const current = built.steps.get(`${item.rule}\u0000${item.source.id}`) ?? 1;
  const src = await sourceFacts(h, item, current);

  // The outcome's own rules (forums.md "Decisions").
  const decidedOn = m.held_on;
  let step = r.stepPosition ?? src.step;
  if (r.outcome === 'approved' && step < src.step) {
    throw unprocessable(
      `Trin ${step} er lavere end det indstillede trin ${src.step}: vælg udfaldet "alternativ på et lavere trin".`,
    );
  }
  if (r.outcome === 'alternative') {
    if (r.stepPosition === undefined || r.stepPosition >= src.step) {
      throw unprocessable(`Et alternativ skal ligge på et lavere trin end det indstillede trin ${src.step}.`);
    }
  }
  if (r.outcome === 'postponed' || r.outcome === 'rejected') step = src.step;
  if (r.outcome === 'postponed' && !r.missing)
    throw unprocessable('Angiv, hvad der mangler, før forummet kan afgøre punktet.');
  if (r.outcome !== 'postponed' && r.missing)
    throw unprocessable('Hvad der mangler angives kun, når punktet udsættes.');
  if (r.validUntil !== undefined) {
    if (r.outcome !== 'approved') throw unprocessable('Kun en godkendelse har en gyldighed.');
    const last = decisionValidUntil(decidedOn, built.settings);
    if (r.validUntil < decidedOn || r.validUntil > last) {
      throw unprocessable(
        `Godkendelsen kan gælde fra mødet til og med ${danishDate(last)} (${built.settings.decisionValidityMonths} måneder).`,
      );
    }
  }
  if ((item.rule === 'school_placement') !== (r.schoolPlacement !== undefined)) {
    throw unprocessable(
      item.rule === 'school_placement'
        ? 'Angiv skoletilbuddet under anbringelsen (almindelig skole, specialklasse eller intern skole).'
        : 'Et skoletilbud angives kun på et punkt om skoletilbud under anbringelse.',
    );
  }
  let offerId: string | null = r.outcome === 'approved' && step === src.step ? src.offerId : null;
  let offerName: string | null = null;
  if (r.offerId !== undefined) {
    const [offer] = await offersInForce(tx, [r.offerId]);
    if (offer?.status !== 'active' || offer.step_position !== step) {
      throw unprocessable(`Tilbuddet findes ikke i den aktive tilbudsvifte på trin ${step}.`);
    }
    offerId = offer.id;
    offerName = offer.name;
  } else if (offerId) {
    offerName = (await offersInForce(tx, [offerId]))[0]?.name ?? null;
  }

  const values = {
    municipality_id: actor.municipalityId,
    meeting_id: meetingId,
    forum_id: forum.id,
    forum_kind: forum.kind,
    case_id: item.caseId,
    child_id: item.childId,
    district_id: item.districtId ?? null,
    rule: item.rule,
    source_kind: item.source.kind,
    source_id: item.source.id,
    proposal_id: src.proposalId,
    outcome: r.outcome,
    step_position: step,
    offer_id: offerId,
    placement: src.placement,
    without_consent: src.withoutConsent,
    valid_until: r.validUntil ?? null,
    school_placement: r.schoolPlacement ?? null,
    reasons: r.reasons,
    missing: r.missing ?? null,
    participants: JSON.stringify(r.participants ?? m.participants),
    decided_on: decidedOn,
    decided_by: actor.userId,
    idempotency_key: r.idempotencyKey,
    request_hash: hash,
  };
  const inserted = await q.insertDecision(tx, values);
  if (!inserted) return raceWinner(once, TAKEN);
  await addForumDecisionEntry(h, {
    caseId: item.caseId,
    childId: item.childId,
    forumDecisionId: inserted.id,
    text: journalText(forum.name || FORUM_KIND_LABELS[forum.kind], m.held_on, item.rule, values, offerName),
  });
  await h.audit({
    action: 'create',
    entityType: 'forum_decision',
    entityId: inserted.id,
    caseId: item.caseId,
    childId: item.childId,
    details: { meetingId, forumId: forum.id, rule: item.rule, outcome: r.outcome, stepPosition: step },
  });
  return { created: true, body: await viewOf(h, meetingId, inserted.id) };
}
