import { base, da, Faker } from '@faker-js/faker';
import type { AreaInput } from '../context.ts';
import { toDay } from '../dates.ts';
import { Random } from '../random.ts';
import type { AppUserRow } from '../world/rows.ts';
import { DEMO_APPROVAL_THRESHOLDS, decideOthers } from './extras.ts';
import { CaseFacts } from './facts.ts';
import { decideGatedMeasures, type MeasureUpdate } from './gated.ts';
import { Recorder } from './record.ts';
import { decideReviews } from './reviews.ts';
import { FORUMS_TABLES, type ForumsBase, type ForumsData } from './rows.ts';
import { setupForums } from './setup.ts';

/**
 * Demo Kommune's forums (issue #12 item 10): the forums with their members, three years of
 * meetings, and the proposals and decisions that match the case work's measures — every gated
 * measure starts on the decision the gate asks for (forums.test.ts proves it with gateMeasure).
 * After case work, on streams of its own, so no row generated before changes; it only fills in
 * the measures' decision, consent and placement reasons.
 */

export interface Forums {
  data: ForumsData;
  measureUpdates: Map<string, MeasureUpdate>;
}

export interface ForumsStaff {
  leadersByDistrict: readonly AppUserRow[];
  caseworkersByDistrict: readonly (readonly AppUserRow[])[];
}

export function generateForums(input: AreaInput, rows: ForumsBase, staff: ForumsStaff): Forums {
  const { seed, code, municipalityId } = input;
  const random = new Random(`trappen-demo-forums:${seed}`);
  const ids = new Random(`trappen-demo-forums-ids:${seed}:${code}`);
  const faker = new Faker({ locale: [da, base] });
  faker.seed([seed, 12]);
  const today = toDay(input.today);
  const data = Object.fromEntries(FORUMS_TABLES.map((t) => [t, []])) as unknown as ForumsData;

  const user = (username: string) => {
    const u = rows.app_user.find((x) => x.username === username);
    if (!u) throw new Error(`The demo has no user ${username}`);
    return u;
  };
  const inDistrict = new Map<string, string[]>();
  for (const ud of rows.user_district)
    inDistrict.set(ud.district_id, [...(inDistrict.get(ud.district_id) ?? []), ud.user_id]);
  const preventiveByDistrict = rows.district.map((d) =>
    rows.app_user.filter((u) => u.role === 'preventive_worker' && inDistrict.get(d.id)?.includes(u.id)),
  );

  // Three years back, and early enough for the oldest measure's decisions.
  const earliest = Math.min(...rows.measure.map((m) => toDay(m.start_on)));
  const from = Math.min(today - 3 * 365, earliest - 120);
  const calendars = setupForums(
    {
      municipalityId,
      random,
      ids,
      faker,
      today,
      from,
      districts: rows.district,
      staff: {
        leader: user('leder'),
        admin: user('admin'),
        fosterCare: user('familiepleje'),
        leadersByDistrict: staff.leadersByDistrict,
        caseworkersByDistrict: staff.caseworkersByDistrict,
        preventiveByDistrict,
      },
    },
    data,
  );
  data.forum_setting.push({
    municipality_id: municipalityId,
    approval_thresholds: DEMO_APPROVAL_THRESHOLDS,
    updated_at: new Date((from - 30) * 86_400_000 + 10 * 3_600_000).toISOString(),
    updated_by: user('admin').id,
  });

  const facts = new CaseFacts(rows);
  const rec = new Recorder(municipalityId, random, ids, today, data, calendars);
  const measureUpdates = decideGatedMeasures(rec, facts);
  decideReviews(rec, facts);
  decideOthers(rec, facts, from);
  rec.writeAgendas();
  return { data, measureUpdates };
}
