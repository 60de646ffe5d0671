import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { claimAssignment } from '../writes.repository.js';
import { applyWorkOrderAction, loadWorkOrderFor } from './work-order-action.js';

/**
 * 接单: the technician takes the job. A team job is claimed by the member who accepts it. The
 * first acceptance answers the response deadline; a later one (after 转单 or 返修) keeps it.
 */
export async function acceptWorkOrder(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<number> {
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'accept', version);
    const claiming = row.assignee_id === null;
    await applyWorkOrderAction(c, row, 'accept', {
      assignee_id: row.assignee_id ?? actor.userId, accepted_at: row.accepted_at ?? c.at,
    }, { kind: 'accepted', data: claiming ? { assigneeId: actor.userId, assigneeName: actor.name } : null });
    if (claiming) await claimAssignment(c.tx, c.schoolId, row.wo_id, actor.userId);
    return row.wo_id;
  });
}
