import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import { runRepairWrite } from '../repair-context.js';
import { formatWorkingMinutes, extendForStandstill } from '../sla-clock.js';
import { applyWorkOrderAction, loadWorkOrderFor } from './work-order-action.js';

/** 继续维修: the paused working time is added to the resolution deadline, so it does not count. */
export async function resumeWorkOrder(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<number> {
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'resume', version);
    const cal = await loadSchoolCalendar(c.tx, c.schoolId);
    const ext = extendForStandstill(cal, new Date(row.resolve_due_at), new Date(row.paused_at ?? c.at), c.now);
    await applyWorkOrderAction(c, row, 'resume', {
      resolve_due_at: ext.dueAt.toISOString(), paused_minutes: (row.paused_minutes ?? 0) + Math.round(ext.minutes), paused_at: null, pause_reason: null,
    }, { kind: 'resumed', note: ext.minutes > 0 ? `暂停 ${formatWorkingMinutes(ext.minutes)}（工作时间），完成时限相应顺延` : null });
    return row.wo_id;
  });
}
