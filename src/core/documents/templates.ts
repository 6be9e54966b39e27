/**
 * Letters from templates (issue #14 item 3). A template is plain text with merge fields written
 * `{{name}}`; the admin keeps one per document type, the caseworker previews the letter rendered
 * from the case, edits that one letter's text and finalises it. Rendering is pure: the values come
 * from the store, the text never goes through HTML (the web shows it as text, the PDF lays it out).
 *
 * A field a template names must be one of the document type's fields (checked when the template is
 * saved, so a typo never reaches a family); a required field without a value stops the preview with
 * the fields missing; an optional one renders as nothing and the line it leaves empty is dropped.
 * A list value (the plan's goals) renders as one "– " line each.
 */

export const DOCUMENT_TYPES = [
  'decision',
  'consultation',
  'plan',
  'assessment_conclusion',
  'family_meeting_invitation',
  'reporter_receipt',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = Object.freeze({
  decision: 'Afgørelse',
  consultation: 'Partshøring',
  plan: 'Barnets plan',
  assessment_conclusion: 'Konklusion på børnefaglig undersøgelse',
  family_meeting_invitation: 'Indkaldelse til familierådslagning',
  reporter_receipt: 'Kvittering til underretter',
});

export interface MergeField {
  name: string;
  label: string;
  required: boolean;
}

const field = (name: string, label: string, required = true): MergeField => ({ name, label, required });

const COMMON: readonly MergeField[] = [
  field('municipality.name', 'Kommunens navn'),
  field('today', 'Dags dato'),
  field('caseworker.name', 'Sagsbehandlerens navn'),
  field('recipient.name', 'Modtagerens navn'),
  field('recipient.address', 'Modtagerens adresse', false),
];
const CHILD: readonly MergeField[] = [
  field('child.name', 'Barnets navn'),
  field('child.birthDate', 'Barnets fødselsdato'),
];

export const MERGE_FIELDS: Readonly<Record<DocumentType, readonly MergeField[]>> = Object.freeze({
  decision: [
    ...COMMON,
    ...CHILD,
    field('decision.title', 'Afgørelsens overskrift'),
    field('decision.decided', 'Hvad der er besluttet'),
    field('decision.legalBasis', 'Lovgrundlaget'),
    field('decision.reasons', 'Begrundelsen'),
    field('decision.decidedOn', 'Afgørelsens dato'),
    field('decision.forum', 'Mødeforummets afgørelse', false),
    field('decision.appealGuidance', 'Klagevejledningen'),
  ],
  consultation: [
    ...COMMON,
    ...CHILD,
    field('consultation.facts', 'Oplysningerne, der partshøres i'),
    field('consultation.lastDay', 'Svarfristen'),
  ],
  plan: [
    ...COMMON,
    ...CHILD,
    field('plan.kind', 'Planens art'),
    field('plan.goals', 'Målene'),
    field('plan.measures', 'Indsatserne', false),
  ],
  assessment_conclusion: [
    ...COMMON,
    ...CHILD,
    field('assessment.conclusion', 'Konklusionen'),
    field('assessment.proposedStep', 'Det foreslåede trin', false),
  ],
  family_meeting_invitation: [
    ...COMMON,
    ...CHILD,
    field('meeting.date', 'Mødets dato'),
    field('meeting.place', 'Mødested'),
  ],
  reporter_receipt: [...COMMON, field('report.receivedOn', 'Modtaget den')],
});

export type MergeValue = string | readonly string[] | null | undefined;
export type MergeValues = Readonly<Record<string, MergeValue>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\}\}/g;

/** The merge fields a template text names, in order of first use. */
export function fieldsNamed(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** A Danish sentence saying what is wrong with a template for its type, or null. */
export function templateProblem(type: DocumentType, template: string): string | null {
  if (template.trim() === '') return 'Skabelonen er tom.';
  if (template.length > 50_000) return 'Skabelonen må højst være 50.000 tegn.';
  const known = new Set(MERGE_FIELDS[type].map((f) => f.name));
  const unknown = fieldsNamed(template).filter((f) => !known.has(f));
  if (unknown.length > 0) return `Ukendte flettefelter: ${unknown.map((f) => `{{${f}}}`).join(', ')}.`;
  // A brace pair that is not a well-formed field would print as it is in a letter.
  const stray = template.replace(PLACEHOLDER, '').match(/\{\{|\}\}/);
  if (stray) return 'Skabelonen har en {{ eller }}, der ikke er et gyldigt flettefelt.';
  return null;
}

const isEmpty = (v: MergeValue) =>
  v === null || v === undefined || (typeof v === 'string' ? v.trim() === '' : v.length === 0);

export type Rendered = { ok: true; text: string } | { ok: false; missing: MergeField[]; message: string };

/** The letter's text from the template and the case's values. */
export function renderTemplate(type: DocumentType, template: string, values: MergeValues): Rendered {
  const fields = new Map(MERGE_FIELDS[type].map((f) => [f.name, f]));
  const missing = fieldsNamed(template)
    .map((name) => fields.get(name))
    .filter((f): f is MergeField => f?.required === true && isEmpty(values[f.name]));
  if (missing.length > 0) {
    return {
      ok: false,
      missing,
      message: `Sagen mangler: ${missing.map((f) => f.label.toLowerCase()).join(', ')}.`,
    };
  }
  const lines = template.split('\n').flatMap((line) => {
    const names = fieldsNamed(line);
    if (
      names.length > 0 &&
      names.every((n) => isEmpty(values[n])) &&
      line.replace(PLACEHOLDER, '').trim() === ''
    )
      return [];
    return [
      line.replace(PLACEHOLDER, (_, name: string) => {
        const v = values[name];
        if (isEmpty(v)) return '';
        return typeof v === 'string' ? v : (v as readonly string[]).map((x) => `– ${x}`).join('\n');
      }),
    ];
  });
  return { ok: true, text: lines.join('\n') };
}
