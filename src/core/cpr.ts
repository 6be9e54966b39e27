/**
 * CPR numbers (personnummer): ddmmyy-ssss. Since 2007 numbers without modulus-11 check digits are
 * issued, so only the date part is validated. Replacement numbers (erstatningspersonnumre) add 60
 * to the day; synthetic data in Trappen uses only those.
 */

export interface CprInfo {
  /** The 10 digits, without separator. */
  digits: string;
  birthDate: string;
  replacement: boolean;
}

/** Century from the 7th digit and the year, as the CPR office defines it. */
function fullYear(yy: number, seventh: number): number | undefined {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  if (seventh >= 5 && seventh <= 8) {
    if (yy <= 57) return 2000 + yy;
    return 1800 + yy;
  }
  return undefined;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Parses "ddmmyy-ssss" or "ddmmyyssss"; undefined when the date part is not a real date. */
export function parseCpr(input: string): CprInfo | undefined {
  const match = /^\s*(\d{6})-?(\d{4})\s*$/.exec(input);
  if (!match) return undefined;
  const digits = `${match[1]}${match[2]}`;
  let day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  const replacement = day > 60;
  if (replacement) day -= 60;
  const year = fullYear(yy, seventh);
  if (year === undefined || !isValidDate(year, month, day)) return undefined;
  return { digits, birthDate: `${year}-${pad2(month)}-${pad2(day)}`, replacement };
}

export function isValidCpr(input: string): boolean {
  return parseCpr(input) !== undefined;
}

/** "ddmmyy-xxxx" */
export function formatCpr(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** "ddmmyy-••••": the birth date stays readable, the serial is hidden. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-••••`;
}

/**
 * A replacement number for a birth date: day + 60 and a serial whose 7th digit gives the right
 * century. Used by synthetic data only.
 */
export function replacementCpr(birthDate: string, serial: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const yy = y % 100;
  let seventh: number;
  if (y >= 1900 && y <= 1999) seventh = serial % 4;
  else if (y >= 2000 && y <= 2036) seventh = 4;
  else if (y >= 2037 && y <= 2057) seventh = 5 + (serial % 4);
  else throw new Error(`No replacement CPR for year ${y}`);
  const rest = String(serial % 1000).padStart(3, '0');
  return `${pad2(d + 60)}${pad2(m)}${pad2(yy)}${seventh}${rest}`;
}
