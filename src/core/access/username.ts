/**
 * The one form of a username that the login looks up and the login rate limits count: an
 * attempt as "FamiliePleje" is an attempt on "familiepleje". Usernames are stored in this form.
 */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
