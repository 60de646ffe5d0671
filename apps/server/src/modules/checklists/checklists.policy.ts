import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import { repairRaiser } from '../../platform/checklists/repair-raiser.js';
import { type ItemOutcome, isFailing } from '../../platform/checklists/checklist-kinds.js';
import { forbidden } from '../../platform/http/errors.js';

/** Template buttons: only the actor's own school is editable; a template with results is archived, not deleted. */
export function templateAbilities(
  actor: Actor,
  t: { school_id: number; archived_at: string | null; has_draft_changes: number; latest_version_no: number; item_count: number; result_count: number },
) {
  const own = actor.schoolId === t.school_id;
  const archived = t.archived_at !== null;
  const canUpdate = own && hasPermission(actor, 'checklist', 'update');
  return {
    update: canUpdate && !archived,
    publish: canUpdate && !archived && t.has_draft_changes === 1 && t.item_count > 0,
    archive: canUpdate && !archived,
    restore: canUpdate && archived,
    delete: own && hasPermission(actor, 'checklist', 'delete') && t.result_count === 0,
    record: own && hasPermission(actor, 'checklist', 'read') && !archived && t.latest_version_no > 0,
  };
}

interface ResultFacts { school_id: number; status: string; started_by: number; submitted_by: number | null; corrected_by_result_id: number | null }

/**
 * A draft belongs to whoever started it; someone who may edit checklists can finish or discard it
 * for them (a technician off sick). Submitted results are evidence and only ever corrected.
 */
export function resultAbilities(actor: Actor, r: ResultFacts) {
  const own = actor.schoolId === r.school_id;
  const draft = r.status === 'draft';
  const mine = r.started_by === actor.userId;
  return {
    submit: own && draft && (mine || hasPermission(actor, 'checklist', 'update')),
    discard: own && draft && (mine || hasPermission(actor, 'checklist', 'delete')),
    correct: own && !draft && r.corrected_by_result_id === null && (r.submitted_by === actor.userId || hasPermission(actor, 'checklist', 'update')),
  };
}

export function assertMayFinishDraft(actor: Actor, r: { started_by: number }): void {
  if (r.started_by !== actor.userId && !hasPermission(actor, 'checklist', 'update')) throw forbidden('只能由开始填写的人提交或保存这份检查记录');
}

export function assertMayDiscardDraft(actor: Actor, r: { started_by: number }): void {
  if (r.started_by !== actor.userId && !hasPermission(actor, 'checklist', 'delete')) throw forbidden('只能由开始填写的人放弃这份检查记录');
}

export function assertMayCorrect(actor: Actor, r: { submitted_by: number | null }): void {
  if (r.submitted_by !== actor.userId && !hasPermission(actor, 'checklist', 'update')) throw forbidden('只能由原检查人或检查表管理人员更正检查记录');
}

/** The one-tap 报修 button on a failed item of a submitted result. */
export function canRaiseRepair(
  actor: Actor,
  r: { school_id: number; status: string },
  item: { outcome: ItemOutcome | null; raisesRepair: boolean; repairRequestId: number | null; raisedAt: string | null },
): boolean {
  return actor.schoolId === r.school_id && r.status === 'submitted' && item.outcome !== null && isFailing(item.outcome)
    && item.raisesRepair && item.repairRequestId === null && item.raisedAt === null
    && hasPermission(actor, 'repair', 'create') && repairRaiser() !== null;
}
