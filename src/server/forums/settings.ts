import { FORUM_POLICY, mayEditForumSettings } from '../../core/access/forums-policy.ts';
import type { ForumSettingsRequest, ForumSettingsView } from '../../core/api/forum-settings.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { type ApprovalThresholds, thresholdsProblem } from '../../core/forums/approval.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { forumSettingRow } from './rules.queries.ts';
import { forumRules } from './rules.ts';
import { saveForumSettings } from './settings.queries.ts';

/**
 * The forums' local rules (docs/forums.md "Settings"): which steps are specialised, the review
 * intervals, how long a decision holds, the emergency deadline and the approval thresholds. They are
 * rules, not person data: whoever sits in a forum or sets one up reads them (the measure form shows
 * which forum a start needs); the administrator changes them (forums-policy.ts). Audited with
 * before and after.
 */

async function view(h: ActorHandle): Promise<ForumSettingsView> {
  const [{ settings, thresholds }, row] = await Promise.all([forumRules(h), forumSettingRow(h.tx)]);
  return {
    specialisedSteps: [...settings.specialisedSteps],
    specialisedOfferSteps: [...settings.specialisedOfferSteps],
    institutionalSteps: [...settings.institutionalSteps],
    reviewIntervalMonths: settings.reviewIntervalMonths,
    politicalReviewMonths: settings.politicalReviewMonths,
    institutionalFlagMonths: settings.institutionalFlagMonths,
    aftercareLeadMonths: settings.aftercareLeadMonths,
    decisionValidityMonths: settings.decisionValidityMonths,
    emergencyDays: settings.emergencyDays,
    approvalThresholds: {
      byStep: Object.entries(thresholds.byStep)
        .map(([step, amount]) => ({ stepPosition: Number(step), amount }))
        .sort((a, b) => a.stepPosition - b.stepPosition),
      otherwise: thresholds.otherwise,
    },
    updatedAt: row ? copenhagenIso(row.updated_at) : null,
  };
}

/** GET /api/forum-settings */
export async function readForumSettings(h: ActorHandle): Promise<ForumSettingsView> {
  const p = FORUM_POLICY[h.actor.role];
  if (!p.memberRead && !p.manage) {
    throw new DeniedError({ action: 'read', entityType: 'forum_setting', entityId: null });
  }
  return view(h);
}

/** PUT /api/forum-settings: the whole settings, as GET gives them. */
export async function changeForumSettings(
  h: ActorHandle,
  next: ForumSettingsRequest,
): Promise<ForumSettingsView> {
  if (!mayEditForumSettings(h.actor.role)) {
    throw new DeniedError({ action: 'update', entityType: 'forum_setting', entityId: null });
  }
  const thresholds: ApprovalThresholds = {
    byStep: Object.fromEntries(next.approvalThresholds.byStep.map((t) => [t.stepPosition, t.amount])),
    otherwise: next.approvalThresholds.otherwise,
  };
  const problem = thresholdsProblem(thresholds);
  if (problem) throw new AppError('unprocessable', problem);
  const { updatedAt: _u, ...before } = await view(h);
  const sorted = (s: readonly number[]) => [...s].sort((a, b) => a - b);
  await saveForumSettings(h.tx, {
    municipality_id: h.actor.municipalityId,
    specialised_steps: sorted(next.specialisedSteps),
    specialised_offer_steps: sorted(next.specialisedOfferSteps),
    institutional_steps: sorted(next.institutionalSteps),
    review_interval_months: next.reviewIntervalMonths,
    political_review_months: next.politicalReviewMonths,
    institutional_flag_months: next.institutionalFlagMonths,
    aftercare_lead_months: next.aftercareLeadMonths,
    decision_validity_months: next.decisionValidityMonths,
    emergency_days: next.emergencyDays,
    approval_thresholds: JSON.stringify(thresholds),
    updated_at: new Date(),
    updated_by: h.actor.userId,
  });
  await h.audit({
    action: 'update',
    entityType: 'forum_setting',
    entityId: null,
    details: { before, after: next },
  });
  return view(h);
}
