import type { Relation } from '../../store/schema.ts';
import { type Context, phoneNumber, type Sex } from '../context.ts';
import { ageOn, birthDateForAge, toDate, toDay } from '../dates.ts';
import { address, type DistrictPlaces, type Places } from './places.ts';
import type { ChildRelationRow, ChildRow, HouseholdRow, PersonRow, UnitRow } from './rows.ts';

/** About 11,000 children 0-17 and 2,000 young people 18-22 (support can run to the 23rd birthday). */
const CHILDREN_0_17 = 11_000;
const YOUNG_18_22 = 2_000;
const YEAR = 365;

/** A child with where its household sends it (siblings share school and daycare). */
export interface ChildPlacement {
  child: ChildRow;
  place: DistrictPlaces;
  school: UnitRow;
  daycare: UnitRow;
}

export interface People {
  households: HouseholdRow[];
  children: ChildRow[];
  persons: PersonRow[];
  relations: ChildRelationRow[];
  placements: ChildPlacement[];
}

/** How many children of each age (0..22) live in a district; birth cohorts vary a little. */
function ageCounts(ctx: Context, share: number): number[] {
  return Array.from({ length: 23 }, (_, age) => {
    const perYear = age < 18 ? CHILDREN_0_17 / 18 : YOUNG_18_22 / 5;
    return Math.round(perYear * share * (0.94 + ctx.random.float() * 0.12));
  });
}

/**
 * Splits a district's children into sibling groups of 1-4, oldest first, 1-4 years apart. Drawing
 * from fixed counts per age keeps the age pyramid exactly as planned however families fall out.
 */
function siblingGroups(ctx: Context, counts: number[]): number[][] {
  const { random } = ctx;
  let remaining = counts.reduce((a, b) => a + b, 0);
  const take = (age: number) => {
    counts[age] = (counts[age] ?? 0) - 1;
    remaining -= 1;
  };
  const groups: number[][] = [];
  while (remaining > 0) {
    const first = random.weighted(counts.map((n, age) => [age, n] as const));
    take(first);
    const ages = [first];
    const size = random.weighted([
      [1, 0.38],
      [2, 0.4],
      [3, 0.16],
      [4, 0.06],
    ] as const);
    while (ages.length < size) {
      const last = ages[ages.length - 1] ?? 0;
      let next = -1;
      for (let attempt = 0; attempt < 3 && next < 0; attempt++) {
        const gap = random.weighted([
          [1, 0.2],
          [2, 0.35],
          [3, 0.3],
          [4, 0.15],
        ] as const);
        if (last - gap >= 0 && (counts[last - gap] ?? 0) > 0) next = last - gap;
      }
      if (next < 0) break;
      take(next);
      ages.push(next);
    }
    groups.push(ages);
  }
  return groups;
}

/** Who the adults of a household are, and whether a parent lives elsewhere. */
type Adults =
  | 'mother_father'
  | 'mother_stepfather'
  | 'father_stepmother'
  | 'two_parents'
  | 'mother'
  | 'father';

function adultsFor(ctx: Context, index: number): Adults {
  // Single parents are more common where the socio-economic index is low (about 25 % on average).
  const single = Math.min(0.45, Math.max(0.1, 0.25 + (100 - index) * 0.006));
  if (ctx.random.chance(single)) return ctx.random.chance(0.82) ? 'mother' : 'father';
  return ctx.random.weighted([
    ['mother_father', 0.8],
    ['mother_stepfather', 0.12],
    ['father_stepmother', 0.05],
    ['two_parents', 0.03],
  ] as const);
}

const NETWORK_RELATIONS: readonly (readonly [Relation, number])[] = [
  ['grandparent', 0.45],
  ['aunt_uncle', 0.25],
  ['friend_of_family', 0.15],
  ['neighbour', 0.1],
  ['other_relative', 0.05],
];

class HouseholdBuilder {
  readonly people: People = { households: [], children: [], persons: [], relations: [], placements: [] };

  constructor(private readonly ctx: Context) {}

  private person(
    sex: Sex,
    lastName: string,
    birthDay: number | null,
    householdId: string | null,
    phoneShare: number,
  ): PersonRow {
    const { ctx } = this;
    const row: PersonRow = {
      municipality_id: ctx.municipalityId,
      id: ctx.ids.uuid(),
      first_name: ctx.faker.person.firstName(sex),
      last_name: lastName,
      cpr: birthDay === null ? null : ctx.cpr.next(toDate(birthDay), sex),
      phone: ctx.random.chance(phoneShare) ? phoneNumber(ctx) : null,
      household_id: householdId,
    };
    this.people.persons.push(row);
    return row;
  }

