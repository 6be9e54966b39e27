import type { IcsArea } from '../../core/detection/factors.ts';
import type { Outcome } from '../../core/detection/queue.ts';
import type { TransitionKind } from '../../core/detection/transition.ts';

/**
 * Danish display text of the demo's detection data: what a teacher, pedagogue or health visitor
 * writes in a concern, a note on a yellow or red rating, the preventive worker's notes. Invented,
 * short and everyday, as real entries are. Only the "danger" texts name violence, so that the
 * guide's duty to report (must-report.ts) shows where the level says it should.
 */

export type AgeGroup = 'small' | 'school';
export type Severity = 'mild' | 'serious' | 'danger';

export const CONCERN_TEXTS: Record<AgeGroup, Record<Severity, Record<IcsArea, readonly string[]>>> = {
  small: {
    mild: {
      development: [
        'Sproget er sent i forhold til alderen, og barnet trækker sig i legen med de andre.',
        'Barnet er ofte træt og uoplagt om formiddagen og har svært ved at komme i gang.',
        'Barnet bliver hurtigt ked af det og er svær at trøste ved aflevering.',
        'Motorikken halter efter jævnaldrende; barnet undgår klatring og boldspil.',
      ],
      parenting: [
        'Barnet kommer flere gange om ugen uden madpakke eller skiftetøj.',
        'Forældrene virker pressede ved hentning og har svært ved at tale med os om barnet.',
        'Aftaler om sovetider og tøj til vejret bliver ikke holdt.',
      ],
      family_environment: [
        'Forældrene er gået fra hinanden, og barnet skifter mellem to hjem med få faste rammer.',
        'Familien er flyttet flere gange det sidste år og har ikke netværk i nærheden.',
        'Mor fortæller, at hun er alene med tre børn og ikke får sovet.',
      ],
    },
    serious: {
      development: [
        'Barnet har tabt sig og spiser meget, når det er her. Sproget er gået tilbage.',
        'Barnet er stille og indesluttet og søger ikke voksne, heller ikke når det falder og får ondt.',
      ],
      parenting: [
        'Barnet hentes flere gange for sent, og forælderen har virket påvirket ved hentning.',
        'Barnet har gentagne gange haft bleudslæt og beskidt tøj i flere dage.',
      ],
      family_environment: [
        'Der er uro i hjemmet; naboer har talt om høje skænderier om aftenen.',
        'Familien har mistet boligen og bor midlertidigt hos bekendte.',
      ],
    },
    danger: {
      development: ['Barnet er bange og kryber sammen, når en voksen hæver stemmen.'],
      parenting: ['Barnet havde blå mærker på overarmene og sagde, at far havde taget hårdt fat.'],
      family_environment: ['Mor fortæller, at hun bliver slået derhjemme, og at børnene ser det.'],
    },
  },
  school: {
    mild: {
      development: [
        'Eleven har meget fravær, især mandage, og falder fagligt bagud.',
        'Eleven virker trist og holder sig for sig selv i frikvartererne.',
        'Eleven har svært ved at koncentrere sig og kommer ofte i konflikt med klassekammerater.',
        'Eleven sover i timerne og fortæller om sene nætter med gaming.',
      ],
      parenting: [
        'Forældrene svarer ikke på beskeder i Aula og kommer ikke til samtaler.',
        'Eleven møder ofte uden morgenmad og uden de ting, der skal bruges.',
        'Eleven tager sig meget af sine mindre søskende og når ikke lektierne.',
      ],
      family_environment: [
        'Familien er i gang med en skilsmisse, og eleven taler om at skulle vælge.',
        'Familien har økonomiske problemer; eleven kan ikke deltage i lejrskolen.',
        'Eleven har ingen fritidsaktiviteter og er alene hjemme de fleste eftermiddage.',
      ],
    },
    serious: {
      development: [
        'Eleven har ridser på underarmene og har sagt til en kammerat, at intet giver mening.',
        'Fraværet er over 20 procent, og eleven har ikke været i skole de sidste to uger.',
        'Eleven er set med ældre unge ved stationen sent om aftenen og har penge, ingen ved hvor kommer fra.',
      ],
      parenting: [
        'Eleven fortæller, at mor ligger i sengen det meste af dagen, og at der ikke er mad.',
        'Eleven er bange for at komme hjem med dårlige karakterer.',
      ],
      family_environment: [
        'Der drikkes meget i hjemmet; eleven beskriver fester på hverdagsaftener.',
        'Familien er isoleret, og eleven må ikke have kammerater med hjem.',
      ],
    },
    danger: {
      development: [
        'Eleven fortæller, at en voksen i familien har rørt ved hende, og at hun ikke må sige det.',
      ],
      parenting: ['Eleven havde blå mærker i ansigtet og sagde, at far slår, når han er vred.'],
      family_environment: [
        'Eleven fortæller, at der er vold mellem de voksne, og at politiet har været der.',
      ],
    },
  },
};

