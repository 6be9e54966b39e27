import type {
  CostUnit,
  Evidence,
  Form,
  IcsArea,
  LadderStep,
  OfferFields,
  ProviderKind,
  Setting,
  Target,
} from '../../core/catalog/types.ts';
import type { DemoOfferRow } from './rows.ts';

/**
 * Demo Kommune's catalog (tilbudsvifte): 43 offers over the six steps of the default ladder,
 * with the programmes the seeds name (De Utrolige År, PMTO, MST, MTFC, Familiestuen, Leksand-style
 * courses for first-time parents, the stepping-stone school offer, a home-coming package and an
 * aftercare community). Names and providers are made up; prices and places are illustrative
 * (`illustrative = true`), scaled to domain.md: a foster family about 470,000 kr. a year, an
 * institution about 1,160,000 kr.
 *
 * The catalog is built to have the weaknesses Ballerup found in its own (seed 000_*), so that
 * the analysis has something real to show: most places are for the child alone and individual,
 * parents get few group offers and none for teenagers, and neither the network step nor the
 * institution step has an evidence-based programme.
 */

type Areas = readonly IcsArea[];
const DEV: Areas = ['development'];
const PAR: Areas = ['parenting'];
const FAM: Areas = ['family_environment'];
const DEV_FAM: Areas = ['development', 'family_environment'];
const PAR_FAM: Areas = ['parenting', 'family_environment'];
const DEV_PAR: Areas = ['development', 'parenting'];
const ALL: Areas = ['development', 'parenting', 'family_environment'];

const own = (name: string) => ['own', name] as const;
const external = (name: string) => ['external', name] as const;
const FAMILIEHUSET = own('Familiehuset Demo Kommune');
const UNGEENHEDEN = own('Ungeenheden Demo Kommune');
const FAMILIEPLEJEN = own('Familieplejen Demo Kommune');
const SOLBAKKEN = own('Børne- og Ungehjemmet Solbakken');

export interface DemoOfferSpec {
  /** position on the default ladder: 1 early, 2 preventive, 3 home-based, 4 network, 5 foster, 6 institution */
  step: number;
  name: string;
  provider: readonly [ProviderKind, string];
  target: Target;
  form: Form;
  setting: Setting;
  ages: readonly [number, number];
  areas: Areas;
  evidence: Evidence;
  programme?: string;
  /** typical duration */
  weeks?: number;
  /** a course or stay with an end from the start */
  limited?: boolean;
  legal: string;
  cost: readonly [number, CostUnit];
  capacity: number | null;
  description: string;
  /** step 3's specialised offers (MST and the like): Det Kreative Råd decides them (forums.md) */
  specialised?: true;
}

