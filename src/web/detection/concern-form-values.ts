import { MAX_AREA_TEXT } from '../../core/detection/concern.ts';
import {
  ICS_AREAS,
  type IcsArea,
  inListOrder,
  PROTECTIVE_FACTORS,
  type ProtectiveFactor,
  RISK_FACTORS,
  type RiskFactor,
} from '../../core/detection/factors.ts';
import type { ChosenChild } from '../people/child-picker.tsx';
import type { ConcernCreateRequest, ConcernEditRequest, ConcernView } from './detection-api.ts';

/**
 * The concern form's values as typed, its checks and the request it becomes. Pure, so the rules
 * the form shows are tested without a browser; the server checks everything again.
 */

export interface ConcernFormValues {
  child: ChosenChild | null;
  level: number | null;
  /** the areas ticked, each with its text (kept when unticked, so a slip does not lose it) */
  areas: Record<IcsArea, { checked: boolean; text: string }>;
  riskFactors: RiskFactor[];
  protectiveFactors: ProtectiveFactor[];
  parentsInformed: boolean | null;
}

export type ConcernField = 'child' | 'level' | 'areas' | IcsArea | 'parentsInformed';
export type ConcernFormErrors = Partial<Record<ConcernField, string>>;

/** Where the first error is, in the order the fields are shown. */
export const FIELD_ORDER: ConcernField[] = ['child', 'level', 'areas', ...ICS_AREAS, 'parentsInformed'];

export const fieldId = (field: ConcernField) => `concern-${field}`;

export function emptyConcernValues(child: ChosenChild | null = null): ConcernFormValues {
  return {
    child,
    level: null,
    areas: {
      development: { checked: false, text: '' },
      parenting: { checked: false, text: '' },
      family_environment: { checked: false, text: '' },
    },
    riskFactors: [],
    protectiveFactors: [],
    parentsInformed: null,
  };
}

export function valuesFromConcern(concern: ConcernView): ConcernFormValues {
  const values = emptyConcernValues({
    id: concern.child.id,
    name: `${concern.child.firstName} ${concern.child.lastName}`,
    detail: '',
  });
  for (const a of concern.areas) values.areas[a.area] = { checked: true, text: a.text };
  return {
    ...values,
    level: concern.level,
    riskFactors: inListOrder(
      RISK_FACTORS,
      concern.riskFactors.map((f) => f.code),
    ),
    protectiveFactors: inListOrder(
      PROTECTIVE_FACTORS,
      concern.protectiveFactors.map((f) => f.code),
    ),
    parentsInformed: concern.parentsInformed,
  };
}

export function validateConcern(values: ConcernFormValues, needsChild = true): ConcernFormErrors {
  const errors: ConcernFormErrors = {};
  if (needsChild && !values.child) errors.child = 'Vælg det barn, du er bekymret for.';
  if (values.level === null) errors.level = 'Vælg, hvor barnet er på Børnelinealen (1–10).';
  const ticked = ICS_AREAS.filter((a) => values.areas[a].checked);
  if (ticked.length === 0) errors.areas = 'Vælg mindst ét område, og beskriv kort, hvad du ser.';
  for (const area of ticked) {
    const text = values.areas[area].text.trim();
    if (text === '') errors[area] = 'Beskriv kort, hvad du ser.';
    else if (text.length > MAX_AREA_TEXT) errors[area] = `Teksten må højst være ${MAX_AREA_TEXT} tegn.`;
  }
  if (values.parentsInformed === null) errors.parentsInformed = 'Svar ja eller nej.';
  return errors;
}

function body(values: ConcernFormValues) {
  return {
    level: values.level as number,
    areas: ICS_AREAS.filter((a) => values.areas[a].checked).map((area) => ({
      area,
      text: values.areas[area].text.trim(),
    })),
    riskFactors: inListOrder(RISK_FACTORS, values.riskFactors),
    protectiveFactors: inListOrder(PROTECTIVE_FACTORS, values.protectiveFactors),
    parentsInformed: values.parentsInformed as boolean,
  };
}

/** Call after validateConcern found nothing. */
export function createRequest(values: ConcernFormValues, idempotencyKey: string): ConcernCreateRequest {
  return { childId: (values.child as ChosenChild).id, ...body(values), idempotencyKey };
}

export function editRequest(values: ConcernFormValues): ConcernEditRequest {
  return body(values);
}
