import type { Kysely } from 'kysely';
import { hasPermission } from '../../platform/authz/actor.js';
import { registerChecklistSubject } from '../../platform/checklists/checklist-subjects.js';
import type { Database } from '../../platform/db/schema.js';
import { teamIdsOf } from '../repairs/settings.repository.js';
import { OCCURRENCE_SUBJECT } from './use-cases/record-completions.js';

async function describeOccurrences(db: Kysely<Database>, schoolIds: number[], ids: number[]) {
  const out = new Map<number, { name: string; roomId: number | null }>();
  if (schoolIds.length === 0 || ids.length === 0) return out;
  const rows = await db.selectFrom('maintenance_occurrences as o')
    .innerJoin('maintenance_plans as p', (j) => j.onRef('p.id', '=', 'o.plan_id').onRef('p.school_id', '=', 'o.school_id'))
    .leftJoin('rooms as r', (j) => j.onRef('r.id', '=', 'o.room_id').onRef('r.school_id', '=', 'o.school_id'))
    .select(['o.id', 'o.room_id', 'o.due_date', 'p.name as plan_name', 'r.name as room_name'])
    .where('o.school_id', 'in', schoolIds).where('o.id', 'in', ids).execute();
  for (const o of rows) out.set(o.id, { name: `${o.plan_name}${o.room_name ? ` · ${o.room_name}` : ''}（${o.due_date}）`, roomId: o.room_id });
  return out;
}

/**
 * A generated 保养 job as a checklist subject: its technician (or a member of its team) fills in
 * the plan's checklist; dispatchers may record it for them. Failed items raise repairs as usual.
 */
export function registerOccurrenceChecklistSubject(): void {
  registerChecklistSubject(OCCURRENCE_SUBJECT, {
    label: '保养任务',
    describe: async (db, schoolIds, id) => (await describeOccurrences(db, schoolIds, [id])).get(id),
    describeMany: describeOccurrences,
    async canRecord(db, actor, id) {
      if (actor.schoolId === null) return false;
      const row = await db.selectFrom('maintenance_occurrences as o')
        .leftJoin('work_orders as wo', (j) => j.onRef('wo.id', '=', 'o.work_order_id').onRef('wo.school_id', '=', 'o.school_id'))
        .select(['wo.assignee_id', 'wo.team_id']).where('o.id', '=', id).where('o.school_id', '=', actor.schoolId).executeTakeFirst();
      if (!row) return false;
      if (hasPermission(actor, 'work_order', 'dispatch')) return true;
      if (row.assignee_id === actor.userId) return true;
      return row.team_id !== null && (await teamIdsOf(db, actor.schoolId, actor.userId)).includes(row.team_id);
    },
  });
}
