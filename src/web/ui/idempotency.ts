/**
 * A fresh idempotency key for one submission: the server stores a concern or a wellbeing round
 * once per key, so a double click or a retry after a lost answer cannot store it twice.
 * getRandomValues works on plain-http intranets too, where crypto.randomUUID does not exist.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
