import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { SYSTEM_AUDIT } from './generate-occurrences.js';

const BATCH = 500;
export const OCCURRENCE_SUBJECT = 'maintenance_occurrence';

/**
 * Writes down on each open occurrence how its work ended: completed when its work order is
 * completed (or confirmed) or its checklist was submitted, cancelled when the work order was
 * cancelled. "N days after the last completion" plans count from these dates. Conditional
 * updates, so two runs never record the same thing twice.
 */
export async function recordCompletions(db: Kysely<Database>): Promise<number> {
  const byWork = await db.selectFrom('maintenance_occurrences as o')
    .innerJoin('work_orders as wo', (j) => j.onRef('wo.id', '=', 'o.work_order_id').onRef('wo.school_id', '=', 'o.school_id'))
    .select(['o.id', 'o.school_id', 'wo.status', 'wo.completed_at', 'wo.cancelled_at'])
    .where('o.status', '=', 'open').where('wo.status', 'in', ['completed', 'confirmed', 'cancelled'])
    .orderBy('o.id').limit(BATCH).execute();
  const byChecklist = await db.selectFrom('maintenance_occurrences as o')
    .innerJoin('checklist_results as r', (j) => j.onRef('r.owner_id', '=', 'o.id').onRef('r.school_id', '=', 'o.school_id'))
    .select(['o.id', 'o.school_id', 'o.status', 'r.id as result_id', 'r.submitted_at'])
    .where('r.owner_type', '=', OCCURRENCE_SUBJECT).where('r.status', '=', 'submitted').where('o.checklist_result_id', 'is', null)
    .orderBy('r.id').limit(BATCH).execute();
  let done = 0;
  for (const o of byWork) {
    const cancelled = o.status === 'cancelled';
    const patch = cancelled ? { status: 'cancelled', completed_at: null } : { status: 'completed', completed_at: o.completed_at };
    done += await runInTransaction(db, async (tx) => {
      const hit = await tx.updateTable('maintenance_occurrences').set(patch).where('id', '=', o.id).where('school_id', '=', o.school_id).where('status', '=', 'open').executeTakeFirst();
      if (Number(hit.numUpdatedRows) === 0) return 0;
      await recordAudit(tx, { ...SYSTEM_AUDIT, schoolId: o.school_id }, { entity: 'maintenance_occurrence', entityId: o.id, action: cancelled ? 'cancel' : 'complete', after: patch });
      return 1;
    });
  }
  for (const o of byChecklist) {
    done += await runInTransaction(db, async (tx) => {
      const hit = await tx.updateTable('maintenance_occurrences').set({ checklist_result_id: o.result_id })
        .where('id', '=', o.id).where('school_id', '=', o.school_id).where('checklist_result_id', 'is', null).executeTakeFirst();
      if (Number(hit.numUpdatedRows) === 0) return 0;
      await tx.updateTable('maintenance_occurrences').set({ status: 'completed', completed_at: o.submitted_at })
        .where('id', '=', o.id).where('school_id', '=', o.school_id).where('status', '=', 'open').execute();
      await recordAudit(tx, { ...SYSTEM_AUDIT, schoolId: o.school_id }, { entity: 'maintenance_occurrence', entityId: o.id, action: 'checklist', after: { checklist_result_id: o.result_id } });
      return 1;
    });
  }
  return done;
}
