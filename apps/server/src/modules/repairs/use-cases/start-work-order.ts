import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { applyWorkOrderAction, loadWorkOrderFor } from './work-order-action.js';

/** 开始维修: the technician is on site. */
export async function startWorkOrder(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<number> {
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'start', version);
    await applyWorkOrderAction(c, row, 'start', { started_at: row.started_at ?? c.at }, { kind: 'started' });
    return row.wo_id;
  });
}