// biome-ignore format: one offer reads best as a short block of related fields
export const DEMO_CATALOG: readonly DemoOfferSpec[] = [
  // ---- 1 Tidlig indsats i almenområdet ----
  { step: 1, name: 'Skolesocialrådgiver', provider: own('Skole og Dagtilbud, Demo Kommune'), target: 'child', form: 'individual', setting: 'everyday',
    ages: [6, 17], areas: DEV_FAM, evidence: 'documented', legal: 'BL § 30', cost: [2_500, 'month'], capacity: 60,
    description: 'Socialrådgiver på skolen, som elever kan opsøge direkte. Samtaler med eleven, og bro til forældre, lærere og den forebyggende rådgiver.' },
  { step: 1, name: 'Åben anonym rådgivning', provider: FAMILIEHUSET, target: 'family', form: 'individual', setting: 'everyday',
    ages: [0, 22], areas: [], evidence: 'none', legal: 'BL §§ 28–29', cost: [1_200, 'month'], capacity: null,
    description: 'Gratis, anonym rådgivning til børn, unge og forældre uden visitation. Op til fem samtaler; ingen sag oprettes.' },
  { step: 1, name: 'Forældrekursus for førstegangsforældre (Leksand-inspireret)', provider: own('Sundhedsplejen Demo Kommune'), target: 'parents', form: 'group', setting: 'everyday',
    ages: [0, 1], areas: PAR, evidence: 'documented', weeks: 26, limited: true, legal: 'BL § 30', cost: [3_500, 'course'], capacity: 24,
    description: 'Forældregrupper fra graviditeten til barnets første år, ledet af sundhedsplejerske og pædagog efter svensk forbillede fra Leksand. Fokus på samspil, søvn og parforhold.' },
  { step: 1, name: 'PPR-konsultation i dagtilbud og skole', provider: own('PPR Demo Kommune'), target: 'network', form: 'individual', setting: 'everyday',
    ages: [0, 17], areas: DEV, evidence: 'documented', legal: 'BL § 30', cost: [3_000, 'month'], capacity: 20,
    description: 'Psykolog eller tale-hørekonsulent rådgiver pædagoger og lærere om et barn i trivselsmæssige eller faglige vanskeligheder.' },
  { step: 1, name: 'Udgående rusmiddelrådgivning på ungdomsuddannelserne', provider: UNGEENHEDEN, target: 'child', form: 'individual', setting: 'everyday',
    ages: [15, 22], areas: DEV, evidence: 'documented', legal: 'BL § 30', cost: [4_000, 'month'], capacity: 30,
    description: 'Rusmiddelkonsulenter med faste træffetider på gymnasium og erhvervsskole. Motiverende samtaler (MI) med unge, der bruger hash eller andre stoffer.' },
  { step: 1, name: 'Støttepædagog i dagtilbud', provider: own('Skole og Dagtilbud, Demo Kommune'), target: 'child', form: 'individual', setting: 'everyday',
    ages: [0, 5], areas: DEV, evidence: 'none', legal: 'Dagtilbudsloven; BL § 30', cost: [9_000, 'month'], capacity: 20,
    description: 'Ekstra pædagogtimer på stuen til et barn, der har brug for støtte i leg, sprog og fællesskab.' },
  { step: 1, name: 'AKT-vejleder i skolen', provider: own('Skole og Dagtilbud, Demo Kommune'), target: 'child', form: 'individual', setting: 'everyday',
    ages: [6, 16], areas: DEV, evidence: 'none', legal: 'Folkeskoleloven', cost: [3_500, 'month'], capacity: 30,
    description: 'Lærer med særlig viden om adfærd, kontakt og trivsel, der følger elever med uro eller fravær i klassen.' },

  // ---- 2 Forebyggende indsatser ----
  { step: 2, name: 'De Utrolige År – forældregruppe', provider: FAMILIEHUSET, target: 'parents', form: 'group', setting: 'everyday',
    ages: [3, 8], areas: DEV_PAR, evidence: 'evidence_based', programme: 'De Utrolige År', weeks: 18, limited: true, legal: 'BL § 30', cost: [14_000, 'course'], capacity: 24,
    description: 'Gruppeforløb for forældre til børn med adfærdsvanskeligheder: leg, ros, grænser og problemløsning med videoeksempler og hjemmeopgaver. Ugentlige møder på 2½ time.' },
  { step: 2, name: 'De Utrolige År – pædagoger og lærere', provider: own('PPR Demo Kommune'), target: 'network', form: 'group', setting: 'everyday',
    ages: [3, 8], areas: DEV, evidence: 'evidence_based', programme: 'De Utrolige År (Teacher Classroom Management)', weeks: 26, limited: true, legal: 'BL § 30', cost: [12_000, 'course'], capacity: 20,
    description: 'Seks kursusdage over et halvt år for pædagoger og lærere: det positive samspil mellem voksne og børn i gruppen og klassen.' },
  { step: 2, name: 'PMTO – individuel forældretræning', provider: FAMILIEHUSET, target: 'parents', form: 'individual', setting: 'home',
    ages: [4, 12], areas: PAR, evidence: 'evidence_based', programme: 'PMTO', weeks: 26, limited: true, legal: 'BL § 32, stk. 1, nr. 8', cost: [45_000, 'course'], capacity: 12,
    description: 'Parent Management Training – Oregon: ugentlige sessioner med en certificeret terapeut for forældre til børn med udadreagerende adfærd.' },
  { step: 2, name: 'PMTO – forældregruppe', provider: FAMILIEHUSET, target: 'parents', form: 'group', setting: 'everyday',
    ages: [4, 12], areas: PAR, evidence: 'evidence_based', programme: 'PMTO', weeks: 14, limited: true, legal: 'BL § 30', cost: [15_000, 'course'], capacity: 12,
    description: 'PMTO i gruppe: 14 gange for op til seks familier, med rollespil og træning af positiv opmuntring og konsekvente grænser.' },
  { step: 2, name: 'Familiestuen', provider: FAMILIEHUSET, target: 'family', form: 'group', setting: 'everyday',
    ages: [0, 5], areas: PAR_FAM, evidence: 'documented', weeks: 26, limited: true, legal: 'BL § 30', cost: [4_000, 'month'], capacity: 10,
    description: 'Forældre og små børn mødes tre formiddage om ugen med pædagog og sundhedsplejerske: spisning, leg og samtaler om forældrerollen i et fællesskab med andre familier.' },
  { step: 2, name: 'Samtalegruppe for børn i skilsmissefamilier', provider: FAMILIEHUSET, target: 'child', form: 'group', setting: 'everyday',
    ages: [6, 12], areas: DEV_FAM, evidence: 'documented', weeks: 10, limited: true, legal: 'BL § 30', cost: [3_500, 'course'], capacity: 16,
    description: 'Ti eftermiddage i en gruppe af børn, der har oplevet forældrenes brud. Ledes af to familiebehandlere.' },
  { step: 2, name: 'Gruppeforløb for unge med ADHD, angst eller depression', provider: UNGEENHEDEN, target: 'child', form: 'group', setting: 'everyday',
    ages: [13, 17], areas: DEV, evidence: 'documented', weeks: 12, limited: true, legal: 'BL § 30', cost: [9_000, 'course'], capacity: 16,
    description: 'Psykoedukation og kognitive øvelser i grupper af 6–8 unge: at forstå sin diagnose, håndtere bekymringer og holde fast i skole og venner.' },
  { step: 2, name: 'Trædestenen – fleksibelt skoleforløb', provider: own('Ungdomsskolen Demo Kommune'), target: 'child', form: 'group', setting: 'everyday',
    ages: [13, 17], areas: DEV, evidence: 'documented', weeks: 26, limited: true, legal: 'BL § 32, stk. 1, nr. 1', cost: [18_000, 'month'], capacity: 12,
    description: 'Midlertidigt skoletilbud i Ungdomsskolen for unge med stort fravær: undervisning og afgangsprøve i dansk, matematik, engelsk og fysik/kemi, kombineret med praktik. Målet er tilbagevenden til skole eller ungdomsuddannelse.' },
  { step: 2, name: 'Fritidspas med fritidsvejleder', provider: own('Kultur og Fritid, Demo Kommune'), target: 'child', form: 'individual', setting: 'everyday',
    ages: [6, 17], areas: DEV, evidence: 'none', legal: 'BL § 30', cost: [800, 'month'], capacity: 40,
    description: 'Kontingent og en voksen, der følger barnet de første gange i en forening, så barnet får et fællesskab i fritiden.' },

  // ---- 3 Hjemmebaserede indsatser ----
  { step: 3, name: 'Familiebehandling i Familiehuset', provider: FAMILIEHUSET, target: 'family', form: 'individual', setting: 'home',
    ages: [0, 17], areas: PAR_FAM, evidence: 'documented', weeks: 26, limited: true, legal: 'BL § 32, stk. 1, nr. 5', cost: [16_000, 'month'], capacity: 35,
    description: 'Systemisk familiebehandling i hjemmet og i Familiehuset, 2–4 timer om ugen i op til et halvt år, med mål i barnets plan.' },
  { step: 3, name: 'MST – Multisystemisk terapi', specialised: true, provider: external('MST-teamet Østegnen (tværkommunalt)'), target: 'family', form: 'individual', setting: 'home',
    ages: [12, 17], areas: ALL, evidence: 'evidence_based', programme: 'MST', weeks: 20, limited: true, legal: 'BL § 32, stk. 1, nr. 5', cost: [140_000, 'course'], capacity: 8,
    description: 'Intensiv behandling i hjemmet for familier med en ung i alvorlige adfærdsproblemer, kriminalitet eller misbrug. Terapeut på vagt døgnet rundt i 4–5 måneder.' },
  { step: 3, name: 'Kontaktperson for barnet eller den unge', provider: UNGEENHEDEN, target: 'child', form: 'individual', setting: 'everyday',
    ages: [7, 17], areas: DEV, evidence: 'documented', legal: 'BL § 32, stk. 1, nr. 3', cost: [7_500, 'month'], capacity: 55,
    description: 'En fast voksen, 4–8 timer om ugen, der støtter barnet i skole, fritid og kontakten til familien.' },
  { step: 3, name: 'Kontaktperson for hele familien', provider: FAMILIEHUSET, target: 'family', form: 'individual', setting: 'home',
    ages: [0, 17], areas: PAR_FAM, evidence: 'documented', legal: 'BL § 32, stk. 1, nr. 3', cost: [9_500, 'month'], capacity: 15,
    description: 'En fast kontaktperson for familien, der hjælper med struktur i hverdagen, møder med skole og myndigheder og brug af netværket.' },
  { step: 3, name: 'Mentorordning for unge', provider: UNGEENHEDEN, target: 'child', form: 'individual', setting: 'everyday',
    ages: [13, 22], areas: DEV, evidence: 'documented', legal: 'BL § 32, stk. 1, nr. 8; BL § 114', cost: [5_500, 'month'], capacity: 45,
    description: 'Mentor med fokus på fremmøde, uddannelse og job. Efter 18 år som ungestøtte.' },
  { step: 3, name: 'Praktisk pædagogisk støtte i hjemmet', provider: FAMILIEHUSET, target: 'parents', form: 'individual', setting: 'home',
    ages: [0, 17], areas: PAR, evidence: 'none', legal: 'BL § 32, stk. 1, nr. 2', cost: [8_000, 'month'], capacity: 20,
    description: 'Familiekonsulent i hjemmet morgen eller aften: rutiner, måltider, sengetider og samarbejdet om børnenes skolegang.' },
  { step: 3, name: 'Aflastningsfamilie', provider: FAMILIEPLEJEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [0, 17], areas: FAM, evidence: 'documented', legal: 'BL § 32, stk. 1, nr. 7', cost: [12_000, 'month'], capacity: 25,
    description: 'Støtteophold en weekend om måneden og i ferier i en godkendt plejefamilie, så familien får luft og barnet en ekstra voksen.' },
  { step: 3, name: 'Dagbehandling – Kompasset', specialised: true, provider: own('Dagbehandlingsskolen Kompasset'), target: 'child', form: 'individual', setting: 'day',
    ages: [6, 16], areas: DEV_FAM, evidence: 'documented', legal: 'BL § 32, stk. 1, nr. 1 og 5', cost: [42_000, 'month'], capacity: 16,
    description: 'Skole og behandling i små klasser om dagen, med ugentligt forældresamarbejde. Barnet bor hjemme.' },
  { step: 3, name: 'Psykologforløb i Børne- og Ungerådgivningen', provider: own('Børne- og Ungerådgivningen'), target: 'child', form: 'individual', setting: 'everyday',
    ages: [6, 17], areas: DEV, evidence: 'documented', weeks: 13, limited: true, legal: 'BL § 32, stk. 1, nr. 5', cost: [12_000, 'course'], capacity: 20,
    description: 'Op til ti samtaler med en psykolog om angst, sorg, selvskade eller voldsomme oplevelser.' },
  { step: 3, name: 'Familiedøgnbehandling', specialised: true, provider: external('Familieinstitutionen Lærkereden'), target: 'family', form: 'individual', setting: 'residential',
    ages: [0, 5], areas: PAR, evidence: 'documented', weeks: 12, limited: true, legal: 'BL § 32, stk. 1, nr. 6', cost: [110_000, 'month'], capacity: 3,
    description: 'Forældre og små børn bor sammen på institutionen i tre måneder med observation og træning af omsorgen.' },
  { step: 3, name: 'Familierådslagning', provider: FAMILIEHUSET, target: 'network', form: 'group', setting: 'home',
    ages: [0, 17], areas: FAM, evidence: 'documented', weeks: 6, limited: true, legal: 'BL § 32, stk. 1, nr. 8', cost: [12_000, 'course'], capacity: 10,
    description: 'En uafhængig koordinator samler familie og netværk, som selv laver en plan for, hvordan de kan støtte barnet.' },
  { step: 3, name: 'Hjemkomstpakke', provider: UNGEENHEDEN, target: 'child', form: 'individual', setting: 'home',
    ages: [16, 22], areas: DEV_FAM, evidence: 'none', weeks: 26, limited: true, legal: 'BL §§ 114–116', cost: [9_000, 'month'], capacity: 10,
    description: 'Et halvt års støtte til unge, der flytter hjem til kommunen efter en anbringelse: bolig, netværk, uddannelse og økonomi, med en fast koordinator.' },
  { step: 3, name: 'Ungestøtte – kontaktperson efter 18 år', provider: UNGEENHEDEN, target: 'child', form: 'individual', setting: 'everyday',
    ages: [18, 22], areas: DEV, evidence: 'documented', legal: 'BL § 114', cost: [6_000, 'month'], capacity: 30,
    description: 'Fast kontaktperson for unge, der var anbragt eller havde kontaktperson før 18 år, til overgangen til voksenlivet.' },
  { step: 3, name: 'Efterværnsfællesskabet Broen', provider: UNGEENHEDEN, target: 'child', form: 'group', setting: 'everyday',
    ages: [17, 22], areas: DEV_FAM, evidence: 'none', legal: 'BL § 114', cost: [2_000, 'month'], capacity: 30,
    description: 'Værested og fællesskab for unge, der har været anbragt: fællesspisning, hjælp med breve og budget, og kontakt til andre i samme situation.' },

  // ---- 4 Anbringelse i slægt og netværk ----
  { step: 4, name: 'Netværksplejefamilie', provider: FAMILIEPLEJEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [0, 17], areas: FAM, evidence: 'documented', legal: 'BL §§ 43 og 46', cost: [14_000, 'month'], capacity: 14,
    description: 'Anbringelse hos slægt eller netværk, godkendt til det konkrete barn, med kursus og supervision fra Familieplejen.' },
  { step: 4, name: 'Netværksgruppe for netværksplejeforældre', provider: FAMILIEPLEJEN, target: 'network', form: 'group', setting: 'everyday',
    ages: [0, 17], areas: FAM, evidence: 'none', legal: 'BL § 43', cost: [1_500, 'month'], capacity: 12,
    description: 'Månedlige møder for bedsteforældre og andre i netværket, der har et barn boende: rollen, samværet og egne grænser.' },

  // ---- 5 Anbringelse i plejefamilie ----
  { step: 5, name: 'Almen plejefamilie', provider: FAMILIEPLEJEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [0, 17], areas: FAM, evidence: 'documented', legal: 'BL §§ 43 og 46', cost: [39_000, 'month'], capacity: 30,
    description: 'Anbringelse i en godkendt plejefamilie for børn, der kan trives i en almindelig familie med støtte.' },
  { step: 5, name: 'Forstærket plejefamilie', provider: FAMILIEPLEJEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [0, 17], areas: DEV_FAM, evidence: 'documented', legal: 'BL §§ 43 og 46', cost: [52_000, 'month'], capacity: 14,
    description: 'Plejefamilie med ekstra uddannelse og tæt supervision, hvor én voksen er hjemme på nedsat tid.' },
  { step: 5, name: 'Specialiseret plejefamilie', provider: external('Specialiserede Plejefamilier Øst'), target: 'child', form: 'individual', setting: 'residential',
    ages: [0, 17], areas: DEV_FAM, evidence: 'documented', legal: 'BL §§ 43 og 46', cost: [78_000, 'month'], capacity: 6,
    description: 'Plejefamilie, hvor en voksen er ansat på fuld tid til barnet, for børn med omfattende behov, der ellers skulle på institution.' },
  { step: 5, name: 'MTFC – behandlingsplejefamilie', provider: external('Behandlingsfamilierne Sjælland'), target: 'child', form: 'individual', setting: 'residential',
    ages: [12, 17], areas: ALL, evidence: 'evidence_based', programme: 'MTFC', weeks: 39, limited: true, legal: 'BL §§ 43 og 46', cost: [85_000, 'month'], capacity: 3,
    description: 'Multidimensional Treatment Foster Care: kortvarig anbringelse i en træningsfamilie, hvor der arbejdes med den unges adfærd og sideløbende med forældrenes rolle, så den unge kan flytte hjem.' },
  { step: 5, name: 'Plejeforældregruppe med supervision', provider: FAMILIEPLEJEN, target: 'network', form: 'group', setting: 'everyday',
    ages: [0, 17], areas: DEV, evidence: 'documented', legal: 'BL § 43', cost: [1_200, 'month'], capacity: 24,
    description: 'Gruppeundervisning og supervision af plejeforældre hver sjette uge, med rollespil og sager fra egen praksis.' },
  { step: 5, name: 'Forældrestøtte til forældre med anbragte børn', provider: FAMILIEHUSET, target: 'parents', form: 'individual', setting: 'everyday',
    ages: [0, 17], areas: PAR, evidence: 'documented', legal: 'BL § 76', cost: [3_500, 'month'], capacity: 15,
    description: 'Samtaler og støtte til forældre under anbringelsen, så samværet lykkes og en hjemgivelse kan forberedes.' },

  // ---- 6 Anbringelse på institution ----
  { step: 6, name: 'Børne- og Ungehjemmet Solbakken', provider: SOLBAKKEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [6, 17], areas: DEV_FAM, evidence: 'documented', legal: 'BL §§ 43 og 46', cost: [97_000, 'month'], capacity: 12,
    description: 'Kommunens eget døgntilbud med tre afdelinger for børn og unge, der ikke kan bo i en familie.' },
  { step: 6, name: 'Intensivt korttidsophold på Solbakken', provider: SOLBAKKEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [12, 17], areas: DEV_FAM, evidence: 'documented', weeks: 12, limited: true, legal: 'BL §§ 43 og 46', cost: [125_000, 'month'], capacity: 6,
    description: 'Kort, intensiv og tidsbegrænset døgnanbringelse på op til tre måneder med udredning og en plan for vejen hjem eller ned ad trappen.' },
  { step: 6, name: 'Opholdsstedet Kildebo', provider: external('Opholdsstedet Kildebo'), target: 'child', form: 'individual', setting: 'residential',
    ages: [12, 17], areas: DEV, evidence: 'documented', legal: 'BL §§ 43 og 46', cost: [90_000, 'month'], capacity: 8,
    description: 'Privat opholdssted på landet for unge med tilknytningsvanskeligheder, med intern skole.' },
  { step: 6, name: 'Døgnbehandling for unge med misbrug', provider: external('Ungebehandlingshjemmet Fyrtårnet'), target: 'child', form: 'individual', setting: 'residential',
    ages: [15, 17], areas: DEV, evidence: 'documented', weeks: 26, limited: true, legal: 'BL §§ 43 og 46', cost: [130_000, 'month'], capacity: 2,
    description: 'Døgnbehandling for unge med et massivt forbrug af rusmidler, med efterfølgende udslusning og ambulant opfølgning.' },
  { step: 6, name: 'Ungekollegiet Solbakken', provider: SOLBAKKEN, target: 'child', form: 'individual', setting: 'residential',
    ages: [17, 22], areas: DEV, evidence: 'none', legal: 'BL §§ 43, 46 og 114', cost: [35_000, 'month'], capacity: 10,
    description: 'Egen lejlighed med personale i huset for unge på vej ud af en anbringelse; videreført anbringelse eller ungestøtte efter 18 år.' },
];

