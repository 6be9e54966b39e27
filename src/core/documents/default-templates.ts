import type { DocumentType } from './templates.ts';

/**
 * The templates a municipality starts from until its admin saves its own (issue #14 item 3): one per
 * document type, using only that type's merge fields (templates.test.ts renders every one). Plain
 * text: "# " is a heading, a blank line ends a paragraph (printed.ts).
 */
export const DEFAULT_TEMPLATES: Readonly<Record<DocumentType, string>> = Object.freeze({
  decision: `Kære {{recipient.name}}
{{recipient.address}}

# {{decision.title}}
{{decision.decided}}

# Lovgrundlag
Afgørelsen er truffet efter {{decision.legalBasis}}.

# Begrundelse
{{decision.reasons}}

{{decision.forum}}

# Klagevejledning
{{decision.appealGuidance}}

Afgørelsen er truffet {{decision.decidedOn}}.

Med venlig hilsen
{{caseworker.name}}
{{municipality.name}}`,
  consultation: `Kære {{recipient.name}}
{{recipient.address}}

# Partshøring vedrørende {{child.name}}
Inden kommunen træffer afgørelse, vil vi gerne høre dine bemærkninger til disse oplysninger:

{{consultation.facts}}

Du kan svare skriftligt eller mundtligt senest {{consultation.lastDay}}. Hører vi ikke fra dig, træffer vi afgørelsen på det foreliggende grundlag.

Med venlig hilsen
{{caseworker.name}}
{{municipality.name}}`,
  plan: `# {{plan.kind}} for {{child.name}}
Født {{child.birthDate}}

# Mål
{{plan.goals}}

# Indsatser
{{plan.measures}}

Planen er udleveret til {{recipient.name}}.

{{caseworker.name}}
{{municipality.name}}`,
  assessment_conclusion: `Kære {{recipient.name}}

# Konklusion på den børnefaglige undersøgelse af {{child.name}}
{{assessment.conclusion}}

{{assessment.proposedStep}}

Med venlig hilsen
{{caseworker.name}}
{{municipality.name}}`,
  family_meeting_invitation: `Kære {{recipient.name}}

# Invitation til familierådslagning om {{child.name}}
Vi inviterer dig til familierådslagning {{meeting.date}} på {{meeting.place}}.

Med venlig hilsen
{{caseworker.name}}
{{municipality.name}}`,
  reporter_receipt: `Kære {{recipient.name}}

# Kvittering for din underretning
{{municipality.name}} har modtaget din underretning {{report.receivedOn}}.

Med venlig hilsen
{{caseworker.name}}
{{municipality.name}}`,
});
