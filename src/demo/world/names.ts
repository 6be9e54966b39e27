/**
 * Danish display data of Demo Kommune. Names are invented; the organisation follows Ballerup's
 * Fællesskabsmodellen (seed 004): five school/daycare districts ordered by a socio-economic index,
 * the most exposed district first (it has two preventive workers, as Baltorp did).
 */

export interface DistrictSpec {
  name: string;
  /** 100 = municipal average; lower means more exposed. */
  index: number;
  postcode: string;
  /** Relative number of children living in the district. */
  weight: number;
  schools: [string, string];
}

export const DISTRICTS: readonly DistrictSpec[] = [
  { name: 'Østervang', index: 82, postcode: '7610', weight: 1.15, schools: ['Østervangskolen', 'Engskolen'] },
  {
    name: 'Kirkebjerg',
    index: 94,
    postcode: '7620',
    weight: 1.05,
    schools: ['Kirkebjergskolen', 'Kildeskolen'],
  },
  { name: 'Midtbyen', index: 100, postcode: '7630', weight: 1.0, schools: ['Rådhusskolen', 'Lindeskolen'] },
  { name: 'Skovhøj', index: 108, postcode: '7640', weight: 0.95, schools: ['Skovhøjskolen', 'Bakkeskolen'] },
  {
    name: 'Søndermarken',
    index: 121,
    postcode: '7650',
    weight: 0.85,
    schools: ['Søndermarkskolen', 'Fjordskolen'],
  },
];

/** Six a district, 30 in all, unique across the municipality (unit names are). */
export const DAYCARE_NAMES: readonly string[] = [
  'Børnehuset Solsikken',
  'Børnehuset Regnbuen',
  'Dagtilbuddet Troldehøj',
  'Naturbørnehaven Skovstjernen',
  'Børnehuset Myretuen',
  'Vuggestuen Spirehuset',
  'Børnehuset Kastanjen',
  'Børnehuset Lærkereden',
  'Dagtilbuddet Bakkehuset',
  'Børnehuset Mælkebøtten',
  'Børnegården Egebo',
  'Børnehuset Stjernen',
  'Børnehuset Åkanden',
  'Dagtilbuddet Kildevang',
  'Børnehuset Svalen',
  'Børnehuset Tusindfryd',
  'Børnegården Lindely',
  'Børnehuset Fyrtårnet',
  'Børnehuset Skovmusen',
  'Dagtilbuddet Højvang',
  'Børnehuset Rønnebærret',
  'Børnehuset Pilehuset',
  'Børnegården Bøgely',
  'Børnehuset Anemonen',
  'Børnehuset Klatretræet',
  'Dagtilbuddet Strandhuset',
  'Børnehuset Bikuben',
  'Børnehuset Vibereden',
  'Børnegården Hyldebærret',
  'Børnehuset Nøddebo',
];

/** Names of daycare groups, prefixed with "Vuggestue" or "Børnehave". */
export const GROUP_NAMES: readonly string[] = [
  'Mariehønen',
  'Sommerfuglen',
  'Bien',
  'Græshoppen',
  'Frøen',
  'Pindsvinet',
  'Egernet',
  'Uglen',
  'Ræven',
  'Myren',
  'Humlebien',
  'Mejsen',
  'Musen',
  'Haren',
  'Bjørnen',
  'Spurven',
  'Guldsmeden',
  'Sneglen',
  'Solstrålen',
  'Regndråben',
];

export const CLUB_GROUPS = [
  { name: 'Juniorklubben', minAge: 10, maxAge: 11 },
  { name: 'Seniorklubben', minAge: 12, maxAge: 13 },
] as const;

export const TITLES = {
  admin: 'Systemadministrator',
  centreHead: 'Centerchef',
  districtLeader: 'Socialfaglig leder',
  front: 'Socialrådgiver, Modtagelsen',
  preventive: 'Forebyggende socialrådgiver',
  caseworker: 'Socialrådgiver, Familieteamet',
  fosterCare: 'Familieplejekonsulent',
  analyst: 'Dataanalytiker',
  teacher: 'Lærer',
  pedagogue: 'Pædagog',
  healthVisitor: 'Sundhedsplejerske',
  dataProtection: 'Databeskyttelsesrådgiver (DPO)',
} as const;

/** Why a case was opened, by the child's age on the day it was opened. */
export const CASE_REASONS: readonly { minAge: number; maxAge: number; reasons: readonly string[] }[] = [
  {
    minAge: 0,
    maxAge: 2,
    reasons: [
      'Underretning fra sundhedsplejen: bekymring for spædbarnets trivsel og forældrenes overskud.',
      'Underretning fra hospitalet efter fødslen: mor med svær psykisk sygdom.',
      'Underretning fra vuggestuen: barnet virker utrygt og kommer ofte sultent.',
    ],
  },
  {
    minAge: 3,
    maxAge: 5,
    reasons: [
      'Underretning fra børnehaven: forsinket sprogudvikling og uplejet fremtoning.',
      'Forælder henvender sig om hjælp til barnets udadreagerende adfærd.',
      'Underretning fra politiet: vold i hjemmet, barnet var til stede.',
    ],
  },
  {
    minAge: 6,
    maxAge: 12,
    reasons: [
      'Underretning fra skolen: bekymrende højt fravær.',
      'Underretning fra skolen: barnet fortæller om slag derhjemme.',
      'Forældrene søger hjælp efter en skilsmisse med store konflikter.',
      'Underretning fra PPR: mistanke om omsorgssvigt.',
      'Underretning fra skolen: barnet er ofte alene hjemme om aftenen.',
    ],
  },
  {
    minAge: 13,
    maxAge: 17,
    reasons: [
      'Underretning fra politiet: den unge er sigtet for butikstyveri.',
      'Underretning fra skolen: ufrivilligt skolefravær og selvskade.',
      'Den unge henvender sig selv om problemer derhjemme.',
      'Underretning fra klubben: mistanke om hashmisbrug.',
      'Underretning fra skolen: mistanke om æresrelateret konflikt.',
    ],
  },
  {
    minAge: 18,
    maxAge: 22,
    reasons: [
      'Efterværn: den unge har været anbragt og har brug for støtte til bolig og uddannelse.',
      'Ansøgning om fast kontaktperson efter det fyldte 18. år.',
      'Ungestøtte: den unge er faldet fra uddannelse og mangler bolig.',
    ],
  },
];

/** Reasons for the cases a foster-care consultant is on: a placement is considered or running. */
export const PLACEMENT_REASONS: readonly string[] = [
  'Anbringelse uden for hjemmet overvejes: de hjemmebaserede indsatser har ikke været tilstrækkelige.',
  'Netværksanbringelse hos bedsteforældre undersøges.',
  'Akut anbringelse i plejefamilie efter underretning fra politiet.',
];
