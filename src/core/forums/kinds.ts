/**
 * The forums (mødefora) that decide a child's moves up the ladder (issue #12, domain.md "Forums",
 * from `004_*` "Mødestruktur"). The district meeting and the family meeting are intake's and case
 * work's; these are the forums whose decisions the escalation gate asks for.
 */

export const FORUM_KINDS = [
  'creative_council',
  'placement_committee',
  'school_visitation_committee',
  'children_committee',
  'political_review',
] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** The forum's name as the municipality says it, in the definite form a sentence can name. */
export const FORUM_KIND_LABELS: Readonly<Record<ForumKind, string>> = Object.freeze({
  creative_council: 'Det Kreative Råd',
  placement_committee: 'Anbringelses- og efterværnsudvalget',
  school_visitation_committee: 'Visitationsudvalget for anbragte børn og unge',
  children_committee: 'Børne- og ungeudvalget',
  political_review: 'Den politiske gennemgang af anbringelser',
});

/** What each forum decides, for the forum's page and the documentation. */
export const FORUM_KIND_PURPOSES: Readonly<Record<ForumKind, string>> = Object.freeze({
  creative_council:
    'Alle sager, hvor et specialiseret tilbud overvejes, og alle børn i et: alternativer og vejen tilbage.',
  placement_committee: 'Om der er grundlag for anbringelse, og efterværn ved 18 år.',
  school_visitation_committee: 'Skoletilbud under anbringelsen.',
  children_committee: 'Anbringelse uden samtykke (barnets lov § 47).',
  political_review: 'Gennemgang af alle anbringelser hver 6. måned, uden personhenførbare oplysninger.',
});

/**
 * Kinds a municipality has one of in every district (`004_*`: "etableres i hvert distrikt");
 * the others are one forum for the whole municipality.
 */
export const PER_DISTRICT_FORUM_KINDS: readonly ForumKind[] = Object.freeze(['creative_council']);

export function isPerDistrict(kind: ForumKind): boolean {
  return PER_DISTRICT_FORUM_KINDS.includes(kind);
}

export function isForumKind(value: string): value is ForumKind {
  return (FORUM_KINDS as readonly string[]).includes(value);
}
