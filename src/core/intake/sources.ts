/**
 * Where a report (underretning) comes from. Figure F1 counts reports by source and the share
 * from universal services (almenområdet), so each category says whether it is one. The same
 * lists are CHECK constraints in migration 005 and zod enums in the API.
 */

export const REPORT_SOURCES = [
  'school',
  'daycare',
  'club',
  'health_visitor',
  'doctor',
  'hospital',
  'psychiatry',
  'dental',
  'police',
  'social_services',
  'other_professional',
  'parent',
  'family_or_network',
  'citizen',
  'anonymous',
  'child',
  'other',
] as const;

export type ReportSource = (typeof REPORT_SOURCES)[number];

interface SourceInfo {
  label: string;
  /** A universal service: school, daycare, club, health visitor, dental care (F1's share). */
  universal: boolean;
  /** Reporters from here have the professional duty to report and are owed a receipt. */
  professional: boolean;
}

export const SOURCE_INFO: Record<ReportSource, SourceInfo> = {
  school: { label: 'Skole', universal: true, professional: true },
  daycare: { label: 'Dagtilbud', universal: true, professional: true },
  club: { label: 'Klub/SFO', universal: true, professional: true },
  health_visitor: { label: 'Sundhedsplejen', universal: true, professional: true },
  doctor: { label: 'Praktiserende læge', universal: false, professional: true },
  hospital: { label: 'Sygehus', universal: false, professional: true },
  psychiatry: { label: 'Psykiatrien', universal: false, professional: true },
  dental: { label: 'Tandplejen', universal: true, professional: true },
  police: { label: 'Politiet', universal: false, professional: true },
  social_services: { label: 'Anden kommune eller myndighed', universal: false, professional: true },
  other_professional: { label: 'Anden fagperson', universal: false, professional: true },
  parent: { label: 'Forælder', universal: false, professional: false },
  family_or_network: { label: 'Familie eller netværk', universal: false, professional: false },
  citizen: { label: 'Anden borger', universal: false, professional: false },
  anonymous: { label: 'Anonym', universal: false, professional: false },
  child: { label: 'Barnet/den unge selv', universal: false, professional: false },
  other: { label: 'Andet', universal: false, professional: false },
};

export const REPORTER_KINDS = ['professional', 'citizen', 'anonymous'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** The screening's decision on what happens next (Front, within 24 hours). */
export const SCREENING_DECISIONS = [
  'district_meeting',
  'urgent_action',
  'existing_case',
  'no_action',
] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

/** The district meeting's decision per report (seed 004: weekly, Front + preventive worker + family team). */
export const MEETING_DECISIONS = ['assessment', 'clarification', 'preventive', 'no_action'] as const;
export type MeetingDecision = (typeof MEETING_DECISIONS)[number];

export const MEETING_DECISION_LABELS: Record<MeetingDecision, string> = {
  assessment: 'Børnefaglig undersøgelse (BL § 20)',
  clarification: 'Afdækning (BL § 19)',
  preventive: 'Forebyggende arbejde i distriktet',
  no_action: 'Ingen yderligere handling',
};
