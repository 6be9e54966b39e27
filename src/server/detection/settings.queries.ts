import type { Selectable } from 'kysely';
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from '../../core/detection/settings.ts';
import type { Tx } from '../../store/database.ts';
import type { DetectionSettingTable } from '../../store/schema.ts';

/** `detection_setting`: one row per municipality; none means the defaults. */

function fromRow(row: Selectable<DetectionSettingTable>): DetectionSettings {
  return {
    mustReportBelow: row.must_report_below,
    rules: {
      several_professionals: {
        enabled: row.several_professionals_enabled,
        minProfessionals: row.several_professionals_min,
        withinDays: row.several_professionals_days,
      },
      red_after_yellow: { enabled: row.red_after_yellow_enabled },
      low_level: { enabled: row.low_level_enabled, maxLevel: row.low_level_max },
      level_drop: {
        enabled: row.level_drop_enabled,
        minDrop: row.level_drop_min,
        withinDays: row.level_drop_days,
      },
    },
  };
}

export async function loadDetectionSettings(
  tx: Tx,
  municipalityId: string,
): Promise<{ settings: DetectionSettings; isDefault: boolean }> {
  const row = await tx
    .selectFrom('detection_setting')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row
    ? { settings: fromRow(row), isDefault: false }
    : { settings: structuredClone(DEFAULT_DETECTION_SETTINGS), isDefault: true };
}

export async function saveDetectionSettings(
  tx: Tx,
  municipalityId: string,
  userId: string,
  s: DetectionSettings,
): Promise<DetectionSettings> {
  const columns = {
    must_report_below: s.mustReportBelow,
    several_professionals_enabled: s.rules.several_professionals.enabled,
    several_professionals_min: s.rules.several_professionals.minProfessionals,
    several_professionals_days: s.rules.several_professionals.withinDays,
    red_after_yellow_enabled: s.rules.red_after_yellow.enabled,
    low_level_enabled: s.rules.low_level.enabled,
    low_level_max: s.rules.low_level.maxLevel,
    level_drop_enabled: s.rules.level_drop.enabled,
    level_drop_min: s.rules.level_drop.minDrop,
    level_drop_days: s.rules.level_drop.withinDays,
    updated_at: new Date(),
    updated_by: userId,
  };
  const row = await tx
    .insertInto('detection_setting')
    .values({ municipality_id: municipalityId, ...columns })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(columns))
    .returningAll()
    .executeTakeFirstOrThrow();
  return fromRow(row);
}
