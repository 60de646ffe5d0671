import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import type { ConfirmBody } from '../work-orders.schemas.js';
import { updateRequestIf } from '../writes.repository.js';
import { optionalText } from './required-text.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

/** 验收: the requester confirms the repair with 1–5 stars; the request is closed. */
export async function confirmWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: ConfirmBody): Promise<number> {
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'confirm', body.version);
    const comment = optionalText(body.comment);
    await applyWorkOrderAction(c, row, 'confirm', { confirmed_at: c.at, rating: body.rating, rating_comment: comment }, {
      kind: 'confirmed', note: comment, data: { rating: body.rating },
    });
    await updateRequestIf(c.tx, c.audit, {
      id: row.id, schoolId: c.schoolId, fromStatus: row.status, version: row.version, patch: { closed_at: c.at, confirmed_at: c.at }, action: 'close', label: '报修单',
    }, c.at);
    if (row.assignee_id !== null) await repairNotices(c.tx, c.schoolId, c.outbox).confirmed([row.assignee_id], subjectOf(row), body.rating);
    return row.wo_id;
  });
}
