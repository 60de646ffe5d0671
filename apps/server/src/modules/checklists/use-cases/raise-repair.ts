import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { parseStoredValue } from '../../../platform/checklists/checklist-answers.js';
import { checklistError } from '../../../platform/checklists/checklist-errors.js';
import { parseChecklistItems } from '../../../platform/checklists/checklist-items.js';
import { type ItemOutcome, isFailing } from '../../../platform/checklists/checklist-kinds.js';
import { type RepairDraft, repairDraftOf, repairRaiser } from '../../../platform/checklists/repair-raiser.js';
import { type Tx, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { requireInSchool } from '../../../platform/http/scoped-crud.js';
import { type ResultScope, findResultItemRows, findResultRow, findVersionItems } from '../checklist-results.repository.js';
import type { RaiseRepairBody } from '../checklist-results.schemas.js';

type Conn = Kysely<Database> | Tx;

/** A submitted result's item, its definition and the repair it proposes. */
async function loadFailedItem(db: Conn, scope: ResultScope, id: number, key: string) {
  const result = await findResultRow(db, scope, id);
  if (!result) throw notFound('检查记录');
  if (result.status !== 'submitted') throw checklistError('CHECKLIST_RESULT_NOT_SUBMITTED', '检查记录提交后才能报修');
  const item = (await findResultItemRows(db, [result.school_id], [result.id])).find((i) => i.item_key === key);
  const definition = parseChecklistItems((await findVersionItems(db, [result.school_id], [result.template_version_id])).get(result.template_version_id) ?? '[]')
    .find((d) => d.key === key);
  if (!item || !definition) throw notFound('检查项');
  const value = parseStoredValue(item.answer);
  const draft = repairDraftOf({ templateName: result.template_name, item: definition, value, remark: item.remark, outcome: item.outcome as ItemOutcome, roomId: result.room_id });
  return { result, item, definition, draft };
}

export interface RepairDraftInfo { draft: RepairDraft; raiserAvailable: boolean; repairRequestId: number | null }

/** What one tap would send, for the confirmation sheet; changes nothing. */
export async function showRepairDraft(db: Db, scope: ResultScope, id: number, key: string): Promise<RepairDraftInfo> {
  const { item, draft } = await loadFailedItem(db.kysely, scope, id, key);
  return { draft, raiserAvailable: repairRaiser() !== null, repairRequestId: item.repair_request_id };
}

/**
 * Raises a repair request from a failed or out-of-limit item, once. The item is claimed with a
 * conditional update before the repairs module is called, so two taps (or two people) at the
 * same moment create one request; the claim and the request commit or roll back together.
 */
export async function raiseRepairFromItem(db: Db, actor: Actor, id: number, key: string, body: RaiseRepairBody): Promise<{ draft: RepairDraft; repairRequestId: number }> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db.kysely, async (tx) => {
    const { result, item, definition, draft: proposed } = await loadFailedItem(tx, { schoolIds: [schoolId] }, id, key);
    if (!isFailing(item.outcome as ItemOutcome)) throw checklistError('CHECKLIST_ITEM_NOT_FAILED', `「${definition.label}」检查合格，无需报修`);
    if (!definition.raisesRepair) throw checklistError('CHECKLIST_ITEM_NOT_FAILED', `「${definition.label}」没有设置“不合格时报修”，请直接新建报修单`);
    if (item.repair_request_id !== null || item.repair_raised_at !== null) {
      throw checklistError('CHECKLIST_REPAIR_ALREADY_RAISED', `「${definition.label}」已经报修过${item.repair_request_id ? `（报修单 ${item.repair_request_id}）` : ''}，不会重复报修`);
    }
    const raiser = repairRaiser();
    if (!raiser) throw checklistError('CHECKLIST_REPAIRS_UNAVAILABLE', '报修模块暂不可用，无法一键报修；请联系管理员或稍后再试');
    if (body.roomId) await requireInSchool(tx, 'rooms', body.roomId, schoolId, '报修地点');
    const draft: RepairDraft = {
      roomId: body.roomId !== undefined ? body.roomId : proposed.roomId,
      categoryName: body.categoryName !== undefined ? (body.categoryName?.trim() || null) : proposed.categoryName,
      description: body.description?.trim() || proposed.description,
    };
    const now = nowIso();
    const claimed = await tx.updateTable('checklist_result_items')
      .set({ repair_raised_by: actor.userId, repair_raised_at: now })
      .where('school_id', '=', schoolId).where('id', '=', item.id).where('repair_raised_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw checklistError('CHECKLIST_REPAIR_ALREADY_RAISED', `「${definition.label}」已经报修过，不会重复报修`);

    const photoFileIds = (await findResultItemRows(tx, [schoolId], [result.id]))
      .filter((i) => i.item_type === 'photo').flatMap((i) => (parseStoredValue(i.answer) as number[] | null) ?? []);
    const raised = await raiser({
      tx, actor, schoolId, draft,
      source: {
        resultId: result.id, itemKey: key, itemLabel: definition.label, templateName: result.template_name,
        ownerType: result.owner_type, ownerId: result.owner_id, photoFileIds,
      },
    });
    await tx.updateTable('checklist_result_items').set({ repair_request_id: raised.id }).where('school_id', '=', schoolId).where('id', '=', item.id).execute();
    await recordAudit(tx, auditContextOf(actor), {
      entity: 'checklist_result', entityId: result.id, action: 'raise_repair', schoolId,
      after: { item_key: key, label: definition.label, repair_request_id: raised.id, description: draft.description },
    });
    return { draft, repairRequestId: raised.id };
  });
}
