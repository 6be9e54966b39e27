import { sql } from 'kysely';
import {
  type CaseFacts,
  type CaseworkSettings,
  DEFAULT_CASEWORK_SETTINGS,
  type MeasureTrack,
} from '../../core/casework/deadlines.ts';
import type { Tx } from '../../store/database.ts';

/**
 * The dated facts behind a case's deadlines (src/core/casework/deadlines.ts `caseDeadlines`),
 * loaded for many cases at once: "Mit overblik" and the leader's supervision compute the
 * deadlines of 25–450 cases per request, so this is a fixed number of queries (one per table,
 * each over `case_id = ANY($ids)` on the tables' (municipality_id, case_id) indexes) whatever
 * the number of cases — never one round per case. Row-level security keeps it to the caller's
 * municipality; access to the cases themselves is the caller's business (openCase, or the
 * overview's own scope).
 *
 * Measures and follow-ups are the case's own: a child has at most one open case
 * (cases_one_open_per_child), and a closed case's deadlines are history. `followUps` holds, per
 * (measure, kind), the earliest and the latest follow-up only — what the deadline rules read;
 * the full list is GET /api/cases/:id/follow-ups.
 */

type Row = {
  case_id: string;
  birth_date: string;
  /** [id, kind, aware_on, completed_on, provisional_on] */
  assessments: [string, 'assessment' | 'clarification', string, string | null, string | null][];
  /** [id, kind, agreed_on] */
  plans: [string, 'child_plan' | 'youth_plan', string][];
  /** [id, track, start_on, ended_on, follow_up_cadence_weeks] */
  measures: [string, MeasureTrack, string, string | null, number | null][];
  /** [id, measure_id, kind, held_on] */
  follow_ups: [string, string | null, CaseFacts['followUps'][number]['kind'], string][];
  /** [id, last_day, answered_on]: answered_on when every party has answered */
  consultations: [string, string, string | null][];
};

/** Facts per case id; a case id that does not exist (or is another municipality's) is absent. */
export async function loadCaseFacts(tx: Tx, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  const out = new Map<string, CaseFacts>();
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return out;
  // One round trip: a row per case with its records as JSON arrays, each gathered by an index
  // lookup on (municipality_id, case_id). Dates are cast to text so they stay calendar dates.
  const { rows } = await sql<Row>`
    SELECT c.id AS case_id, ch.birth_date::text AS birth_date,
      (SELECT coalesce(json_agg(json_build_array(a.id, a.kind, a.aware_on::text, a.completed_on::text,
          a.provisional_on::text)), '[]') FROM assessment a WHERE a.case_id = c.id) AS assessments,
      (SELECT coalesce(json_agg(json_build_array(p.id, p.kind, p.agreed_on::text)), '[]')
        FROM plan p WHERE p.case_id = c.id) AS plans,
      (SELECT coalesce(json_agg(json_build_array(m.id, m.track, m.start_on::text, m.ended_on::text,
          m.follow_up_cadence_weeks)), '[]') FROM measure m WHERE m.case_id = c.id) AS measures,
      -- Only the earliest and the latest follow-up of each (measure, kind): all the rules read.
      (SELECT coalesce(json_agg(json_build_array(f.id, f.measure_id, f.kind, f.held_on::text)), '[]')
        FROM (SELECT f.id, f.measure_id, f.kind, f.held_on,
                row_number() OVER (PARTITION BY f.measure_id, f.kind ORDER BY f.held_on, f.id) AS first,
                row_number() OVER (PARTITION BY f.measure_id, f.kind ORDER BY f.held_on DESC, f.id DESC) AS last
              FROM follow_up f WHERE f.case_id = c.id) f
        WHERE f.first = 1 OR f.last = 1) AS follow_ups,
      -- The documents' consultations (docs/documents.md): the day the last party answered, if all have.
      (SELECT coalesce(json_agg(json_build_array(k.id, k.last_day::text, k.answered_on)), '[]')
        FROM (SELECT co.id, co.last_day,
                CASE WHEN count(DISTINCT a.party) >= jsonb_array_length(co.parties)
                  THEN max(a.received_on)::text END AS answered_on
              FROM consultation co
              LEFT JOIN consultation_answer a
                ON a.municipality_id = co.municipality_id AND a.consultation_id = co.id
              WHERE co.case_id = c.id
              GROUP BY co.id, co.last_day, co.parties) k) AS consultations
    FROM cases c
    JOIN child ch ON ch.municipality_id = c.municipality_id AND ch.id = c.child_id
    WHERE c.id = any(${ids}::uuid[])`.execute(tx);
  for (const r of rows) {
    out.set(r.case_id, {
      child: { birthDate: r.birth_date },
      assessments: r.assessments.map(([id, kind, awareOn, completedOn, provisionalOn]) => ({
        id,
        kind,
        awareOn,
        completedOn,
        provisionalOn,
      })),
      plans: r.plans.map(([id, kind, agreedOn]) => ({ id, kind, agreedOn })),
      measures: r.measures.map(([id, track, startOn, endedOn, cadenceWeeks]) => ({
        id,
        track,
        startOn,
        endedOn,
        cadenceWeeks,
      })),
      followUps: r.follow_ups.map(([id, measureId, kind, heldOn]) => ({ id, measureId, kind, heldOn })),
      consultations: r.consultations.map(([id, lastDay, answeredOn]) => ({ id, lastDay, answeredOn })),
    });
  }
  return out;
}

/**
 * The municipality's case-work settings: its casework_setting row over the defaults of
 * src/core/casework (the table holds the locally configurable ones; the statutory ones are law).
 */
export async function loadCaseworkSettings(tx: Tx): Promise<CaseworkSettings> {
  const row = await tx
    .selectFrom('casework_setting')
    .select(['quiet_weeks', 'caseload_target', 'home_follow_up_months', 'placement_follow_up_weeks'])
    .executeTakeFirst();
  if (!row) return DEFAULT_CASEWORK_SETTINGS;
  return {
    ...DEFAULT_CASEWORK_SETTINGS,
    quietWeeks: row.quiet_weeks,
    caseloadTarget: row.caseload_target,
    homeFollowUpMonths: row.home_follow_up_months,
    placementFollowUpWeeks: row.placement_follow_up_weeks,
  };
}