function fieldsOf(spec: DemoOfferSpec): Omit<OfferFields, 'stepId'> {
  const [providerKind, providerName] = spec.provider;
  return {
    name: spec.name,
    description: spec.description,
    providerKind,
    providerName,
    target: spec.target,
    form: spec.form,
    setting: spec.setting,
    ageMin: spec.ages[0],
    ageMax: spec.ages[1],
    icsAreas: [...spec.areas],
    typicalDurationWeeks: spec.weeks ?? null,
    timeLimited: spec.limited ?? false,
    specialised: spec.specialised ?? false,
    evidence: spec.evidence,
    programme: spec.programme ?? null,
    legalBasis: spec.legal,
    unitCost: spec.cost[0],
    costUnit: spec.cost[1],
    capacity: spec.capacity,
    status: 'active',
    illustrative: true,
  };
}

function stepIdAt(steps: readonly Pick<LadderStep, 'id' | 'position'>[], position: number): string {
  const step = steps.find((s) => s.position === position);
  if (!step) throw new Error(`The demo catalog needs step ${position} on the ladder`);
  return step.id;
}

/** The demo catalog on a ladder: each offer on the step at its position (the default ladder's). */
export function demoOffers(steps: readonly Pick<LadderStep, 'id' | 'position'>[]): OfferFields[] {
  return DEMO_CATALOG.map((spec) => ({ ...fieldsOf(spec), stepId: stepIdAt(steps, spec.step) }));
}

