import { addCalendarDays, type CalendarDate, formatDate } from './zone.ts';

/**
 * Danish public holidays (helligdage) and the days a municipality may treat as closed.
 * Source: the holidays of the Danish church calendar as used for "hverdage" in public
 * administration; Store Bededag was abolished as a public holiday from 2024
 * (lov nr. 151 af 28. februar 2023).
 */

export type HolidayId =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'great_prayer_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'christmas_day'
  | 'boxing_day'
  | 'constitution_day'
  | 'christmas_eve'
  | 'new_years_eve';

export interface Holiday {
  id: HolidayId;
  date: CalendarDate;
  /** Danish name as shown to users. */
  name: string;
  /** False for the optional days a municipality has chosen to close (not public holidays). */
  statutory: boolean;
}

/**
 * The municipal setting: whether Grundlovsdag (5 June), juleaftensdag (24 December) and
 * nytårsaftensdag (31 December) count as non-working days. They are not public holidays, so
 * the default is `false` for all three: a deadline is then never later than the law allows.
 */
export interface NonWorkingDaySettings {
  constitutionDay: boolean;
  christmasEve: boolean;
  newYearsEve: boolean;
}

export const DEFAULT_NON_WORKING_DAYS: NonWorkingDaySettings = {
  constitutionDay: false,
  christmasEve: false,
  newYearsEve: false,
};

/** The last year Store Bededag was a public holiday. */
export const LAST_GREAT_PRAYER_DAY_YEAR = 2023;

/** Easter Sunday of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Ugyldigt år: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate(year, month, day);
}

/** Every non-working day of `year` other than weekends, in date order. */
export function holidaysOf(
  year: number,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): Holiday[] {
  const easter = easterSunday(year);
  const moving = (offset: number): CalendarDate => addCalendarDays(easter, offset);
  const fixed = (month: number, day: number): CalendarDate => formatDate(year, month, day);
  const list: Holiday[] = [
    { id: 'new_years_day', date: fixed(1, 1), name: 'Nytårsdag', statutory: true },
    { id: 'maundy_thursday', date: moving(-3), name: 'Skærtorsdag', statutory: true },
    { id: 'good_friday', date: moving(-2), name: 'Langfredag', statutory: true },
    { id: 'easter_sunday', date: easter, name: 'Påskedag', statutory: true },
    { id: 'easter_monday', date: moving(1), name: '2. påskedag', statutory: true },
    { id: 'ascension_day', date: moving(39), name: 'Kristi himmelfartsdag', statutory: true },
    { id: 'whit_sunday', date: moving(49), name: 'Pinsedag', statutory: true },
    { id: 'whit_monday', date: moving(50), name: '2. pinsedag', statutory: true },
    { id: 'christmas_day', date: fixed(12, 25), name: 'Juledag', statutory: true },
    { id: 'boxing_day', date: fixed(12, 26), name: '2. juledag', statutory: true },
  ];
  // The fourth Friday after Easter.
  if (year <= LAST_GREAT_PRAYER_DAY_YEAR) {
    list.push({ id: 'great_prayer_day', date: moving(26), name: 'Store bededag', statutory: true });
  }
  if (settings.constitutionDay) {
    list.push({ id: 'constitution_day', date: fixed(6, 5), name: 'Grundlovsdag', statutory: false });
  }
  if (settings.christmasEve) {
    list.push({ id: 'christmas_eve', date: fixed(12, 24), name: 'Juleaftensdag', statutory: false });
  }
  if (settings.newYearsEve) {
    list.push({ id: 'new_years_eve', date: fixed(12, 31), name: 'Nytårsaftensdag', statutory: false });
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Holiday lookups run once per day stepped over; a per-year, per-setting cache keeps
// addWorkingDays cheap for queues of hundreds of reports.
const cache = new Map<string, Map<CalendarDate, Holiday>>();

function settingsKey(year: number, s: NonWorkingDaySettings): string {
  return `${year}:${Number(s.constitutionDay)}${Number(s.christmasEve)}${Number(s.newYearsEve)}`;
}

/** The holiday on `date`, or undefined when it is none. */
export function holidayOn(
  date: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  const key = settingsKey(year, settings);
  let byDate = cache.get(key);
  if (!byDate) {
    byDate = new Map(holidaysOf(year, settings).map((h) => [h.date, h]));
    cache.set(key, byDate);
  }
  return byDate.get(date);
}
