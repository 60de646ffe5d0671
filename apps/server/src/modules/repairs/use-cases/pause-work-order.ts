import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { applyWorkOrderAction, loadWorkOrderFor } from './work-order-action.js';
import { requiredText } from './required-text.js';

/** 暂停 (等配件, 无法进入 …): the resolution clock stops until the job is resumed. */
export async function pauseWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: { version: number; reason: string }): Promise<number> {
  const reason = requiredText(body.reason, 'reason', '暂停原因');
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'pause', body.version);
    await applyWorkOrderAction(c, row, 'pause', { paused_at: c.at, pause_reason: reason }, { kind: 'paused', note: reason });
    return row.wo_id;
  });
}
