import type { Faker } from '@faker-js/faker';
import { copenhagenInstant } from '../../core/calendar/zone.ts';
import { type ForumKind, type MeetingRhythm, meetingsBetween } from '../../core/forums/index.ts';
import type { MeetingParticipantJson } from '../../store/schema-intake.ts';
import { toDate, toDay } from '../dates.ts';
import type { Random } from '../random.ts';
import type { AppUserRow, DistrictRow } from '../world/rows.ts';
import type { ForumMeetingRow, ForumMemberRow, ForumRow, ForumsData } from './rows.ts';

/**
 * Demo Kommune's forums, their members and the days they meet: Det Kreative Råd in each district
 * every second week, the placement committee every week, the school visitation and the children's
 * committee once a month, the political review every 12 weeks (the longest rhythm a forum has;
 * each placement comes up at every second one, about every 6 months).
 */

const DAY_MS = 86_400_000;

/** One forum with its meeting days, for the decisions to be placed on. */
export interface ForumCalendar {
  forum: ForumRow;
  chairId: string;
  /** the members as called to every meeting */
  called: MeetingParticipantJson[];
  /** meeting days (days since 1970), ascending, past and the next few */
  days: number[];
  meetings: Map<number, ForumMeetingRow>;
}

export interface ForumStaff {
  leader: AppUserRow;
  leadersByDistrict: readonly AppUserRow[];
  caseworkersByDistrict: readonly (readonly AppUserRow[])[];
  preventiveByDistrict: readonly (readonly AppUserRow[])[];
  fosterCare: AppUserRow;
  admin: AppUserRow;
}

export interface SetupInput {
  municipalityId: string;
  random: Random;
  ids: Random;
  faker: Faker;
  today: number;
  /** the first day meetings are held */
  from: number;
  districts: readonly DistrictRow[];
  staff: ForumStaff;
}

const RHYTHMS: Record<Exclude<ForumKind, 'creative_council'>, (from: string) => MeetingRhythm> = {
  placement_committee: (from) => ({ kind: 'weekly', weekday: 3, everyWeeks: 1, from }),
  school_visitation_committee: (from) => ({ kind: 'monthly', weekday: 2, nth: 2, from }),
  children_committee: (from) => ({ kind: 'monthly', weekday: 4, nth: 1, from }),
  political_review: (from) => ({ kind: 'weekly', weekday: 4, everyWeeks: 12, from }),
};

const NAMES: Record<Exclude<ForumKind, 'creative_council'>, string> = {
  placement_committee: 'Anbringelses- og efterværnsudvalget',
  school_visitation_committee: 'Visitationsudvalget for anbragte børn og unge',
  children_committee: 'Børne- og ungeudvalget',
  political_review: 'Den politiske gennemgang af anbringelser',
};

/** The external members of each forum, by role; their names are drawn. */
const EXTERNALS: Record<ForumKind, readonly string[]> = {
  creative_council: ['Psykolog, PPR', 'Skoleleder'],
  placement_committee: ['Jurist, Børn og Familie'],
  school_visitation_committee: ['Skolechef', 'Leder, PPR', 'Leder, intern skole Kompasset'],
  children_committee: ['Byrådsmedlem', 'Byrådsmedlem', 'Dommer', 'Børnesagkyndig'],
  political_review: [
    'Byrådsmedlem, formand for Børne- og Ungeudvalget',
    'Byrådsmedlem',
    'Byrådsmedlem',
    'Byrådsmedlem',
  ],
};

export const instant = (day: number, minute: number) =>
  new Date(day * DAY_MS + minute * 60_000).toISOString();

/** An instant on a Copenhagen day at a local hour (meetings keep office hours whatever the season). */
const localInstant = (day: number, hour: number, minute: number) =>
  copenhagenInstant(toDate(day), hour, minute).toISOString();

