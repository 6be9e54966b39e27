import type { IcsArea } from '../../store/schema-casework.ts';

/** Danish texts of Demo Kommune's casework: invented, short, in the caseworkers' own register. */

export const ICS_TEXTS: Record<IcsArea, readonly string[]> = {
  development: [
    'Barnet er alderssvarende i sproget, men har svært ved at indgå i leg med de andre børn og trækker sig.',
    'Skolen beskriver et stort fravær det seneste halve år og faglige huller i dansk og matematik.',
    'Barnet sover uroligt, har ondt i maven om morgenen og virker bekymret for forældrene.',
    'Den unge har trukket sig fra venner og fritidsaktiviteter og bruger nætterne på skærm.',
    'Barnet er glad og nysgerrigt i dagtilbuddet, men har voldsomme konflikter ved overgange.',
  ],
  parenting: [
    'Forældrene er meget optagede af barnet, men har svært ved at sætte rammer og skabe faste rutiner.',
    'Mor er alene med tre børn og er slidt; hun beder selv om hjælp til aftener og sengetider.',
    'Far har et forbrug af alkohol, der periodisk gør ham utilgængelig for barnet.',
    'Forældrene er uenige om opdragelsen og har svært ved at samarbejde efter skilsmissen.',
    'Forældrene møder op til alle møder og tager imod råd, men har svært ved at fastholde aftalerne.',
  ],
  family_environment: [
    'Familien bor trangt, og økonomien er presset efter fars ledighed.',
    'Der er et tæt og støttende netværk med mormor og en moster, som barnet ofte er hos.',
    'Familien har få relationer i lokalområdet og har ikke kontakt til den øvrige familie.',
    'Der har været politiets besøg i hjemmet efter skænderier mellem de voksne.',
    'Familien er nyligt flyttet til kommunen, og barnet har skiftet skole to gange på et år.',
  ],
};

export const WORRIES: readonly string[] = [
  'Vi er bekymrede for, at barnet ikke får den omsorg og ro, det har brug for om aftenen og natten.',
  'Vi er bekymrede for, at konflikterne mellem de voksne fylder så meget, at barnet tager ansvar for dem.',
  'Vi er bekymrede for den unges skolegang og for kontakten til ældre unge med et misbrug.',
  'Vi er bekymrede for, at barnet udsættes for vold eller trusler i hjemmet.',
];

export const WHAT_WORKS: readonly string[] = [
  'Mormor henter barnet to dage om ugen og er en fast voksen, barnet stoler på.',
  'Forældrene er åbne om deres vanskeligheder og ønsker selv at samarbejde.',
  'Barnet har en god relation til sin klasselærer og kommer gerne i klubben.',
  'Der er faste rutiner om morgenen, og barnet kommer til tiden i dagtilbuddet.',
];

export const WHAT_MUST_HAPPEN: readonly string[] = [
  'Barnet skal opleve en forudsigelig hverdag med faste voksne, og forældrene skal have støtte til rammerne.',
  'Konflikterne mellem de voksne skal holdes væk fra barnet, og barnet skal have nogen at tale med.',
  'Den unge skal tilbage i et skoleforløb og have en voksen, der følger op hver uge.',
  'Barnet skal være sikkert hjemme; der laves en sikkerhedsplan med netværket.',
];

export const CONCLUSIONS: readonly string[] = [
  'Barnet har behov for støtte. Det indstilles, at familien tilbydes en indsats som beskrevet i barnets plan.',
  'Undersøgelsen viser, at barnets udvikling er truet, hvis der ikke sættes ind. Der indstilles til en indsats.',
  'Forældrene kan med støtte give barnet den nødvendige omsorg. Indsatsen følges tæt op.',
];

export const NO_NEED_CONCLUSION =
  'Undersøgelsen viser ikke behov for særlig støtte. Familien er vejledt om åben rådgivning i Familiehuset.';

export const PROVISIONAL_TEXTS: readonly string[] = [
  'Undersøgelsen er ikke afsluttet inden for fire måneder, fordi udtalelsen fra børnepsykiatrien mangler. Foreløbig vurdering: barnet har behov for støtte, og den igangværende indsats fortsætter.',
  'Foreløbig vurdering efter fire måneder: forældrene samarbejder, men der mangler en udredning af barnet. Undersøgelsen forventes afsluttet inden for seks uger.',
];

export const CHILD_WORDS: readonly { minAge: number; texts: readonly string[] }[] = [
  {
    minAge: 0,
    texts: [
      'Barnet leger koncentreret med dukkerne og søger mor, når der kommer fremmede. Smiler, når mor synger.',
      'Barnet tegner familien med sig selv tæt på mormor. Siger "far er sur" og peger på tegningen.',
    ],
  },
  {
    minAge: 6,
    texts: [
      '"Jeg kan bedst lide, når vi spiser sammen. Jeg bliver ked af det, når mor og far råber."',
      '"I skolen er det okay, men frikvartererne er dumme, for ingen vil lege med mig."',
      '"Jeg vil gerne bo hjemme, men jeg vil også gerne være hos mormor i weekenden."',
    ],
  },
  {
    minAge: 12,
    texts: [
      '"Jeg gider ikke skolen, men jeg vil gerne have en uddannelse. Det er bare svært at komme op."',
      '"Det hjælper at have en at snakke med, som ikke er mine forældre."',
      '"Jeg vil gerne blive boende, hvor jeg er. Jeg har det godt med dem, jeg bor hos."',
    ],
  },
];

