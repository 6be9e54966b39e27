import {
  COST_UNIT_LABELS,
  type CostUnit,
  EVIDENCE_LABELS,
  type Evidence,
  FORM_LABELS,
  type Form,
  TARGET_LABELS,
  type Target,
} from '../../core/catalog/types.ts';
import { formatAmount, formatNumber } from '../ui/format.ts';

/** `Trin 3 – Hjemmebaserede indsatser`; an offer whose step has left the ladder says so. */
export function stepLabel(position: number | null | undefined, name: string | null | undefined): string {
  if (position == null || !name) return 'Trin ikke længere på trappen';
  return `Trin ${position} – ${name}`;
}

/** `6–12 år`, or `6 år` for a single age. */
export function ageRange(min: number, max: number): string {
  return min === max ? `${min} år` : `${min}–${max} år`;
}

/** `12.500 kr. pr. måned`. */
export function priceText(unitCost: number, costUnit: CostUnit): string {
  return `${formatAmount(unitCost)} ${COST_UNIT_LABELS[costUnit]}`;
}

export function capacityText(capacity: number | null): string {
  if (capacity === null) return 'Ikke oplyst';
  return capacity === 1 ? '1 plads' : `${formatNumber(capacity)} pladser`;
}

export const targetLabel = (t: string) => TARGET_LABELS[t as Target] ?? t;
export const formLabel = (f: string) => FORM_LABELS[f as Form] ?? f;
export const evidenceLabel = (e: string) => EVIDENCE_LABELS[e as Evidence] ?? e;

/** `0.425` → `43 %` (Danish writes a space before the sign). */
export function percent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** Danish age band label: `0-5` → `0–5 år`. */
export function ageBandLabel(id: string): string {
  return `${id.replace('-', '–')} år`;
}
