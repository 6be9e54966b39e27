import { DEFAULT_FORUM_SETTINGS, isSpecialised } from '../../core/forums/index.ts';
import type { ProposalTriedJson, ProposalViewsJson } from '../../store/schema-forums.ts';
import type { MeasureRow } from '../casework/rows.ts';
import type { DemoOfferRow } from '../catalog/rows.ts';
import { toDate, toDay } from '../dates.ts';
import type { Subject } from './record.ts';
import type { ForumsBase } from './rows.ts';

/** What the forums read of the case work, indexed once. */
export class CaseFacts {
  readonly offerById: Map<string, DemoOfferRow>;
  readonly measuresOfCase = new Map<string, MeasureRow[]>();
  private readonly caseById: Map<string, ForumsBase['cases'][number]>;
  private readonly conversations = new Map<string, ForumsBase['child_conversation']>();
  private readonly familyMeetings = new Map<string, ForumsBase['family_meeting']>();
  readonly birthDate: Map<string, string>;

  constructor(readonly base: ForumsBase) {
    this.offerById = new Map(base.offer.map((o) => [o.id, o]));
    this.caseById = new Map(base.cases.map((c) => [c.id, c]));
    this.birthDate = new Map(base.child.map((c) => [c.id, c.birth_date]));
    for (const m of base.measure) push(this.measuresOfCase, m.case_id, m);
    for (const c of base.child_conversation) push(this.conversations, c.case_id, c);
    for (const f of base.family_meeting) push(this.familyMeetings, f.case_id, f);
    for (const list of this.measuresOfCase.values())
      list.sort((a, b) => (a.start_on < b.start_on ? -1 : a.start_on > b.start_on ? 1 : 0));
  }

  subject(caseId: string): Subject {
    const c = this.caseById.get(caseId);
    if (!c) throw new Error(`Unknown case ${caseId}`);
    return { caseId, childId: c.child_id, districtId: c.district_id };
  }

  caseOf(caseId: string) {
    return this.caseById.get(caseId);
  }

  offer(id: string): DemoOfferRow {
    const o = this.offerById.get(id);
    if (!o) throw new Error(`Unknown offer ${id}`);
    return o;
  }

  specialised(m: Pick<MeasureRow, 'offer_id' | 'step_position'>): boolean {
    return isSpecialised(
      { stepPosition: m.step_position, specialisedOffer: this.offer(m.offer_id).specialised },
      DEFAULT_FORUM_SETTINGS,
    );
  }

  /** The measures tried before `day`, as a proposal keeps them. */
  tried(caseId: string, day: number): ProposalTriedJson[] {
    return (this.measuresOfCase.get(caseId) ?? [])
      .filter((m) => toDay(m.start_on) < day)
      .slice(-4)
      .map((m) => ({
        measureId: m.id,
        offerName: this.offer(m.offer_id).name,
        stepPosition: m.step_position,
        startOn: m.start_on,
        endedOn: m.ended_on !== null && toDay(m.ended_on) < day ? m.ended_on : null,
        latestScore: null,
        firstScore: null,
        noProgressFlag: false,
      }));
  }

  /** The child's words and the family meetings' agreements before `day`. */
  views(caseId: string, day: number): ProposalViewsJson {
    const before = toDate(day);
    return {
      child: (this.conversations.get(caseId) ?? [])
        .flatMap((c) =>
          c.held_on < before && c.child_words ? [{ heldOn: c.held_on, text: c.child_words }] : [],
        )
        .slice(-2),
      parents: (this.familyMeetings.get(caseId) ?? [])
        .flatMap((f) =>
          f.held_on < before && f.agreements ? [{ heldOn: f.held_on, text: f.agreements }] : [],
        )
        .slice(-2),
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