export type RatingSetting = 'daycare' | 'school' | 'club';

export const RATING_NOTES: Record<RatingSetting, Record<'yellow' | 'red', readonly string[]>> = {
  daycare: {
    yellow: [
      'Træt og grådlabil.',
      'Svært ved at falde til i gruppen.',
      'Mange sygedage.',
      'Sprog lidt forsinket.',
      'Uro ved aflevering.',
    ],
    red: ['Meget indesluttet.', 'Ofte beskidt tøj og sulten.', 'Voldsom adfærd over for de andre børn.'],
  },
  school: {
    yellow: [
      'Stigende fravær.',
      'Virker trist.',
      'Konflikter i frikvarteret.',
      'Falder bagud fagligt.',
      'Mangler ofte madpakke.',
      'Alene i pauserne.',
    ],
    red: [
      'Meget fravær, ingen kontakt til hjemmet.',
      'Taler om ikke at ville leve.',
      'Udadreagerende hver dag.',
    ],
  },
  club: {
    yellow: ['Kommer sjældent nu.', 'Holder sig for sig selv.', 'Konflikter med de andre.'],
    red: ['Ses med ældre unge sent om aftenen.', 'Virker påvirket.'],
  },
};

export const ACKNOWLEDGE_NOTES: readonly string[] = [
  'Set. Kontakter fagpersonen i denne uge.',
  'Læst. Taler med skolen først.',
  'Set; tager det op på teammødet.',
];

export const CONTACT_NOTES: readonly string[] = [
  'Ringet til mor. Aftalt møde på skolen med lærer og forældre.',
  'Talt med læreren og forældrene samlet. Forældrene genkender bekymringen.',
  'Hjemmebesøg sammen med sundhedsplejersken.',
  'Møde i dagtilbuddet med pædagog og begge forældre.',
  'Talt med far i telefonen; han ønsker hjælp til rutinerne derhjemme.',
  'Samtale med den unge alene og derefter med mor.',
];

export const OUTCOME_NOTES: Record<Outcome, readonly string[]> = {
  universal: [
    'Skolen og forældrene har en plan for fremmøde; følges op om en måned.',
    'Ekstra voksenstøtte i gruppen og ugentlig kontakt med forældrene.',
    'Barnet er faldet til igen; pædagogerne holder øje.',
    'Aftalt tættere samarbejde mellem hjem og skole; ingen yderligere tiltag lige nu.',
  ],
  early_offer: [
    'Forældrene har sagt ja til forløbet og starter ved næste hold.',
    'Henvist med forældrenes samtykke; opstart aftalt.',
  ],
  report: [
    'Sendt videre som underretning til Modtagelsen.',
    'Oplysningerne er alvorlige; underretning sendt samme dag.',
  ],
};

export const FOLLOW_NOTES: readonly string[] = [
  'Følges løst efter forløbet; kontakt til skolen hver anden måned.',
  'Familien ønsker at kunne ringe, hvis det bliver svært igen.',
  'Følges til overgangen til skole.',
  'Opfølgning på fremmøde hver måned.',
];

export const TRANSITION_TEXTS: Record<
  TransitionKind,
  { summaries: readonly string[]; followUps: readonly string[] }
> = {
  home_to_daycare: {
    summaries: [
      'Forældrene fortalte om barnets rytme, søvn og mad. Mor er lidt bekymret for at aflevere.',
      'Første barn i familien; forældrene har få i netværket og mange spørgsmål om indkøringen.',
    ],
    followUps: ['Opfølgende samtale efter seks uger.', 'Sundhedsplejersken deltager i næste samtale.'],
  },
  daycare_to_school: {
    summaries: [
      'Barnet glæder sig til skolen, men har brug for støtte til at vente på tur og sidde stille.',
      'Pædagogen fortalte om barnets styrker i leg; forældrene ønsker en fast voksen de første uger.',
    ],
    followUps: ['Møde med klasselæreren efter efterårsferien.', 'Kort status til forældrene i september.'],
  },
  school_to_youth_education: {
    summaries: [
      'Den unge vil gerne på erhvervsskole, men er usikker på at kunne holde fremmødet.',
      'Den unge har meget fravær og ønsker en mentor i overgangen til gymnasiet.',
    ],
    followUps: ['Ungdomsvejlederen følger op i august.', 'Mentor aftales inden sommerferien.'],
  },
};

/** Youth guidance counsellors (UU-vejledere) who join the conversation before youth education. */
export const YOUTH_GUIDES: readonly string[] = [
  'Camilla Winther',
  'Rasmus Kjær',
  'Helle Bech',
  'Jonas Mikkelsen',
  'Sofie Dam',
];
