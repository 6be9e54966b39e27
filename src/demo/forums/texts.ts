/** The Danish texts of Demo Kommune's proposals and decisions (synthetic, no real case). */

export const PROPOSAL_REASONS = {
  specialised: [
    'Familiebehandlingen har ikke flyttet konflikterne i hjemmet; der er brug for en mere intensiv indsats omkring den unge.',
    'Skolefraværet er steget trods kontaktperson og mentor; et dagbehandlingstilbud vurderes nødvendigt.',
    'Forældrene ønsker hjælp, men har ikke kunnet bruge de ambulante forløb; en intensiv familieindsats foreslås.',
  ],
  placement: [
    'Barnets trivsel er faldet over flere opfølgninger, og hjemmet kan ikke give den nødvendige omsorg trods støtte.',
    'Der er gentagne underretninger om vold i hjemmet; hjemmebaserede indsatser vurderes ikke tilstrækkelige.',
    'Den unges adfærd og misbrug kræver døgnbehandling; forældrene kan ikke alene sikre den unge.',
    'Forældrenes misbrug er vendt tilbage; barnet har brug for en stabil voksen i hverdagen.',
  ],
} as const;

export const NETWORK_CONTRIBUTIONS = [
  'Mormor kan have barnet hver anden weekend.',
  'Farbroren kan hente i skolen to dage om ugen.',
  'Netværket er lille; en nabo har tilbudt at hjælpe med lektier.',
  '',
] as const;

export const APPROVAL_REASONS = [
  'Rådet finder ikke et alternativ tættere på hverdagslivet, der kan dække barnets behov nu.',
  'Indsatsen godkendes; netværkets bidrag indgår i handleplanen.',
  'Godkendt med en tæt opfølgning efter 3 måneder og en plan for vejen ned ad trappen.',
] as const;

export const ALTERNATIVE_REASONS = [
  'Rådet finder et alternativ på et lavere trin: en intensiveret indsats i hjemmet med netværket som en del af planen.',
  'Skolen og PPR tilbyder en ekstra voksen i klassen; sammen med familiebehandling kan barnet blive hjemme.',
  'Netværket kan bære mere end først antaget; rådet anbefaler en indsats på et lavere trin og ny vurdering om 3 måneder.',
] as const;

export const REJECTION_REASONS = [
  'Der er ikke grundlag for et specialiseret tilbud nu; den nuværende indsats har endnu ikke haft tid til at virke.',
  'Indstillingen afvises: barnets udvikling er positiv i de seneste opfølgninger.',
] as const;

export const POSTPONED_MISSING = [
  'Opdateret børnefaglig undersøgelse og skolens udtalelse.',
  'Barnets egen mening er ikke beskrevet; en børnesamtale mangler.',
  'PPR-udtalelse om barnets skolegang.',
] as const;

export const REVIEW_REASONS = [
  'Gennemgået: indsatsen fortsætter. Næste skridt ned drøftet med familien og netværket.',
  'Gennemgået: god fremgang i opfølgningerne; en plan for at træde et trin ned laves til næste gennemgang.',
  'Gennemgået: fortsat behov; skolen og netværket inddrages mere.',
] as const;

export const POLITICAL_REVIEW_REASONS = [
  'Gennemgået uden personhenførbare oplysninger: anbringelsen fortsætter efter planen.',
  'Gennemgået: varighed og udgift som forventet; fremgang i seneste opfølgning.',
] as const;

export const AFTERCARE_REASONS = [
  'Efterværn bevilget: videreført anbringelse til 23 år (barnets lov § 114).',
  'Efterværn bevilget: fast kontaktperson efter 18 år (barnets lov § 114).',
] as const;

export const SCHOOL_REASONS = {
  ordinary_school: 'Barnet fortsætter i almindelig skole nær plejefamilien.',
  special_class: 'Barnet går i specialklasse under anbringelsen.',
  internal_school: 'Barnet går i den interne skole på anbringelsesstedet.',
} as const;

export const EMERGENCY_REASONS = [
  'Akut anbringelse: barnet kunne ikke blive i hjemmet i nat efter politiets henvendelse.',
  'Akut anbringelse efter vold i hjemmet; forældrene er ikke til at træffe.',
] as const;
