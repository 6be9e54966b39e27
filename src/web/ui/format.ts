/**
 * Danish formatting, built by hand rather than through toLocaleString: browsers and Node ship
 * different ICU data, and the interface must read the same everywhere (dates `22.11.2026`, times
 * `14.05`, amounts `12.500 kr.`). Instants are shown in Europe/Copenhagen whatever the laptop says.
 */

const ZONE = 'Europe/Copenhagen';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2026-11-22` (or an ISO instant's calendar date) → `22.11.2026`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return `${match[3]}.${match[2]}.${match[1]}`;
  const parts = zonedParts(value);
  return parts ? `${pad2(parts.day)}.${pad2(parts.month)}.${parts.year}` : value;
}

/** An instant → `14.05` in Copenhagen time. */
export function formatTime(value: string | Date): string {
  const parts = zonedParts(value);
  return parts ? `${pad2(parts.hour)}.${pad2(parts.minute)}` : '';
}

/** An instant → `22.11.2026 kl. 14.05`. */
export function formatDateTime(value: string | Date): string {
  const parts = zonedParts(value);
  if (!parts) return typeof value === 'string' ? value : '';
  return `${pad2(parts.day)}.${pad2(parts.month)}.${parts.year} kl. ${pad2(parts.hour)}.${pad2(parts.minute)}`;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const zoneFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function zonedParts(value: string | Date): Parts | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return undefined;
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(zoneFormat.formatToParts(date).find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** 1234567 → `1.234.567`; decimals with a comma: 12.5 → `12,5`. */
export function formatNumber(value: number, decimals = 0): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** 12500 → `12.500 kr.`; øre shown only when there are any. */
export function formatAmount(kroner: number): string {
  const decimals = Number.isInteger(kroner) ? 0 : 2;
  return `${formatNumber(kroner, decimals)} kr.`;
}

/**
 * CPR as the role may see it: `ddmmåå-xxxx`, or `ddmmåå-••••` when masked. The server already
 * withholds the serial when masked; masking again here guards against a server that forgot.
 */
export function formatCprForDisplay(cpr: string, masked: boolean): string {
  const digits = cpr.replace(/-/g, '');
  const date = digits.slice(0, 6);
  if (masked || !/^\d{10}$/.test(digits)) return `${date}-••••`;
  return `${date}-${digits.slice(6)}`;
}

/** How screen readers should say a masked CPR, since "••••" is read as nothing or as "bullet". */
export function cprAccessibleLabel(cpr: string, masked: boolean): string {
  const shown = formatCprForDisplay(cpr, masked);
  return masked ? `${shown.slice(0, 6)}, de sidste fire cifre er skjult` : shown;
}

/** `3 år`, `1 år` — Danish uses the same word for one and many. */
export function formatAge(years: number): string {
  return `${years} år`;
}

export function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nej';
}

/**
 * Time left until a deadline, as product.md asks: "om 3 t", "om 2 dage", "2 dage over fristen".
 * Used with colour, never instead of it.
 */
export function formatTimeLeft(deadline: string | Date, now: Date = new Date()): string {
  const ms = new Date(deadline).getTime() - now.getTime();
  const hours = Math.abs(ms) / 3_600_000;
  let amount: string;
  if (hours < 1) amount = `${Math.max(1, Math.round(hours * 60))} min.`;
  else if (hours < 48) amount = `${Math.floor(hours)} t`;
  else {
    const days = Math.floor(hours / 24);
    amount = `${days} dage`;
  }
  return ms >= 0 ? `om ${amount}` : `${amount} over fristen`;
}
