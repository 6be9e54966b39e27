import { base, da, Faker } from '@faker-js/faker';
import { replacementCpr } from '../core/cpr.ts';
import { hashNumber, Random } from './random.ts';

export interface DemoInput {
  seed: number;
  /** 'YYYY-MM-DD': ages, school classes and case dates are computed relative to this day. */
  today: string;
  code: string;
  name: string;
}

/** What an area's generator is given: the input and the municipality's id from the id stream. */
export type AreaInput = DemoInput & { municipalityId: string };

export type Sex = 'female' | 'male';

/**
 * Hands out replacement CPR numbers, unique across children and adults of one municipality.
 * The last digit is odd for men and even for women, as in real numbers. A replacement number has
 * 1,000 serials per birth date (500 per sex), far more than any one day of Demo Kommune needs.
 */
export class CprRegistry {
  private readonly used = new Map<string, number>();

  next(birthDate: string, sex: Sex): string {
    const key = `${birthDate}:${sex}`;
    const n = this.used.get(key) ?? 0;
    if (n >= 500) throw new Error(`No replacement CPR numbers left for ${birthDate} (${sex})`);
    this.used.set(key, n + 1);
    // 37 is coprime to 500, so k -> (37k + h) mod 500 visits every slot once while the serials of
    // one day do not simply count 0, 1, 2 ...
    const slot = (37 * n + (hashNumber(birthDate) % 500)) % 500;
    return replacementCpr(birthDate, slot * 2 + (sex === 'male' ? 1 : 0));
  }
}

/** What every part of the generator draws from. Each part consumes the streams in a fixed order. */
export interface Context {
  municipalityId: string;
  today: string;
  /** Names, streets and phone numbers (Danish locale, seeded). */
  faker: Faker;
  /** Every other random choice. */
  random: Random;
  /**
   * Ids come from their own stream, seeded by seed and code, so that the same demo seeded under two
   * codes (e.g. in tests) gets the same people but never the same primary keys.
   */
  ids: Random;
  cpr: CprRegistry;
}

export function createContext(seed: number, code: string, today: string): Context {
  const faker = new Faker({ locale: [da, base] });
  faker.seed(seed);
  const ids = new Random(`trappen-demo-ids:${seed}:${code}`);
  return {
    municipalityId: ids.uuid(),
    today,
    faker,
    random: new Random(`trappen-demo:${seed}`),
    ids,
    cpr: new CprRegistry(),
  };
}

export function fullName(ctx: Context, sex: Sex): { first_name: string; last_name: string } {
  return { first_name: ctx.faker.person.firstName(sex), last_name: ctx.faker.person.lastName() };
}

export function phoneNumber(ctx: Context): string {
  return ctx.faker.phone.number({ style: 'national' });
}
