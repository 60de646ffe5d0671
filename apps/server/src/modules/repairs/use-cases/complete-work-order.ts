import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import { followersOf } from '../repairs.repository.js';
import { loadRepairSettings } from '../settings.repository.js';
import type { CompleteBody } from '../work-orders.schemas.js';
import { claimPhotos } from './claim-photos.js';
import { optionalText } from './required-text.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

const DAY_MS = 86_400_000;

/**
 * 完工: after-photos, hours, parts and cost. Hours, parts and cost add up over a 返修; the
 * requester is asked to confirm, and the job confirms itself after the school's auto-confirm days.
 * Outsourced (委外) work must state its actual cost, shown against the quote.
 */
export async function completeWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: CompleteBody): Promise<number> {
  const parts = (body.parts ?? []).map((p, i) => {
    const name = p.name.trim();
    if (!name) throw invalidField(`parts.${i}.name`, '「配件名称」不能为空');
    return { name, quantity: p.quantity, unit: optionalText(p.unit), unitCostFen: p.unitCostFen };
  });
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'complete', body.version);
    // 委外: the contractor's bill is the cost; the quote alone says nothing about what was paid.
    if (row.contractor_id !== null && body.costFen === undefined) throw invalidField('costFen', '委外工单完工时须填写「实际费用」');
    const settings = await loadRepairSettings(c.tx, c.schoolId);
    const photos = body.photoFileIds ?? [];
    if (photos.length === 0 && settings.completionPhotoRequired) throw invalidField('photoFileIds', '请至少拍一张完工照片');
    await claimPhotos(c, actor, photos, { type: 'work_order', id: row.wo_id }, 'photoFileIds');
    if (parts.length) {
      await c.tx.insertInto('work_order_parts').values(parts.map((p) => ({
        school_id: c.schoolId, work_order_id: row.wo_id, name: p.name, quantity: p.quantity, unit: p.unit, unit_cost_fen: p.unitCostFen, created_at: c.at,
      }))).execute();
      await recordAudit(c.tx, c.audit, { entity: 'work_order', entityId: row.wo_id, action: 'parts', after: { parts }, schoolId: c.schoolId });
    }
    const costFen = body.costFen ?? parts.reduce((sum, p) => sum + Math.round(p.quantity * p.unitCostFen), 0);
    const laborMinutes = Math.round(body.laborHours * 60);
    const note = optionalText(body.note);
    await applyWorkOrderAction(c, row, 'complete', {
      completed_at: c.at, labor_minutes: (row.labor_minutes ?? 0) + laborMinutes, cost_fen: (row.cost_fen ?? 0) + costFen, completion_note: note,
      auto_confirm_at: new Date(c.now.getTime() + settings.autoConfirmDays * DAY_MS).toISOString(),
    }, { kind: 'completed', note, data: { laborHours: body.laborHours, costFen, ...(photos.length ? { fileIds: photos } : {}), parts } });
    const followers = (await followersOf(c.tx, c.schoolId, [row.id])).map((f) => f.user_id).filter((u) => u !== actor.userId);
    await repairNotices(c.tx, c.schoolId, c.outbox).completed(followers, subjectOf(row), settings.autoConfirmDays);
    return row.wo_id;
  });
}
