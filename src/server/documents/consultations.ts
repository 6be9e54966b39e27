import type {
  ConsultationCreateRequest,
  ConsultationReplyRequest,
  ConsultationView,
} from '../../core/api/documents.ts';
import { copenhagenDateOf, copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { consultationEndsAt, consultationLastDay } from '../../core/documents/consultation.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { openCase, requireOpen } from '../casework/case-access.ts';
import { type Created, createOnce, requestHash } from '../idempotency.ts';
import { loadNonWorkingDays } from '../intake/reports.queries.ts';
import * as q from './consultations.queries.ts';
import { consultationRule } from './settings.ts';

/**
 * Consultation of the parties (partshøring, docs/documents.md): the facts a decision will rest on
 * go to the parents and the young person from 15 with a reply deadline from the municipality's rule
 * (src/core/documents/consultation.ts); each party's reply or waiver is recorded once. A decision
 * naming the consultation is refused before the deadline unless every party has answered
 * (decisions.ts). Written by those who write the case, read by those who read it; all audited.
 */

type Row = q.ConsultationRow;
type AnswerRow = Awaited<ReturnType<typeof q.answersOf>>[number];

function view(row: Row, answers: readonly AnswerRow[]): ConsultationView {
  const answered = new Set(answers.map((a) => a.party));
  return {
    id: row.id,
    caseId: row.case_id,
    facts: row.facts,
    parties: row.parties,
    sentAt: copenhagenIso(row.sent_at),
    rule: { days: row.rule_days, unit: row.rule_unit },
    lastDay: row.last_day,
    endsAt: copenhagenIso(consultationEndsAt(row.last_day)),
    answers: answers.map((a) => ({
      party: a.party,
      kind: a.kind,
      text: a.text,
      receivedOn: a.received_on,
      recordedBy: { id: a.recorded_by, name: a.recorded_by_name },
    })),
    waitingFor: row.parties.map((p) => p.name).filter((name) => !answered.has(name)),
    createdBy: { id: row.created_by, name: row.created_by_name },
  };
}

async function viewOf(h: ActorHandle, row: Row) {
  return view(row, await q.answersOf(h.tx, [row.id]));
}

/** The consultation with its answers, for the decision's check (no access check: the caller's door). */
export async function consultationFacts(h: ActorHandle, id: string) {
  const row = await q.consultationById(h.tx, id);
  if (!row) return undefined;
  return { row, answers: await q.answersOf(h.tx, [id]) };
}

/** POST /api/cases/:id/consultations */
export async function sendConsultation(
  h: ActorHandle,
  caseId: string,
  r: ConsultationCreateRequest,
): Promise<Created<ConsultationView>> {
  const { tx, actor } = h;
  const names = r.parties.map((p) => p.name.toLocaleLowerCase('da-DK'));
  if (new Set(names).size !== names.length) {
    throw new AppError('unprocessable', 'Den samme part er nævnt to gange.');
  }
  const hash = requestHash({ caseId, facts: r.facts, parties: r.parties });
  return createOnce(
    {
      key: r.idempotencyKey,
      byKey: (key) => q.consultationByKey(tx, key),
      sameRequest: (row) => row.request_hash === hash && row.created_by === actor.userId,
      what: 'en anden partshøring',
      view: (row) => viewOf(h, row),
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'consultation',
        entityId: id,
        details: { parties: r.parties.length, ...keyDetails },
      }),
    async (id, { row: c }) => {
      requireOpen(c);
      const rule = await consultationRule(h);
      const sentAt = new Date();
      const closed = await loadNonWorkingDays(tx, actor.municipalityId);
      const inserted = await q.insertConsultation(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        facts: r.facts,
        parties: JSON.stringify(r.parties),
        sent_at: sentAt,
        rule_days: rule.days,
        rule_unit: rule.unit,
        last_day: consultationLastDay(sentAt, rule, closed),
        created_by: actor.userId,
        idempotency_key: r.idempotencyKey,
        request_hash: hash,
      });
      return inserted ? q.consultationById(tx, id) : undefined;
    },
  );
}

/** POST /api/consultations/:id/reply: a party's reply or waiver, once per party. */
export async function recordConsultationAnswer(
  h: ActorHandle,
  consultationId: string,
  r: ConsultationReplyRequest,
): Promise<Created<ConsultationView>> {
  const { tx, actor } = h;
  const row = await q.consultationById(tx, consultationId);
  if (!row) throw new AppError('not_found', 'Partshøringen findes ikke.');
  const { row: c } = await openCase(h, row.case_id, 'write', {
    action: 'update',
    entityType: 'consultation',
    entityId: consultationId,
    details: { answer: r.kind },
  });
  requireOpen(c);
  const party = row.parties.find((p) => p.name === r.party);
  if (!party) throw new AppError('unprocessable', `${r.party} er ikke part i denne partshøring.`);
  if (r.receivedOn > todayInCopenhagen())
    throw new AppError('unprocessable', 'Svaret kan ikke være modtaget i fremtiden.');
  if (r.receivedOn < copenhagenDateOf(row.sent_at)) {
    throw new AppError('unprocessable', 'Svaret kan ikke være modtaget, før partshøringen blev sendt.');
  }
  const text = r.text?.trim() ? r.text : null;
  if (r.kind === 'reply' && text === null) throw new AppError('unprocessable', 'Skriv partens svar.');
  const inserted = await q.insertAnswer(tx, {
    municipality_id: actor.municipalityId,
    consultation_id: consultationId,
    party: party.name,
    kind: r.kind,
    text,
    received_on: r.receivedOn,
    recorded_by: actor.userId,
  });
  const answers = await q.answersOf(tx, [consultationId]);
  if (!inserted) {
    // A retry of the same answer is answered as the first; another answer for the party is not.
    const earlier = answers.find((a) => a.party === party.name);
    if (earlier?.kind !== r.kind || earlier.text !== text || earlier.received_on !== r.receivedOn) {
      throw new AppError('conflict', `${party.name} har allerede svaret i denne partshøring.`);
    }
    return { created: false, body: view(row, answers) };
  }
  return { created: true, body: view(row, answers) };
}

/** GET /api/cases/:id/consultations */
export async function listConsultations(h: ActorHandle, caseId: string): Promise<ConsultationView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'consultation', entityId: null });
  const rows = await q.consultationsOfCase(h.tx, caseId);
  const answers = await q.answersOf(
    h.tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    view(
      r,
      answers.filter((a) => a.consultation_id === r.id),
    ),
  );
}