/**
 * The demo catalog as rows for the seed. The step ids do not exist before the municipality row
 * is inserted (its trigger makes the ladder), so a row names its step by position and the seed
 * looks the id up in the same transaction.
 */
export function demoOfferRows(municipalityId: string, nextId: () => string): DemoOfferRow[] {
  return DEMO_CATALOG.map((spec) => {
    const f = fieldsOf(spec);
    return {
      municipality_id: municipalityId,
      id: nextId(),
      step_position: spec.step,
      name: f.name,
      description: f.description,
      provider_kind: f.providerKind,
      provider_name: f.providerName,
      target: f.target,
      form: f.form,
      setting: f.setting,
      age_min: f.ageMin,
      age_max: f.ageMax,
      ics_areas: f.icsAreas,
      typical_duration_weeks: f.typicalDurationWeeks,
      time_limited: f.timeLimited,
      evidence: f.evidence,
      programme: f.programme,
      legal_basis: f.legalBasis,
      // numeric(12,2) as text, so the value is exact and the rows stay plain JSON
      unit_cost: f.unitCost.toFixed(2),
      cost_unit: f.costUnit,
      capacity: f.capacity,
      status: f.status,
      illustrative: f.illustrative,
      specialised: spec.specialised ?? false,
    };
  });
}
