import { base, da, Faker } from '@faker-js/faker';
import { DEFAULT_DETECTION_SETTINGS } from '../../core/detection/settings.ts';
import type { AreaInput } from '../context.ts';
import { toDay } from '../dates.ts';
import { Random } from '../random.ts';
import type { Enrolments } from '../world/enrolments.ts';
import type { Places } from '../world/places.ts';
import { childStates, generateConcerns, generateRounds } from './events.ts';
import { generateFollows, generateTransitions } from './follow.ts';
import { buildWorld } from './lookups.ts';
import type { DetectionBase, DetectionData } from './rows.ts';
import { generateSignals } from './signals.ts';
import { type DetectionStaff, generateGroupOwners } from './staff.ts';

/**
 * A year of early detection in Demo Kommune (issue #4): the professionals who own the groups,
 * two wellbeing rounds per group, concerns, the signals the real rules raise from them with the
 * preventive workers' steps, children followed as known to preventive work, and transition
 * conversations. Pure and deterministic like the rest of the generator. It draws from streams
 * of its own (random, ids, names), so adding it changed no row the foundation generates.
 */

export interface Detection {
  staff: DetectionStaff;
  data: DetectionData;
}

export function generateDetection(
  input: AreaInput,
  places: Places,
  enrolments: Enrolments,
  rows: DetectionBase,
): Detection {
  const { seed, code, today, municipalityId } = input;
  const random = new Random(`trappen-demo-detection:${seed}`);
  const ids = new Random(`trappen-demo-detection-ids:${seed}:${code}`);
  const faker = new Faker({ locale: [da, base] });
  faker.seed([seed, 4]);
  const staff = generateGroupOwners(
    { municipalityId, faker, random, ids },
    places,
    enrolments,
    rows.user_group,
  );
  const w = buildWorld(
    { ...rows, app_user: [...rows.app_user, ...staff.users] },
    {
      userUnits: [...rows.user_unit, ...staff.userUnits],
      userGroups: [...rows.user_group, ...staff.userGroups],
      userDistricts: rows.user_district,
    },
    { municipalityId, today: toDay(today), random, ids },
  );

  // The demo logins' own groups get more of the flow, so trying the demo shows it.
  const loginIds = new Set(
    rows.app_user.filter((u) => ['laerer1', 'paedagog1'].includes(u.username)).map((u) => u.id),
  );
  const showcase = rows.user_group
    .filter((ug) => loginIds.has(ug.user_id))
    .map((ug) => ({ ownerId: ug.user_id, children: w.groupChildren.get(ug.group_id) ?? [] }));
  const states = childStates(
    w,
    new Map(rows.district.map((d) => [d.id, d.socio_economic_index])),
    new Set(rows.cases.map((c) => c.child_id)),
    showcase,
  );
  const { rounds, ratings } = generateRounds(w, states);
  const concerns = generateConcerns(w, states);
  const signals = generateSignals(w, DEFAULT_DETECTION_SETTINGS.rules, {
    concerns,
    rounds,
    ratings,
    offers: rows.offer,
  });
  const follows = generateFollows(w, signals.signals, signals.actions);
  const transitions = generateTransitions(
    w,
    today,
    states,
    rows,
    new Set(signals.signals.map((s) => s.child_id)),
  );
  return {
    staff,
    data: {
      concern: concerns,
      wellbeing_round: rounds,
      wellbeing_rating: ratings,
      signal: signals.signals,
      signal_trigger: signals.triggers,
      signal_concern: signals.signalConcerns,
      signal_rating: signals.signalRatings,
      signal_action: signals.actions,
      preventive_follow: follows,
      transition_conversation: transitions,
    },
  };
}
