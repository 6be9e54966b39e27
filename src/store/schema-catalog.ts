/** Kysely types of the catalog tables (migration 002). */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

export interface StepTable {
  municipality_id: string;
  id: Generated<string>;
  created_at: Timestamp;
}

export interface LadderVersionTable {
  municipality_id: string;
  id: Generated<string>;
  version: number;
  created_at: Timestamp;
  created_by: string | null;
  note: string | null;
}

export interface LadderVersionStepTable {
  municipality_id: string;
  ladder_version_id: string;
  step_id: string;
  position: number;
  name: string;
  category: 'preventive' | 'placement';
  track: 'early' | 'family' | 'placement';
}

export interface DefaultLadderStepTable {
  position: number;
  name: string;
  category: 'preventive' | 'placement';
  track: 'early' | 'family' | 'placement';
}

export interface OfferTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  provider_kind: 'own' | 'external';
  provider_name: string;
  step_id: string;
  target: 'child' | 'parents' | 'family' | 'network';
  form: 'individual' | 'group';
  setting: 'home' | 'everyday' | 'day' | 'residential';
  age_min: number;
  age_max: number;
  ics_areas: ColumnType<string[], string[] | undefined, string[]>;
  typical_duration_weeks: number | null;
  time_limited: Generated<boolean>;
  evidence: 'none' | 'documented' | 'evidence_based';
  programme: string | null;
  legal_basis: Generated<string>;
  /** numeric comes back as a string from pg */
  unit_cost: ColumnType<string, number | string, number | string>;
  cost_unit: 'month' | 'course';
  capacity: number | null;
  status: Generated<'active' | 'retired'>;
  illustrative: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** migration 016: a specialised offer on a step where only marked offers are (rule (a)) */
  specialised: Generated<boolean>;
}

export interface CatalogSettingTable {
  municipality_id: string;
  max_child_individual_share: ColumnType<string, number | string, number | string>;
  updated_at: Timestamp;
}

// ---- detection (migration 004) ----
