import { z } from 'zod';
import { MEETING_DECISIONS, REPORT_SOURCES, REPORTER_KINDS, SCREENING_DECISIONS } from '../intake/sources.ts';
import { REPORT_STATUSES } from '../intake/status.ts';
import { Ref, strict } from './common.ts';
import { CalendarDate, Id, IdempotencyKey, Instant, text } from './types.ts';

/** Intake over HTTP (docs/intake.md). Requests are strict: unknown fields are refused. Instants are ISO 8601 with offset. */

const ChildByCpr = strict({
  cpr: z.string().regex(/^\d{6}-?\d{4}$/, { message: 'CPR-nummeret skal skrives ddmmåå-xxxx.' }),
});
const ChildByName = strict({ name: text(200, 'Navnet'), birthDate: CalendarDate });

export const ReportCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  childId: Id.optional(),
  child: z.union([ChildByCpr, ChildByName]).optional(),
  source: z.enum(REPORT_SOURCES),
  reporter: strict({
    kind: z.enum(REPORTER_KINDS),
    name: text(200, 'Navnet').optional(),
    organisation: text(200, 'Organisationen').optional(),
    email: z.email({ message: 'Ugyldig e-mailadresse.' }).max(320).optional(),
  }),
  receivedAt: Instant.optional(),
  acute: z.boolean(),
  text: text(20000, 'Underretningen'),
}).refine((r) => (r.childId === undefined) !== (r.child === undefined), {
  message: 'Angiv barnet enten med id eller med CPR-nummer eller navn og fødselsdato.',
});
export type ReportCreateRequest = z.infer<typeof ReportCreateRequest>;

export const ReportCreatedResponse = z.object({
  id: z.string(),
  receivedAt: z.string(),
  screeningDueAt: z.string(),
  receiptDueAt: z.string().nullable(),
});
export type ReportCreatedResponse = z.infer<typeof ReportCreatedResponse>;

const Deadline = z.object({
  dueAt: z.string(),
  state: z.enum(['overdue', 'due_soon', 'on_track']),
  timeLeft: z.string(),
});

const ReportChild = z.object({
  id: z.string().nullable(),
  name: z.string(),
  birthDate: z.string().nullable(),
  provisional: z.boolean(),
});

export const QueueItem = z.object({
  id: z.string(),
  child: ReportChild,
  district: Ref.nullable(),
  source: z.enum(REPORT_SOURCES),
  sourceLabel: z.string(),
  reporterKind: z.enum(REPORTER_KINDS),
  acute: z.boolean(),
  receivedAt: z.string(),
  screening: Deadline,
  receipt: Deadline.extend({ sentAt: z.string().nullable() }).nullable(),
  linked: z.object({
    count: z.number().int(),
    inLast12Months: z.number().int(),
    flagged: z.boolean(),
    reports: z.array(
      z.object({ id: z.string(), childId: z.string(), receivedAt: z.string(), sibling: z.boolean() }),
    ),
  }),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueueResponse = z.object({
  /** unscreened reports: acute first, then least time left */
  toScreen: z.array(QueueItem),
  /** reports owed a receipt not yet sent, least time left first */
  receiptsDue: z.array(QueueItem),
});

export const ScreeningRequest = strict({
  healthOrDevelopmentInDanger: z.boolean(),
  urgentMeasuresNeeded: z.boolean(),
  decision: z.enum(SCREENING_DECISIONS),
  notes: text(4000, 'Noterne').optional(),
});
export type ScreeningRequest = z.infer<typeof ScreeningRequest>;

export const ScreeningResponse = z.object({
  screening: z.object({
    id: z.string(),
    reportId: z.string(),
    healthOrDevelopmentInDanger: z.boolean(),
    urgentMeasuresNeeded: z.boolean(),
    decision: z.enum(SCREENING_DECISIONS),
    notes: z.string().nullable(),
    screenedAt: z.string(),
    onTime: z.boolean(),
  }),
});

export const ReceiptRequest = strict({
  channel: z.enum(['email', 'digital_post', 'letter', 'in_app']).default('in_app'),
});
export const ReceiptResponse = z.object({
  receipt: z.object({
    id: z.string(),
    reportId: z.string(),
    text: z.string(),
    channel: z.string(),
    sentAt: z.string(),
    onTime: z.boolean(),
  }),
});

export const MyReportsResponse = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      child: ReportChild,
      receivedAt: z.string(),
      status: z.enum(REPORT_STATUSES),
      statusLabel: z.string(),
      receiptDueAt: z.string().nullable(),
      receiptSentAt: z.string().nullable(),
      feedback: z
        .object({
          outcome: z.enum(['assessment', 'measure', 'none']),
          outcomeLabel: z.string(),
          sentAt: z.string(),
        })
        .nullable(),
    }),
  ),
});

export const FeedbackRequest = strict({});
export const FeedbackResponse = z.object({
  feedback: z.object({
    id: z.string(),
    reportId: z.string(),
    outcome: z.enum(['assessment', 'measure', 'none']),
    outcomeLabel: z.string(),
    text: z.string(),
    sentAt: z.string(),
  }),
});

export const DistrictParams = strict({ id: Id });

export const Participant = strict({
  userId: Id.optional(),
  name: text(200, 'Navnet'),
  role: text(100, 'Rollen'),
});

