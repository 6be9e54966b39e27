import { addCalendarDays, copenhagenInstant, isWorkingDay, weekdayOf } from '../../core/calendar/index.ts';
import type { MeetingDecision } from '../../core/intake/sources.ts';
import type { Random } from '../random.ts';
import type { AppUserRow } from '../world/rows.ts';
import { HOUR_MS, MINUTE_MS } from './calibration.ts';
import type {
  DistrictMeetingRow,
  IntakeBase,
  IntakeCaseRow,
  MeetingDecisionRow,
  ReportRow,
  ScreeningRow,
} from './rows.ts';
import { DECISION_REASONS } from './texts.ts';

/**
 * The district meetings of Demo Kommune's intake year (intake.ts), after the reports and their
 * screening: what each meeting decided, and the cases an assessment opened.
 */

/** The weekly district meetings: each district on its own weekday at 10:00, skipped on holidays. */
export function districtMeetings(input: {
  reports: ReportRow[];
  districts: IntakeBase['district'];
  districtUsers: Map<string, AppUserRow[]>;
  screeningOf: Map<string, ScreeningRow>;
  foundationCase: Map<string, IntakeBase['cases'][number]>;
  front: AppUserRow[];
  random: Random;
  ids: Random;
  firstDay: string;
  today: string;
  cutoff: number;
  municipalityId: string;
}): { meetings: DistrictMeetingRow[]; decisions: MeetingDecisionRow[]; intakeCases: IntakeCaseRow[] } {
  const {
    reports,
    districts,
    districtUsers,
    screeningOf,
    foundationCase,
    front,
    random,
    ids,
    firstDay,
    today,
    cutoff,
    municipalityId,
  } = input;
  const meetings: DistrictMeetingRow[] = [];
  const decisions: MeetingDecisionRow[] = [];
  const intakeCases: IntakeCaseRow[] = [];
  const openIntakeCase = new Map<string, IntakeCaseRow>();
  const decidedAt = new Map<string, string>();
  type Identified = ReportRow & { child_id: string; district_id: string };
  const pending = new Map<string, Identified[]>();
  for (const r of reports) {
    // Only an identified child has a district and so a district meeting.
    if (r.status !== 'screened' || !r.district_id || !r.child_id) continue;
    const list = pending.get(r.district_id) ?? [];
    list.push(r as Identified);
    pending.set(r.district_id, list);
  }
  districts.forEach((district, d) => {
    const weekday = 2 + (d % 3); // Tuesday, Wednesday or Thursday
    const staff = districtUsers.get(district.id) ?? [];
    const preventive = staff.filter((u) => u.role === 'preventive_worker');
    const caseworkers = staff.filter((u) => u.role === 'caseworker');
    let queue = pending.get(district.id) ?? [];
    let on = firstDay;
    while (weekdayOf(on) !== weekday) on = addCalendarDays(on, 1);
    for (; on < today; on = addCalendarDays(on, 7)) {
      if (!isWorkingDay(on)) continue;
      const start = copenhagenInstant(on, 10, 0, 0, 0);
      if (start.getTime() >= cutoff) break;
      const chair = random.pick(front);
      const participants = [
        { userId: chair.id, name: chair.display_name, role: 'front' },
        ...preventive
          .slice(0, 1)
          .map((u) => ({ userId: u.id, name: u.display_name, role: 'preventive_worker' })),
        ...(caseworkers.length > 0 ? [random.pick(caseworkers)] : []).map((u) => ({
          userId: u.id,
          name: u.display_name,
          role: 'caseworker',
        })),
      ];
      const agenda = queue.filter(
        (r) => Date.parse(screeningOf.get(r.id)?.screened_at ?? '') < start.getTime(),
      );
      queue = queue.filter((r) => !agenda.includes(r));
      const meetingId = ids.uuid();
      let at = start.getTime();
      for (const r of agenda) {
        at += random.int(4, 12) * MINUTE_MS;
        const decidedIso = new Date(at).toISOString();
        const urgent = screeningOf.get(r.id)?.decision === 'urgent_action';
        let decision: MeetingDecision = urgent
          ? 'assessment'
          : random.weighted([
              ['assessment', 30],
              ['clarification', 20],
              ['preventive', 30],
              ['no_action', 20],
            ] as const);
        let caseId: string | null = null;
        let reasons = random.pick(DECISION_REASONS[decision]);
        if (decision === 'assessment') {
          // As the server: the child's open case continues; otherwise the meeting opens one. A
          // foundation case opened only later would overlap an opened one: decide on a
          // clarification instead, so each child has at most one open case.
          const own = foundationCase.get(r.child_id);
          const intake = openIntakeCase.get(r.child_id);
          if (own && Date.parse(own.opened_at) <= at) caseId = own.id;
          else if (intake) caseId = intake.id;
          else if (own) {
            decision = 'clarification';
            reasons = random.pick(DECISION_REASONS.clarification);
          } else {
            const opened: IntakeCaseRow = {
              municipality_id: municipalityId,
              id: ids.uuid(),
              child_id: r.child_id,
              district_id: district.id,
              caseworker_id: null,
              opened_at: decidedIso,
              opened_reason: `Børnefaglig undersøgelse besluttet på distriktsmøde ${on}: ${reasons}`.slice(
                0,
                2000,
              ),
              responsible_team: 'family_team',
            };
            intakeCases.push(opened);
            openIntakeCase.set(r.child_id, opened);
            caseId = opened.id;
          }
        }
        decisions.push({
          municipality_id: municipalityId,
          id: ids.uuid(),
          meeting_id: meetingId,
          report_id: r.id,
          decision,
          reasons,
          case_id: caseId,
          decided_by: chair.id,
          decided_at: decidedIso,
        });
        r.status = 'closed';
        r.closed_at = decidedIso;
        decidedAt.set(r.id, decidedIso);
      }
      const closedAt = new Date(at + random.int(15, 45) * MINUTE_MS);
      meetings.push({
        municipality_id: municipalityId,
        id: meetingId,
        district_id: district.id,
        held_on: on,
        participants,
        chaired_by: chair.id,
        closed_at: closedAt.getTime() < cutoff ? closedAt.toISOString() : null,
        created_at: new Date(start.getTime() - random.int(1, 3) * 24 * HOUR_MS).toISOString(),
      });
    }
  });
  return { meetings, decisions, intakeCases };
}