export function setupForums(input: SetupInput, out: ForumsData): ForumCalendar[] {
  const { municipalityId: m, random, ids, faker, staff, today } = input;
  let n = 0;
  const key = (what: string) => `demo-${what}-${String(++n).padStart(6, '0')}`;
  const fromDate = toDate(input.from);
  const created = input.from - 30;
  const calendars: ForumCalendar[] = [];

  const make = (
    kind: ForumKind,
    name: string,
    districtId: string | null,
    rhythm: MeetingRhythm,
    chair: AppUserRow,
    users: readonly AppUserRow[],
  ): ForumCalendar => {
    const forum: ForumRow = {
      municipality_id: m,
      id: ids.uuid(),
      kind,
      district_id: districtId,
      name,
      rhythm,
      created_by: districtId ? chair.id : staff.admin.id,
      created_at: instant(created, random.int(8 * 60, 14 * 60)),
      idempotency_key: key('forum'),
      request_hash: 'demo',
    };
    out.forum.push(forum);
    const called: MeetingParticipantJson[] = [];
    const member = (fields: Pick<ForumMemberRow, 'user_id' | 'name' | 'role_title' | 'chair'>) =>
      out.forum_member.push({
        municipality_id: m,
        id: ids.uuid(),
        forum_id: forum.id,
        ...fields,
        added_by: forum.created_by,
        added_at: instant(created + 1, random.int(8 * 60, 14 * 60)),
        idempotency_key: key('member'),
        request_hash: 'demo',
      });
    for (const u of [chair, ...users]) {
      member({ user_id: u.id, name: null, role_title: null, chair: u.id === chair.id });
      called.push({
        userId: u.id,
        name: u.display_name,
        role: u.id === chair.id ? 'Formand' : (u.title ?? u.role),
      });
    }
    for (const role of EXTERNALS[kind]) {
      const person = `${faker.person.firstName()} ${faker.person.lastName()}`;
      member({ user_id: null, name: person, role_title: role, chair: false });
      called.push({ name: person, role });
    }
    const days = meetingsBetween(rhythm, fromDate, toDate(today + 56)).map(toDay);
    const cal: ForumCalendar = { forum, chairId: chair.id, called, days, meetings: new Map() };
    calendars.push(cal);
    return cal;
  };

  input.districts.forEach((district, d) => {
    const leader = staff.leadersByDistrict[d];
    if (!leader) throw new Error(`District ${district.name} has no leader`);
    // Every second week, each district on a weekday of its own.
    const rhythm: MeetingRhythm = {
      kind: 'weekly',
      weekday: ((d % 4) + 1) as 1 | 2 | 3 | 4,
      everyWeeks: 2,
      from: fromDate,
    };
    make('creative_council', `Det Kreative Råd, ${district.name}`, district.id, rhythm, leader, [
      ...(staff.caseworkersByDistrict[d] ?? []),
      ...(staff.preventiveByDistrict[d] ?? []).slice(0, 1),
    ]);
  });
  const kinds = Object.keys(RHYTHMS) as (keyof typeof RHYTHMS)[];
  for (const kind of kinds) {
    const users =
      kind === 'placement_committee'
        ? [...staff.leadersByDistrict, staff.fosterCare]
        : kind === 'school_visitation_committee'
          ? staff.leadersByDistrict.slice(0, 2)
          : [];
    make(kind, NAMES[kind], null, RHYTHMS[kind](fromDate), staff.leader, users);
  }

  // The meetings: closed before today with the attendance, the next published, later ones planned.
  for (const cal of calendars) {
    let published = false;
    for (const day of cal.days) {
      const past = day < today;
      const publish = past || !published;
      if (!past) published = true;
      const attended = past
        ? cal.called.filter((p) => p.userId === cal.chairId || random.chance(p.userId ? 0.92 : 0.85))
        : cal.called;
      // Planned two to four weeks ahead and published the week before, never after today.
      const publishedOn = Math.min(day - random.int(4, 6), today - 1);
      const plannedOn = Math.min(day - random.int(14, 28), publishedOn - random.int(1, 3));
      const row: ForumMeetingRow = {
        municipality_id: m,
        id: ids.uuid(),
        forum_id: cal.forum.id,
        held_on: toDate(day),
        participants: attended,
        planned_by: cal.chairId,
        created_at: localInstant(plannedOn, 9, random.int(0, 59)),
        published_at: publish ? localInstant(publishedOn, 10, random.int(0, 59)) : null,
        published_by: publish ? cal.chairId : null,
        closed_at: past ? localInstant(day, 15, random.int(0, 59)) : null,
        closed_by: past ? cal.chairId : null,
      };
      out.forum_meeting.push(row);
      cal.meetings.set(day, row);
    }
  }
  return calendars;
}

/** The latest meeting day strictly before `day`, or undefined. */
export function meetingBefore(cal: ForumCalendar, day: number): number | undefined {
  let found: number | undefined;
  for (const d of cal.days) {
    if (d >= day) break;
    found = d;
  }
  return found;
}

/** The first meeting day on or after `day`, or undefined. */
export function meetingFrom(cal: ForumCalendar, day: number): number | undefined {
  return cal.days.find((d) => d >= day);
}