  private relate(children: ChildRow[], person: PersonRow, relation: Relation, custody: boolean): void {
    for (const child of children) {
      this.people.relations.push({
        municipality_id: this.ctx.municipalityId,
        child_id: child.id,
        person_id: person.id,
        relation,
        // Custody ends at 18; young people 18-22 are adults in law.
        has_custody: custody && ageOn(child.birth_date, this.ctx.today) < 18,
      });
    }
  }

  add(place: DistrictPlaces, ages: number[]): void {
    const { ctx } = this;
    const { random, faker } = ctx;
    const household: HouseholdRow = {
      municipality_id: ctx.municipalityId,
      id: ctx.ids.uuid(),
      district_id: place.district.id,
      address: address(ctx, place),
    };
    this.people.households.push(household);
    const surname = faker.person.lastName();
    const school = random.pick(place.schools);
    const daycare = random.pick(place.daycares);
    const children = ages.map((age): ChildRow => {
      const sex: Sex = random.chance(0.51) ? 'male' : 'female';
      const birthDate = birthDateForAge(random, ctx.today, age);
      return {
        municipality_id: ctx.municipalityId,
        id: ctx.ids.uuid(),
        cpr: ctx.cpr.next(birthDate, sex),
        first_name: faker.person.firstName(sex),
        last_name: surname,
        birth_date: birthDate,
        household_id: household.id,
        district_id: place.district.id,
      };
    });
    for (const child of children) {
      this.people.children.push(child);
      this.people.placements.push({ child, place, school, daycare });
    }

    // Parents' ages count back from the oldest child's birth.
    const oldest = toDay(children[0]?.birth_date ?? ctx.today);
    const motherBorn = oldest - random.int(21 * YEAR, 38 * YEAR);
    const fatherBorn = oldest - random.int(23 * YEAR, 42 * YEAR);
    const motherName = random.chance(0.5) ? surname : faker.person.lastName();
    const kind = adultsFor(ctx, place.spec.index);
    const home = household.id;
    if (kind === 'two_parents') {
      const sex: Sex = random.chance(0.6) ? 'female' : 'male';
      this.relate(children, this.person(sex, surname, motherBorn, home, 0.95), 'parent', true);
      this.relate(
        children,
        this.person(sex, faker.person.lastName(), fatherBorn, home, 0.95),
        'parent',
        true,
      );
    } else {
      const motherHome = kind === 'father' || kind === 'father_stepmother' ? null : home;
      const fatherHome = kind === 'mother' || kind === 'mother_stepfather' ? null : home;
      // A parent living elsewhere is known in most cases and usually shares custody (the Danish default).
      const absentKnown = random.chance(0.75);
      const absentCustody = random.chance(0.8);
      if (motherHome || absentKnown) {
        const mother = this.person('female', motherName, motherBorn, motherHome, motherHome ? 0.95 : 0.7);
        this.relate(children, mother, 'mother', motherHome !== null || absentCustody);
      }
      if (fatherHome || absentKnown) {
        const father = this.person('male', surname, fatherBorn, fatherHome, fatherHome ? 0.95 : 0.7);
        this.relate(children, father, 'father', fatherHome !== null || absentCustody);
      }
      if (kind === 'mother_stepfather' || kind === 'father_stepmother') {
        const sex: Sex = kind === 'mother_stepfather' ? 'male' : 'female';
        const born = oldest - random.int(20 * YEAR, 45 * YEAR);
        this.relate(
          children,
          this.person(sex, faker.person.lastName(), born, home, 0.95),
          'step_parent',
          false,
        );
      }
    }

    // A few families have relatives or friends in their network map, living elsewhere.
    if (random.chance(0.18)) {
      const count = random.chance(0.7) ? 1 : 2;
      for (let i = 0; i < count; i++) {
        const relation = random.weighted(NETWORK_RELATIONS);
        const sex: Sex = random.chance(0.6) ? 'female' : 'male';
        const lastName = random.chance(0.5) ? surname : faker.person.lastName();
        let born: number | null = null;
        if (relation === 'grandparent')
          born = Math.min(motherBorn, fatherBorn) - random.int(20 * YEAR, 36 * YEAR);
        else if (relation === 'aunt_uncle' || relation === 'other_relative')
          born = Math.min(motherBorn + random.int(-10 * YEAR, 10 * YEAR), toDay(ctx.today) - 18 * YEAR);
        // Friends and neighbours are known by name and phone; their CPR is not the child's business.
        this.relate(children, this.person(sex, lastName, born, null, 0.9), relation, false);
      }
    }
  }
}

export function generatePeople(ctx: Context, places: Places): People {
  const builder = new HouseholdBuilder(ctx);
  const totalWeight = places.districts.reduce((sum, d) => sum + d.spec.weight, 0);
  for (const place of places.districts) {
    const counts = ageCounts(ctx, place.spec.weight / totalWeight);
    for (const ages of siblingGroups(ctx, counts)) builder.add(place, ages);
  }
  return builder.people;
}
