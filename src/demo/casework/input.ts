import type { Faker } from '@faker-js/faker';
import { birthdayAt } from '../../core/casework/months.ts';
import type { ChildConversationForm, Participant } from '../../store/schema-casework.ts';
import { toDay } from '../dates.ts';
import type { Random } from '../random.ts';
import type { ChildRow } from '../world/rows.ts';
import type { StoryMeasure } from './story.ts';

/** Everything one case's records are written from; the road itself comes from story.ts. */
export interface CaseInput {
  municipalityId: string;
  random: Random;
  ids: Random;
  faker: Faker;
  today: number;
  caseId: string;
  child: ChildRow;
  districtName: string;
  opened: number;
  /** exclusive end of the case's life: today, or the day it closed */
  end: number;
  closed: boolean;
  /** the caseworker responsible on a day */
  caseworkerOn: (day: number) => string;
  userName: (userId: string) => string;
  fosterCareConsultantId: string | null;
  /** the first assessment's awareness day and its completion (null: still open) */
  assessments: { aware: number; completed: number | null; provisional: number | null; main: boolean }[];
  measures: StoryMeasure[];
  family: Participant[];
  network: { name: string; relation: string; phone: string | null }[];
  /** no contact for the last 6+ weeks (F14) */
  quiet: boolean;
  /** follow-ups and supervision visits fall behind today: supervision shows red */
  behind: boolean;
  /** progress ratings stay flat at the last follow-ups: the no-progress flag shows */
  flat: boolean;
  /** a home-based or placement measure without its plan (plan-3m overdue) */
  noPlan: boolean;
  forumRef: (start: number) => string;
  /** only the assessment: a case a district meeting opened days ago, not yet assigned */
  minimal: boolean;
}

export const DAY_MS = 86_400_000;

/** An instant on a working day in office hours (UTC ~ Copenhagen minus one or two hours). */
export function instantOn(day: number, random: Random): string {
  let d = day;
  const weekday = new Date(d * DAY_MS).getUTCDay();
  if (weekday === 6) d -= 1;
  if (weekday === 0) d += 1;
  return new Date(d * DAY_MS + random.int(7 * 60, 14 * 60) * 60_000).toISOString();
}

export function laterMinutes(iso: string, random: Random): string {
  return new Date(Date.parse(iso) + random.int(5, 240) * 60_000).toISOString();
}

export function conversationForm(age: number, random: Random): ChildConversationForm {
  if (age < 4) return random.pick(['observation', 'play_or_drawing'] as const);
  if (age < 10) return random.pick(['play_or_drawing', 'conversation', 'walk_and_talk'] as const);
  return random.pick(['conversation', 'walk_and_talk', 'written', 'with_trusted_adult'] as const);
}

/** The child's age on a day, from its birthdays counted once (ageOn parses two strings a call). */
export function ageByDay(birthDate: string): (day: number) => number {
  const birthdays = Array.from({ length: 25 }, (_, years) => toDay(birthdayAt(birthDate, years)));
  return (day) => {
    let age = -1;
    while (age + 1 < birthdays.length && (birthdays[age + 1] as number) <= day) age += 1;
    return Math.max(0, age);
  };
}