export const MeetingOpenRequest = strict({
  heldOn: CalendarDate,
  participants: z.array(Participant).max(30).default([]),
});

export const MeetingView = z.object({
  id: z.string(),
  district: Ref,
  heldOn: z.string(),
  participants: z.array(z.object({ userId: z.string().optional(), name: z.string(), role: z.string() })),
  closed: z.boolean(),
  /** when the minutes became final; null while the meeting is open */
  closedAt: z.string().nullable(),
});

/** Closing the meeting makes its minutes final; the participants may be corrected in the same step. */
export const MeetingCloseRequest = strict({
  participants: z.array(Participant).max(30).optional(),
});

export const AgendaItem = z.object({
  reportId: z.string(),
  child: ReportChild,
  sourceLabel: z.string(),
  acute: z.boolean(),
  receivedAt: z.string(),
  text: z.string(),
  screening: z.object({
    decision: z.enum(SCREENING_DECISIONS),
    healthOrDevelopmentInDanger: z.boolean(),
    urgentMeasuresNeeded: z.boolean(),
    notes: z.string().nullable(),
    screenedAt: z.string(),
  }),
  linkedFlagged: z.boolean(),
  linkedInLast12Months: z.number().int(),
});

export const DecisionView = z.object({
  id: z.string(),
  reportId: z.string(),
  decision: z.enum(MEETING_DECISIONS),
  decisionLabel: z.string(),
  reasons: z.string(),
  caseId: z.string().nullable(),
  decidedAt: z.string(),
});

export const AgendaResponse = z.object({
  meeting: MeetingView.nullable(),
  /** screened reports of the district without a decision, oldest first */
  agenda: z.array(AgendaItem),
  decisions: z.array(DecisionView),
});

/** The district's meetings, newest first: the way to earlier minutes. */
export const MeetingListResponse = z.object({
  meetings: z.array(MeetingView.extend({ decisionCount: z.number().int() })),
});

/** The minutes (referat) of one district meeting: who took part and every decision with its reasons. */
export const MinutesResponse = z.object({
  meeting: MeetingView.extend({ chairedBy: Ref.nullable() }),
  decisions: z.array(
    DecisionView.extend({
      child: ReportChild,
      sourceLabel: z.string(),
      receivedAt: z.string(),
      decidedBy: Ref.nullable(),
    }),
  ),
});

export const DecisionRequest = strict({
  reportId: Id,
  decision: z.enum(MEETING_DECISIONS),
  reasons: text(4000, 'Begrundelsen'),
  responsibleTeam: z.enum(['family_team', 'disability_team', 'youth_team']).optional(),
});
export type DecisionRequest = z.infer<typeof DecisionRequest>;

export const SupervisionResponse = z.object({
  /** overdue or due within 24 hours, most overdue first */
  items: z.array(
    z.object({
      reportId: z.string(),
      kind: z.enum(['screening', 'receipt']),
      district: Ref.nullable(),
      child: ReportChild,
      acute: z.boolean(),
      deadline: Deadline,
      /** who holds it now: the screener for a receipt; null while it waits for Front */
      responsible: Ref.nullable(),
    }),
  ),
  byDistrict: z.array(
    z.object({ district: Ref.nullable(), overdue: z.number().int(), dueSoon: z.number().int() }),
  ),
});

export const ReportView = z.object({
  report: z.object({
    id: z.string(),
    child: ReportChild,
    district: Ref.nullable(),
    source: z.enum(REPORT_SOURCES),
    sourceLabel: z.string(),
    reporter: z.object({
      kind: z.enum(REPORTER_KINDS),
      name: z.string().nullable(),
      organisation: z.string().nullable(),
      email: z.string().nullable(),
    }),
    acute: z.boolean(),
    text: z.string(),
    status: z.enum(REPORT_STATUSES),
    receivedAt: z.string(),
    screening: Deadline.extend({
      screenedAt: z.string().nullable(),
      decision: z.enum(SCREENING_DECISIONS).nullable(),
    }),
    receipt: Deadline.extend({ sentAt: z.string().nullable() }).nullable(),
  }),
  /** what Front sees while screening: the child's history (empty for a provisional child) */
  history: z.object({
    reports: z.array(
      z.object({
        id: z.string(),
        receivedAt: z.string(),
        sourceLabel: z.string(),
        status: z.enum(REPORT_STATUSES),
        sibling: z.boolean(),
      }),
    ),
    linkedFlagged: z.boolean(),
    concerns: z.array(z.object({ id: z.string(), level: z.number().int(), createdAt: z.string() })),
    openSignals: z.number().int(),
    openCase: z.object({ id: z.string(), openedAt: z.string() }).nullable(),
  }),
});

export const IntakeSettings = strict({
  constitutionDayClosed: z.boolean(),
  christmasEveClosed: z.boolean(),
  newYearsEveClosed: z.boolean(),
});
export const IntakeSettingsResponse = z.object({
  settings: z.object({
    constitutionDayClosed: z.boolean(),
    christmasEveClosed: z.boolean(),
    newYearsEveClosed: z.boolean(),
  }),
  isDefault: z.boolean(),
});

export const MatchRequest = strict({ childId: Id });
export const MatchResponse = z.object({ id: z.string(), child: ReportChild, district: Ref.nullable() });
