import { mayEditDetectionSettings, mayReadDetectionSettings } from '../../core/access/detection-policy.ts';
import type { DetectionSettingsBody, DetectionSettingsResponse } from '../../core/api/detection.ts';
import {
  type DetectionSettings,
  describeRule,
  SIGNAL_RULE_LABELS,
  SIGNAL_RULES,
} from '../../core/detection/settings.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadDetectionSettings, saveDetectionSettings } from './settings.queries.ts';

/** The municipality's detection rules: every staff role reads them (no person data); the admin changes them. */

function view(settings: DetectionSettings, isDefault: boolean): DetectionSettingsResponse {
  return {
    settings,
    rules: SIGNAL_RULES.map((rule) => ({
      rule,
      label: SIGNAL_RULE_LABELS[rule],
      description: describeRule(rule, settings.rules),
      enabled: settings.rules[rule].enabled,
    })),
    isDefault,
  };
}

export async function getDetectionSettings(h: ActorHandle): Promise<DetectionSettingsResponse> {
  if (!mayReadDetectionSettings(h.actor.role)) {
    throw new DeniedError({ action: 'read', entityType: 'detection_setting', entityId: null });
  }
  const { settings, isDefault } = await loadDetectionSettings(h.tx, h.actor.municipalityId);
  return view(settings, isDefault);
}

export async function changeDetectionSettings(
  h: ActorHandle,
  request: DetectionSettingsBody,
): Promise<DetectionSettingsResponse> {
  const { tx, actor, audit } = h;
  if (!mayEditDetectionSettings(actor.role)) {
    throw new DeniedError({
      action: 'change',
      entityType: 'detection_setting',
      entityId: null,
      details: { requested: request },
    });
  }
  const before = await loadDetectionSettings(tx, actor.municipalityId);
  const after = await saveDetectionSettings(tx, actor.municipalityId, actor.userId, request);
  await audit({
    action: 'change',
    entityType: 'detection_setting',
    entityId: null,
    details: { before: before.settings, after },
  });
  return view(after, false);
}
