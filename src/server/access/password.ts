import argon2 from 'argon2';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Used when the username is unknown, so that a miss costs as much time as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
}

/** A real installation's first admin needs a strong password (demo mode is the only exception). */
export function passwordWeakness(password: string): string | undefined {
  if (password.length < 12) return 'Adgangskoden skal være mindst 12 tegn.';
  const classes = [/[a-zæøå]/, /[A-ZÆØÅ]/, /\d/, /[^A-Za-zÆØÅæøå\d]/].filter((r) => r.test(password)).length;
  if (classes < 3)
    return 'Adgangskoden skal indeholde mindst tre af: små bogstaver, store bogstaver, tal, tegn.';
  return undefined;
}
