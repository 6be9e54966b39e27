import type { Random } from '../random.ts';
import type { CaseRow, ChildRow } from '../world/rows.ts';
import type { LetterPeople } from './letters.ts';
import type { DocumentsBase, DocumentsData } from './rows.ts';

/** What the documents' generator passes around: the streams, the day and the rows being written. */
export interface DocumentsContext {
  municipalityId: string;
  random: Random;
  uuid: () => string;
  key: (what: string) => string;
  today: string;
  out: DocumentsData;
}

/** Look-ups over the rows before the documents. */
export class World {
  readonly cases: Map<string, CaseRow>;
  readonly children: Map<string, ChildRow>;
  private readonly users: Map<string, string>;
  private readonly offers: Map<string, string>;
  private readonly persons: Map<string, DocumentsBase['person'][number]>;
  private readonly addresses: Map<string, string>;
  private readonly relations = new Map<string, DocumentsBase['child_relation']>();

  constructor(
    readonly rows: DocumentsBase,
    readonly municipality: string,
  ) {
    this.cases = new Map(rows.cases.map((c) => [c.id, c]));
    this.children = new Map(rows.child.map((c) => [c.id, c]));
    this.users = new Map(rows.app_user.map((u) => [u.id, u.display_name]));
    this.offers = new Map(rows.offer.map((o) => [o.id, o.name]));
    this.persons = new Map(rows.person.map((p) => [p.id, p]));
    this.addresses = new Map(rows.household.map((h) => [h.id, h.address]));
    for (const r of rows.child_relation)
      this.relations.set(r.child_id, [...(this.relations.get(r.child_id) ?? []), r]);
  }

  child(caseId: string) {
    const c = this.cases.get(caseId);
    const child = c && this.children.get(c.child_id);
    if (!c || !child) throw new Error(`The demo has no case ${caseId} with its child`);
    return { case: c, child, name: `${child.first_name} ${child.last_name}` };
  }

  user(id: string): string {
    return this.users.get(id) ?? 'Sagsbehandleren';
  }

  offer(id: string): string {
    return this.offers.get(id) ?? 'indsatsen';
  }

  /** The child's parents with custody, mother first: who a letter or a consultation goes to. */
  parents(childId: string): { name: string; relation: string; address: string | null }[] {
    const order = { mother: 0, father: 1, parent: 2 } as Record<string, number>;
    return (this.relations.get(childId) ?? [])
      .filter((r) => r.has_custody && r.relation in order)
      .sort((a, b) => (order[a.relation] ?? 9) - (order[b.relation] ?? 9))
      .flatMap((r) => {
        const p = this.persons.get(r.person_id);
        if (!p) return [];
        const relation = r.relation === 'mother' ? 'mor' : r.relation === 'father' ? 'far' : 'forælder';
        const address = p.household_id ? (this.addresses.get(p.household_id) ?? null) : null;
        return [{ name: `${p.first_name} ${p.last_name}`, relation, address }];
      });
  }

  letterPeople(caseId: string, writtenOn: string, writer: string): LetterPeople | undefined {
    const { child, name } = this.child(caseId);
    const parent = this.parents(child.id)[0];
    if (!parent) return undefined;
    return {
      municipality: this.municipality,
      writtenOn,
      caseworker: this.user(writer),
      recipient: { name: parent.name, address: parent.address },
      child: { name, birthDate: child.birth_date },
    };
  }
}
