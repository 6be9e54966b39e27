import { copenhagenInstant, copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { parseCpr } from '../../core/cpr.ts';
import { REPORT_SOURCES, type ReportSource, SOURCE_INFO } from '../../core/intake/sources.ts';
import { parseDanishDate } from '../ui/danish-date.ts';
import type { ReportCreateRequest } from './intake-api.ts';

/**
 * Front's form for a report received on behalf of others (phone, letter, the police, a hospital,
 * a neighbour, the child itself, an anonymous caller): its values, their checks in Danish, and
 * the request they become. Pure, so the rules are tested without a browser.
 */

export type IdentifyBy = 'cpr' | 'name';
export type CallerKind = 'citizen' | 'anonymous';

export interface FrontReportValues {
  identifyBy: IdentifyBy;
  cpr: string;
  childName: string;
  /** dd.mm.åååå as typed */
  birthDate: string;
  source: ReportSource;
  /** for a source that is not professional: a named citizen or anonymous */
  callerKind: CallerKind;
  reporterName: string;
  organisation: string;
  email: string;
  /** received now, or earlier by phone or letter */
  receivedEarlier: boolean;
  /** dd.mm.åååå */
  receivedDate: string;
  /** tt.mm */
  receivedTime: string;
  acute: '' | 'yes' | 'no';
  text: string;
}

export const EMPTY_FRONT_REPORT: FrontReportValues = {
  identifyBy: 'cpr',
  cpr: '',
  childName: '',
  birthDate: '',
  source: 'citizen',
  callerKind: 'citizen',
  reporterName: '',
  organisation: '',
  email: '',
  receivedEarlier: false,
  receivedDate: '',
  receivedTime: '',
  acute: '',
  text: '',
};

export const SOURCE_OPTIONS = REPORT_SOURCES.map((value) => ({ value, label: SOURCE_INFO[value].label }));

export type ReporterKind = ReportCreateRequest['reporter']['kind'];

/** The reporter kind the source allows: a professional source has a professional reporter. */
export function reporterKindOf(v: Pick<FrontReportValues, 'source' | 'callerKind'>): ReporterKind {
  if (SOURCE_INFO[v.source].professional) return 'professional';
  // A report whose source is "anonymous" has an anonymous reporter, whatever was chosen before.
  if (v.source === 'anonymous') return 'anonymous';
  return v.callerKind;
}

/** A clock a little fast in the browser must not refuse a time typed as "now". */
const CLOCK_SKEW_MS = 60_000;

/** `14.05` or `14:05` (also `9.5`) → [14, 5]. */
export function parseTime(text: string): [number, number] | undefined {
  const match = /^\s*(\d{1,2})[.:](\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  if (h > 23 || m > 59) return undefined;
  return [h, m];
}

/** The Copenhagen wall-clock date and time typed, as an ISO instant with offset. */
export function receivedAtOf(date: string, time: string): string | undefined {
  const day = parseDanishDate(date);
  const clock = parseTime(time);
  if (!day || !clock) return undefined;
  return copenhagenIso(copenhagenInstant(day, clock[0], clock[1]));
}

export type FrontReportErrors = Partial<
  Record<
    'cpr' | 'childName' | 'birthDate' | 'organisation' | 'email' | 'receivedAt' | 'acute' | 'text',
    string
  >
>;

export function validateFrontReport(v: FrontReportValues, now: Date = new Date()): FrontReportErrors {
  const errors: FrontReportErrors = {};
  if (v.identifyBy === 'cpr') {
    if (v.cpr.trim() === '') errors.cpr = 'Skriv barnets CPR-nummer.';
    else if (!parseCpr(v.cpr)) errors.cpr = 'CPR-nummeret skal skrives ddmmåå-xxxx med en gyldig dato.';
  } else {
    if (v.childName.trim() === '') errors.childName = 'Skriv barnets navn.';
    const birth = parseDanishDate(v.birthDate);
    if (v.birthDate.trim() === '') errors.birthDate = 'Skriv barnets fødselsdato.';
    else if (!birth) errors.birthDate = 'Skriv en gyldig dato som dd.mm.åååå.';
    else if (birth > todayInCopenhagen(now)) errors.birthDate = 'Fødselsdatoen må ikke ligge i fremtiden.';
  }
  const kind = reporterKindOf(v);
  if (kind === 'professional' && v.organisation.trim() === '' && v.reporterName.trim() === '') {
    errors.organisation = 'Skriv fagpersonens navn eller arbejdssted, så kvitteringen kan sendes.';
  }
  if (kind !== 'anonymous' && v.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) {
    errors.email = 'Skriv en gyldig e-mailadresse, eller lad feltet stå tomt.';
  }
  if (v.receivedEarlier) {
    const at = receivedAtOf(v.receivedDate, v.receivedTime);
    if (!at) errors.receivedAt = 'Skriv dato som dd.mm.åååå og klokkeslæt som tt.mm.';
    else if (new Date(at).getTime() > now.getTime() + CLOCK_SKEW_MS) {
      errors.receivedAt = 'Modtagelsestidspunktet må ikke ligge i fremtiden.';
    }
  }
  if (v.acute === '') errors.acute = 'Vælg ja eller nej.';
  if (v.text.trim() === '') errors.text = 'Skriv, hvad underretteren fortalte.';
  return errors;
}

const trimmed = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The request for POST /api/reports; call only when validateFrontReport found nothing. */
export function frontReportRequest(v: FrontReportValues, idempotencyKey: string): ReportCreateRequest {
  const kind = reporterKindOf(v);
  const birthDate = parseDanishDate(v.birthDate) ?? '';
  const receivedAt = v.receivedEarlier ? receivedAtOf(v.receivedDate, v.receivedTime) : undefined;
  // Fields left undefined are not sent (JSON drops them), so a retry hashes the same content.
  const reporter: ReportCreateRequest['reporter'] =
    kind === 'anonymous'
      ? { kind }
      : {
          kind,
          name: trimmed(v.reporterName),
          organisation: kind === 'professional' ? trimmed(v.organisation) : undefined,
          email: trimmed(v.email),
        };
  return {
    idempotencyKey,
    child: v.identifyBy === 'cpr' ? { cpr: v.cpr.trim() } : { name: v.childName.trim(), birthDate },
    source: v.source,
    reporter,
    ...(receivedAt ? { receivedAt } : {}),
    acute: v.acute === 'yes',
    text: v.text.trim(),
  };
}
