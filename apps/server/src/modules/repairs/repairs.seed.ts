import type { Tx } from '../../platform/db/audited-writes.js';
import { nowIso } from '../../platform/db/dialect-helpers.js';
import { DEFAULT_CATEGORIES, type PhotoRule } from './repairs.labels.js';
import { DEFAULT_SLA_POLICY } from './sla-policy.js';

/** A new school's repair switches: photos unless urgent, after-photos at completion, auto-confirm after 7 days. */
export const DEFAULT_REPAIR_SETTINGS = {
  photoRule: 'except_urgent' as PhotoRule,
  completionPhotoRequired: true,
  autoConfirmDays: 7,
  autoConvert: true,
  repeatWindowDays: 30,
};

/**
 * Seeds a new school's repair categories (水, 电, 木工 …) and settings (SLA policy and the rest).
 * Runs inside the school's creation, whose audit event covers these rows.
 */
export async function seedSchoolRepairs(tx: Tx, schoolId: number): Promise<void> {
  const now = nowIso();
  await tx.insertInto('repair_categories')
    .values(DEFAULT_CATEGORIES.map((name, i) => ({ school_id: schoolId, name, sort: i, active: 1, created_at: now, updated_at: now })))
    .execute();
  const d = DEFAULT_REPAIR_SETTINGS;
  await tx.insertInto('repair_settings').values({
    school_id: schoolId, sla_policy: JSON.stringify(DEFAULT_SLA_POLICY), photo_rule: d.photoRule,
    completion_photo_required: d.completionPhotoRequired ? 1 : 0, auto_confirm_days: d.autoConfirmDays,
    auto_convert: d.autoConvert ? 1 : 0, repeat_window_days: d.repeatWindowDays, created_at: now, updated_at: now,
  }).execute();
}
