import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { platformError } from '../../../platform/http/errors.js';
import { presentSettings } from '../settings.presenter.js';
import { loadRepairSettings } from '../settings.repository.js';
import type { RepairSettingsDto, UpdateSettingsBody } from '../settings.schemas.js';
import { slaPolicyProblems } from '../sla-policy.js';

/**
 * Edits the SLA policy and switches at the given version. New targets apply to work orders
 * created from now on; deadlines already set stay as they were promised.
 */
export async function updateRepairSettings(db: Kysely<Database>, actor: Actor, body: UpdateSettingsBody): Promise<RepairSettingsDto> {
  const schoolId = writableSchoolId(actor);
  if (body.slaPolicy) {
    const problems = slaPolicyProblems(body.slaPolicy);
    if (problems.length) throw platformError('VALIDATION_FAILED', problems[0]?.message ?? '时限设置不正确', problems);
  }
  return runInTransaction(db, async (tx) => {
    const current = await loadRepairSettings(tx, schoolId);
    const patch: Record<string, unknown> = {};
    if (body.slaPolicy) patch.sla_policy = JSON.stringify(body.slaPolicy);
    if (body.photoRule !== undefined) patch.photo_rule = body.photoRule;
    if (body.completionPhotoRequired !== undefined) patch.completion_photo_required = body.completionPhotoRequired ? 1 : 0;
    if (body.autoConfirmDays !== undefined) patch.auto_confirm_days = body.autoConfirmDays;
    if (body.autoConvert !== undefined) patch.auto_convert = body.autoConvert ? 1 : 0;
    if (body.repeatWindowDays !== undefined) patch.repeat_window_days = body.repeatWindowDays;
    if (body.publicBoard !== undefined) patch.public_board = body.publicBoard ? 1 : 0;
    await updateAudited(tx, auditContextOf(actor), {
      table: 'repair_settings', entity: 'repair_settings', label: '报修设置', id: current.id, schoolIds: [schoolId], version: body.version, patch,
    });
    return presentSettings(actor, await loadRepairSettings(tx, schoolId));
  });
}
