import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { writeContextOn } from '../../../repairs/repair-context.js';
import { requestCode, workOrderCode } from '../../../repairs/repairs.labels.js';
import { createRepairRequest } from '../../../repairs/use-cases/submit-repair-request.js';
import { damageError } from '../damages.errors.js';
import type { RaiseRepairBody } from '../damages.schemas.js';
import { act as runDamageAction } from './damage-actions.js';

const DESCRIPTION_MAX = 500;

/**
 * 发起报修 from a damage record: a repair request for the damaged card (its room filled in by the
 * repairs module from the card) through the repairs module's own use case, in the damage step's
 * transaction, so the record, its log, the card's timeline and the request commit together. The
 * record keeps the request and, when the school converts reports at once, its work order — whose
 * cost then becomes the basis of the compensation proposal. The record's photos stand as evidence.
 */
export async function raiseDamageRepair(db: Kysely<Database>, actor: Actor, id: number, body: RaiseRepairBody): Promise<void> {
  await runDamageAction(db, actor, id, body.version, 'raise_repair', async (tx, row) => {
    if (row.repair_request_id !== null || row.work_order_id !== null) {
      throw damageError('DAMAGE_REPAIR_LINKED', `该记录已关联${row.work_order_id !== null ? `维修工单 ${workOrderCode(row.work_order_id)}` : `报修单 ${requestCode(row.repair_request_id ?? 0)}`}，不能重复报修`);
    }
    const card = await tx.selectFrom('assets').select('status').where('school_id', '=', row.school_id).where('id', '=', row.asset_id).executeTakeFirstOrThrow();
    if (card.status === 'disposed') throw damageError('DAMAGE_ILLEGAL_STEP', `资产 ${row.asset_code} 已处置，不能报修`);
    const description = (body.description?.trim() || `${row.asset_name}（${row.asset_code}）损坏：${row.description}`).slice(0, DESCRIPTION_MAX);
    const c = writeContextOn(tx, actor, row.school_id);
    const { id: requestId, item } = await createRepairRequest(c, actor, {
      assetId: row.asset_id, categoryId: body.categoryId, description, urgency: body.urgency ?? 'normal',
    }, { photosOptional: true, eventData: { damageId: row.id } });
    const code = item.wo_id !== null ? `维修工单 ${workOrderCode(item.wo_id)}` : `报修单 ${requestCode(requestId)}（待受理）`;
    return { patch: { repair_request_id: requestId, work_order_id: item.wo_id }, note: `已报修，${code}：${description}` };
  });
}