export const GOAL_TEXTS: Record<IcsArea, readonly string[]> = {
  development: [
    'Barnet kommer i skole hver dag og deltager i undervisningen.',
    'Barnet har en ven at lege med i frikvartererne.',
    'Barnet sover hele natten og møder udhvilet op i dagtilbuddet.',
    'Den unge gennemfører 9. klasse og søger en ungdomsuddannelse.',
    'Barnet kan sætte ord på sine følelser og søger en voksen, når det er svært.',
  ],
  parenting: [
    'Forældrene har faste rutiner for morgen og aften.',
    'Forældrene kan tale sammen om barnet uden konflikt.',
    'Mor kender barnets signaler og reagerer roligt, når barnet bliver vredt.',
    'Forældrene deltager i forældresamtaler og aftaler med skolen.',
  ],
  family_environment: [
    'Barnet har faste weekender hos mormor og morfar.',
    'Familien har et netværk, der kan hjælpe i hverdagen.',
    'Samværet med forældrene foregår trygt og forudsigeligt.',
    'Familien har en stabil bolig og styr på økonomien.',
  ],
};

export const PLAN_SUMMARIES: readonly string[] = [
  'Planen er lavet sammen med familien og bygger på undersøgelsens konklusion. Vi følger op hver tredje måned.',
  'Barnets ønsker er hørt i børnesamtalen. Planen beskriver, hvad der skal ske, hvem der gør hvad, og hvornår vi ser på det igen.',
  'Planen er revideret efter opfølgningen: indsatsen justeres, og målene er formuleret sammen med forældrene.',
];

export const FOLLOW_UP_NOTES: readonly string[] = [
  'Indsatsen virker efter hensigten. Forældrene oplever mere ro i hverdagen. Fortsætter uændret.',
  'Der er små fremskridt. Vi justerer hyppigheden af besøg og ser på det igen ved næste opfølgning.',
  'Barnet trives bedre i skolen, og fraværet er faldet. Indsatsen fortsætter.',
  'Ingen tydelig udvikling siden sidst. Vi drøfter, om indsatsen skal ændres.',
];

export const SUPERVISION_NOTES: readonly string[] = [
  'Tilsynsbesøg: barnet er glad og har fundet sig til rette. Samtale med barnet alene uden plejeforældrene.',
  'Tilsynsbesøg: god kontakt mellem barnet og de voksne. Barnet ønsker mere samvær med sin søster.',
  'Tilsynsbesøg: barnet fortæller, at det går bedre i skolen. Plejeforældrene har brug for aflastning.',
];

export const AFTERCARE_NOTE =
  'Afgørelse om støtte efter 18 år: den unge ønsker at blive boende og tilbydes videreført ophold og en fast kontaktperson.';

export const JOURNAL_TEXTS: Record<
  'conversation' | 'home_visit' | 'meeting' | 'phone' | 'note',
  readonly string[]
> = {
  conversation: [
    'Samtale med mor på kontoret om hverdagen og om, hvordan indsatsen går.',
    'Samtale med den unge alene. Han fortæller, at det går bedre i skolen.',
    'Samtale med forældrene om samværet og barnets reaktioner efter weekenden.',
  ],
  home_visit: [
    'Anmeldt hjemmebesøg. Ryddeligt hjem; barnet viste sit værelse frem og var glad.',
    'Uanmeldt hjemmebesøg efter aftale i planen. Mor var træt, men der var mad og ro.',
    'Hjemmebesøg sammen med familiebehandleren. Vi gennemgik ugeskemaet med familien.',
  ],
  meeting: [
    'Netværksmøde med skolen, PPR og forældrene om barnets trivsel og fravær.',
    'Møde med familiebehandleren om forløbet. Aftalt at fortsætte med to besøg om ugen.',
    'Statusmøde med anbringelsesstedet og forældrene.',
  ],
  phone: [
    'Telefonsamtale med mor, der ringede, fordi hun var bekymret efter et forældremøde.',
    'Opringning fra skolen: barnet var ikke mødt i dag. Mor kontaktet; barnet er sygt.',
    'Telefonsamtale med plejemor om samværet i weekenden.',
    'Ringede til far for at aftale næste møde.',
  ],
  note: [
    'Notat: udtalelse fra skolen modtaget og lagt på sagen.',
    'Notat: samtykke til indhentning af oplysninger fra egen læge modtaget.',
    'Notat: sagen drøftet på teammødet; ingen ændringer.',
  ],
};

export const MEETING_PURPOSES: readonly string[] = [
  'Familiemøde om, hvad der skal ændres, og hvem i netværket der kan hjælpe.',
  'Familiemøde før beslutning om indsats: familiens egen plan.',
  'Opfølgende familiemøde om netværkets aftaler.',
];

export const MEETING_AGREEMENTS: readonly string[] = [
  'Mormor henter barnet tirsdag og torsdag. Moster tager barnet en weekend om måneden. Forældrene deltager i forældrekursus.',
  'Far stopper med at drikke, når børnene er hjemme. Farmor ringer hver aften. Næste møde om tre måneder.',
  'Naboen kan kontaktes, hvis mor ikke kan hente. Familien laver en sikkerhedsplan sammen med rådgiveren.',
];

export const PROFESSIONAL_RELATIONS: readonly string[] = [
  'Klasselærer',
  'Pædagog',
  'Sundhedsplejerske',
  'Skolepsykolog',
];

export function moveReason(from: number, to: number): string {
  if (to > from) {
    if (to >= 4)
      return 'Anbringelse uden for hjemmet: de hjemmebaserede indsatser har ikke været tilstrækkelige.';
    return 'Behovet er større end den nuværende indsats kan dække; indsatsen udvides.';
  }
  if (to === 0) return 'Indsatsen er afsluttet; barnet klarer sig i almentilbuddene.';
  if (from >= 4 && to < 4) return 'Hjemgivelse efter anbringelsen, med støtte i hjemmet.';
  return 'Barnet og familien har rykket sig; indsatsen trappes ned.';
}
