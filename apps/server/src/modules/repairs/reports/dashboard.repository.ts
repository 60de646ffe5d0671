import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { CLOCK_RUNNING_STATUSES } from '../work-order.state.js';
import type { Period } from './report-scope.js';
import { DONE_STATUSES } from './summary.repository.js';

const n = (v: number | string | null | undefined): number => Number(v ?? 0);
const OPEN_STATUSES = ['pending_dispatch', 'assigned', 'accepted', 'in_progress', 'paused'];

/**
 * What is on the desk right now, whenever it was reported: open work (overdue as the dispatch
 * board counts it), work waiting for 验收, and requests still waiting for 受理.
 */
export async function currentLoad(db: Kysely<Database>, schoolId: number, now: Date) {
  const at = now.toISOString();
  const late = sql<number>`case when (wo.status in (${sql.join([...CLOCK_RUNNING_STATUSES])}) and wo.resolve_due_at < ${at}) or (wo.status = 'paused' and wo.paused_at > wo.resolve_due_at) then 1 else 0 end`;
  const [wo, triage] = await Promise.all([
    db.selectFrom('work_orders as wo').where('wo.school_id', '=', schoolId).where('wo.status', 'in', [...OPEN_STATUSES, 'completed'])
      .select([
        sql<number>`sum(case when wo.status in (${sql.join(OPEN_STATUSES)}) then 1 else 0 end)`.as('open'),
        sql<number>`sum(${late})`.as('overdue'),
        sql<number>`sum(case when wo.status = 'pending_dispatch' then 1 else 0 end)`.as('dispatch'),
        sql<number>`sum(case when wo.status = 'completed' then 1 else 0 end)`.as('awaiting'),
      ]).executeTakeFirst(),
    db.selectFrom('repair_requests').where('school_id', '=', schoolId).where('status', '=', 'submitted').select(sql<number>`count(*)`.as('n')).executeTakeFirst(),
  ]);
  return { openWorkOrders: n(wo?.open), overdue: n(wo?.overdue), pendingDispatch: n(wo?.dispatch), awaitingAcceptance: n(wo?.awaiting), pendingTriage: n(triage?.n) };
}

/** One month by category: requests reported, their finished work, its cost and how much was on time. */
export async function monthByCategory(db: Kysely<Database>, schoolId: number, p: Period) {
  const rows = await db.selectFrom('repair_requests as rr')
    .leftJoin('work_orders as wo', 'wo.request_id', 'rr.id')
    .select([
      'rr.category_id',
      sql<number>`count(*)`.as('requests'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) then 1 else 0 end)`.as('completed'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) and wo.completed_at <= wo.resolve_due_at then 1 else 0 end)`.as('on_time'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) then wo.cost_fen else 0 end)`.as('fen'),
    ])
    .where('rr.school_id', '=', schoolId).where('rr.reported_at', '>=', p.start).where('rr.reported_at', '<', p.end)
    .groupBy('rr.category_id').execute();
  return rows.map((r) => ({ categoryId: r.category_id, requests: n(r.requests), completed: n(r.completed), onTime: n(r.on_time), costFen: n(r.fen) }));
}

/** Report → completion of the finished work reported in the period, per category, for its percentiles. */
export async function resolutionRows(db: Kysely<Database>, schoolId: number, p: Period) {
  return db.selectFrom('repair_requests as rr').innerJoin('work_orders as wo', 'wo.request_id', 'rr.id')
    .select(['wo.category_id', 'rr.reported_at', 'wo.completed_at'])
    .where('rr.school_id', '=', schoolId).where('wo.school_id', '=', schoolId)
    .where('rr.reported_at', '>=', p.start).where('rr.reported_at', '<', p.end)
    .where('wo.status', 'in', DONE_STATUSES)
    .execute();
}

/** The school's categories, inactive ones too: old months may still count them. */
export async function categoryNames(db: Kysely<Database>, schoolId: number) {
  return db.selectFrom('repair_categories').select(['id', 'name', 'active']).where('school_id', '=', schoolId).orderBy('sort').orderBy('id').execute();
}
