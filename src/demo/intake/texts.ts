import type { MeetingDecision, ReportSource } from '../../core/intake/sources.ts';

/** Illustrative texts of the intake demo: short, plain, never about a real child. */

export const REPORT_TEXTS: Partial<Record<ReportSource, readonly string[]>> = {
  school: [
    'Eleven har haft stort fravær de sidste måneder og virker træt og indesluttet i timerne.',
    'Eleven fortalte en lærer, at der er meget uro derhjemme om aftenen, og at hun er bange for at tage hjem.',
    'Eleven kommer ofte uden madpakke og i tøj, der ikke passer til vejret. Forældrene svarer ikke på beskeder.',
    'Eleven har blå mærker på armene og ville ikke fortælle, hvordan de var opstået.',
  ],
  daycare: [
    'Barnet hentes ofte sent af en forælder, der virker påvirket. Personalet er bekymret for barnets trivsel.',
    'Barnets sprog og motorik er gået tilbage over det seneste halve år, og forældrene er svære at få i tale.',
    'Barnet er ofte sulten om morgenen og har gentagne gange haft bleudslæt, der ikke bliver behandlet.',
  ],
  club: [
    'Den unge opholder sig i klubben til lukketid og vil ikke hjem. Har fortalt om skænderier derhjemme.',
    'Den unge er set sammen med ældre unge, der er kendt for kriminalitet, og har haft mange penge på sig.',
  ],
  health_visitor: [
    'Ved hjemmebesøg var hjemmet meget rodet, og mor virkede nedtrykt og uoplagt. Barnet tager ikke nok på.',
    'Mor giver udtryk for ikke at kunne overskue hverdagen med barnet; far er ikke i billedet.',
  ],
  doctor: ['Ved konsultation fremstod barnet ustelt, og forælderen afviste henvisning til videre udredning.'],
  hospital: [
    'Barnet indlagt efter fald i hjemmet; skadesmønstret stemmer ikke helt med forklaringen.',
    'Den unge indbragt med alkoholforgiftning en fredag nat. Forældrene kunne ikke kontaktes.',
    'Nyfødt med abstinenssymptomer; mor har oplyst misbrug under graviditeten.',
  ],
  psychiatry: ['Den unge er set i akutmodtagelsen efter selvskade. Familien har brug for støtte.'],
  dental: ['Barnet er udeblevet fra tandplejen flere gange og har omfattende huller, der ikke behandles.'],
  police: [
    'Politiet har været tilkaldt til husspektakler på adressen i nat; barnet var hjemme.',
    'Den unge er antruffet i forbindelse med butikstyveri sammen med ældre kammerater.',
    'Den unge er anholdt for besiddelse af hash; forældrene er underrettet.',
    'Politiet har ved uanmeldt besøg fundet barnet alene hjemme om natten.',
  ],
  social_services: ['Familien er flyttet til kommunen fra en anden kommune, hvor der var en åben sag.'],
  other_professional: ['Som fagperson i familiens netværk er jeg bekymret for barnets trivsel og skolegang.'],
  parent: ['Jeg er bekymret for mit barn, når det er hos den anden forælder. Barnet kommer hjem ked af det.'],
  family_or_network: ['Jeg er mormor og bekymret for, at barnet ikke får den omsorg, det har brug for.'],
  citizen: ['Jeg bor ved siden af og hører ofte råb og gråd fra lejligheden sent om aftenen.'],
  anonymous: [
    'Anonym henvendelse: barnet ses ofte alene udenfor sent om aftenen.',
    'Anonym henvendelse om høj musik, råb og gråd fra lejligheden flere nætter i træk.',
  ],
  child: ['Jeg kan ikke holde ud at være hjemme mere. Min far råber hele tiden.'],
  other: ['Henvendelse om bekymring for barnet; nærmere oplysninger indhentes.'],
};

export const ORGANISATIONS: Partial<Record<ReportSource, readonly string[]>> = {
  school: ['Privatskolen Østervang'],
  daycare: ['Privat børnehave Solsikken'],
  club: ['Ungdomsklubben'],
  health_visitor: ['Sundhedsplejen, Demo Kommune'],
  doctor: ['Lægehuset i Østervang', 'Lægerne på Torvet'],
  hospital: ['Regionshospitalet, Børneafdelingen', 'Regionshospitalet, Akutmodtagelsen'],
  psychiatry: ['Børne- og Ungdomspsykiatrien'],
  dental: ['Den kommunale tandpleje'],
  police: ['Politiet, lokalpolitiet', 'Politiet, døgnvagten'],
  social_services: ['Nabokommunen, Børn og Familie'],
  other_professional: ['Familiens Hus', 'Krisecentret'],
};

export const SCREENING_NOTES = {
  no_action: [
    'Forholdet er afklaret ved opringning til underretter; ingen bekymring for barnets sundhed eller udvikling.',
    'Oplysningerne er allerede kendt og håndteret; ingen yderligere handling.',
  ],
  existing_case: ['Barnet har en åben sag; underretningen sendes til sagsbehandleren.'],
  other: ['Drøftes på distriktsmødet.', 'Forældrene kontaktet og orienteret om underretningen.'],
} as const;

export const DECISION_REASONS: Record<MeetingDecision, readonly string[]> = {
  assessment: [
    'Gentagne underretninger og bekymring for barnets udvikling; der er behov for en børnefaglig undersøgelse.',
    'Oplysningerne giver grund til at antage, at barnet har behov for særlig støtte.',
  ],
  clarification: [
    'Behov for at afdække familiens situation nærmere, før der tages stilling til en undersøgelse.',
    'Afdækning ved samtale med forældrene og barnet.',
  ],
  preventive: [
    'Familien tilbydes forebyggende støtte i distriktet; forældrene er motiverede.',
    'Den forebyggende medarbejder følger barnet sammen med skolen.',
  ],
  no_action: [
    'Bekymringen er afklaret; forældrene har selv taget hånd om forholdet.',
    'Ikke grundlag for yderligere handling på nuværende tidspunkt.',
  ],
};
