import type { z } from 'zod';
import { intakePolicyOf, mayCreateReportFor } from '../../core/access/intake-policy.ts';
import type { MyReportsResponse, ReportCreatedResponse, ReportCreateRequest } from '../../core/api/intake.ts';
import { receiptDueAt, screeningDueAt } from '../../core/calendar/deadlines.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { parseCpr } from '../../core/cpr.ts';
import { AppError } from '../../core/errors.ts';
import { FEEDBACK_OUTCOME_LABELS } from '../../core/intake/receipt.ts';
import { SOURCE_INFO } from '../../core/intake/sources.ts';
import { REPORTER_STATUS_LABELS } from '../../core/intake/status.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner, requestHash } from '../idempotency.ts';
import { childFacts } from '../people/children.queries.ts';
import * as q from './reports.queries.ts';
import { reportChild } from './views.ts';

/** Use cases of a report: register (professional, Front, preventive worker) and the reporter's own list. */

/** A clock a little fast at the caller must not make a report "from the future". */
const CLOCK_SKEW_MS = 60_000;

function hashOf(userId: string, r: ReportCreateRequest): string {
  const { idempotencyKey: _key, ...content } = r;
  return requestHash({ userId, ...content });
}

function created(row: {
  id: string;
  received_at: Date;
  screening_due_at: Date;
  receipt_due_at: Date | null;
}) {
  return {
    id: row.id,
    receivedAt: copenhagenIso(row.received_at),
    screeningDueAt: copenhagenIso(row.screening_due_at),
    receiptDueAt: row.receipt_due_at ? copenhagenIso(row.receipt_due_at) : null,
  };
}

/** A report is the same request when its creator and the hash of its content are. */
function once(h: ActorHandle, key: string, hash: string): CreateOnce<q.ReportByKey, ReportCreatedResponse> {
  return {
    key,
    byKey: (k) => q.findReportByKey(h.tx, k),
    sameRequest: (found) => found.created_by === h.actor.userId && found.request_hash === hash,
    what: 'en anden underretning',
    view: created,
  };
}

/** The child the report is about: known (id, a CPR in the registry, a unique name and birth date) or provisional. */
async function resolveChild(h: ActorHandle, r: ReportCreateRequest) {
  if (r.childId) return { childId: r.childId, provisional: {} };
  const child = r.child;
  if (child && 'cpr' in child) {
    const digits = parseCpr(child.cpr)?.digits;
    if (!digits) throw new AppError('invalid_input', 'CPR-nummeret er ikke gyldigt.');
    const found = await q.childByCpr(h.tx, digits);
    return found
      ? { childId: found.id, provisional: {} }
      : { childId: null, provisional: { provisional_cpr: digits } };
  }
  if (child && 'name' in child) {
    const found = await q.childrenByName(h.tx, child.name, child.birthDate);
    if (found.length === 1 && found[0]) return { childId: found[0].id, provisional: {} };
    return {
      childId: null,
      provisional: { provisional_name: child.name, provisional_birth_date: child.birthDate },
    };
  }
  throw new AppError('invalid_input');
}

function checkReporter(r: ReportCreateRequest, isProfessionalUser: boolean) {
  const professionalSource = SOURCE_INFO[r.source].professional;
  if (isProfessionalUser && r.reporter.kind !== 'professional') {
    throw new AppError('invalid_input', 'En fagperson underretter som fagperson.');
  }
  if ((r.reporter.kind === 'professional') !== professionalSource) {
    throw new AppError('invalid_input', 'Kilden passer ikke til underretterens type.');
  }
  if (r.reporter.kind === 'anonymous' && (r.reporter.name || r.reporter.email)) {
    throw new AppError('invalid_input', 'En anonym underretning har hverken navn eller e-mail.');
  }
}

export async function registerReport(
  h: ActorHandle,
  r: ReportCreateRequest,
): Promise<Created<ReportCreatedResponse>> {
  const { tx, actor } = h;
  const policy = intakePolicyOf(actor.role);
  const attempt = {
    action: 'create',
    entityType: 'report',
    entityId: null,
    details: { childId: r.childId ?? null },
  };
  if (!policy || (policy.reportCreate.length === 0 && !policy.reportCreateUnknownChild))
    throw new DeniedError(attempt);
  // Only Front registers reports that arrived earlier by phone or letter.
  if (r.receivedAt && !policy.reportCreateUnknownChild) throw new DeniedError(attempt);
  const hash = hashOf(actor.userId, r);
  const idempotent = once(h, r.idempotencyKey, hash);
  const earlier = await earlierResult(idempotent);
  if (earlier) return earlier;

  const { childId, provisional } = await resolveChild(h, r);
  if (childId) {
    const facts = await childFacts(tx, actor, childId);
    if (!facts) throw new AppError('not_found', 'Barnet findes ikke.');
    if (!mayCreateReportFor(actor.role, facts)) throw new DeniedError({ ...attempt, details: { childId } });
  } else if (!policy.reportCreateUnknownChild) {
    throw new DeniedError(attempt);
  }
  const isProfessionalUser = actor.role === 'professional';
  checkReporter(r, isProfessionalUser);

  const now = new Date();
  const receivedAt = r.receivedAt ? new Date(r.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError('invalid_input', 'Modtagelsestidspunktet må ikke ligge i fremtiden.');
  }
  const settings = await q.loadNonWorkingDays(tx, actor.municipalityId);
  const districtId = childId ? ((await q.childDistrict(tx, childId))?.district_id ?? null) : null;
  const row = await q.insertReport(tx, {
    municipality_id: actor.municipalityId,
    child_id: childId,
    ...provisional,
    district_id: districtId,
    source: r.source,
    reporter_kind: r.reporter.kind,
    reporter_name: r.reporter.name ?? (isProfessionalUser ? actor.displayName : null),
    reporter_organisation: r.reporter.organisation ?? null,
    reporter_email: r.reporter.email ?? null,
    reporter_user_id: isProfessionalUser ? actor.userId : null,
    received_at: receivedAt,
    screening_due_at: screeningDueAt(receivedAt),
    receipt_due_at: r.reporter.kind === 'professional' ? receiptDueAt(receivedAt, settings) : null,
    acute: r.acute,
    text: r.text,
    created_by: actor.userId,
    idempotency_key: r.idempotencyKey,
    request_hash: hash,
  });
  if (!row) return raceWinner(idempotent);
  await h.audit({
    action: 'create',
    entityType: 'report',
    entityId: row.id,
    details: { childId, provisional: childId === null, source: r.source, acute: r.acute },
  });
  return { created: true, body: created(row) };
}

/** The reporter's own reports: status, receipt and feedback only, never content. */
export async function myReports(h: ActorHandle): Promise<z.infer<typeof MyReportsResponse>> {
  const rows = await q.reportsOfReporter(h.tx, h.actor.userId);
  await h.audit({
    action: 'read',
    entityType: 'report',
    entityId: null,
    details: { own: true, reportIds: rows.map((r) => r.id) },
  });
  return {
    reports: rows.map((r) => ({
      id: r.id,
      child: reportChild(r),
      receivedAt: copenhagenIso(r.received_at),
      status: r.status,
      statusLabel: REPORTER_STATUS_LABELS[r.status],
      receiptDueAt: r.receipt_due_at ? copenhagenIso(r.receipt_due_at) : null,
      receiptSentAt: r.receipt_sent_at ? copenhagenIso(r.receipt_sent_at) : null,
      feedback:
        r.feedback_outcome && r.feedback_sent_at
          ? {
              outcome: r.feedback_outcome,
              outcomeLabel: FEEDBACK_OUTCOME_LABELS[r.feedback_outcome],
              sentAt: copenhagenIso(r.feedback_sent_at),
            }
          : null,
    })),
  };
}
