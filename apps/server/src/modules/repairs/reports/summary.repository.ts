import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Period } from './report-scope.js';

/** Work orders that count as done: waiting for or past acceptance (a reopened one is back at work). */
export const DONE_STATUSES = ['completed', 'confirmed'];

const n = (v: number | string | null | undefined): number => Number(v ?? 0);
const avg = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** Requests reported in the period (school-local dates), the base of every count. */
function requestsIn(db: Kysely<Database>, schoolId: number, p: Period) {
  return db.selectFrom('repair_requests as rr').where('rr.school_id', '=', schoolId).where('rr.reported_at', '>=', p.start).where('rr.reported_at', '<', p.end);
}

function workOrdersIn(db: Kysely<Database>, schoolId: number, p: Period) {
  return requestsIn(db, schoolId, p).innerJoin('work_orders as wo', 'wo.request_id', 'rr.id').where('wo.school_id', '=', schoolId);
}

export async function requestTotals(db: Kysely<Database>, schoolId: number, p: Period) {
  const r = await requestsIn(db, schoolId, p)
    .select([sql<number>`count(*)`.as('n'), sql<number>`sum(case when rr.repeat_of_id is not null then 1 else 0 end)`.as('repeats')])
    .executeTakeFirst();
  return { requests: n(r?.n), repeats: n(r?.repeats) };
}

export async function countsByCategory(db: Kysely<Database>, schoolId: number, p: Period) {
  const rows = await requestsIn(db, schoolId, p).innerJoin('repair_categories as c', 'c.id', 'rr.category_id')
    .select(['c.id', 'c.name', sql<number>`count(*)`.as('n')]).groupBy(['c.id', 'c.name']).orderBy('c.id').execute();
  return rows.map((r) => ({ key: r.id, label: r.name, count: n(r.n) }));
}

export async function countsByBuilding(db: Kysely<Database>, schoolId: number, p: Period) {
  const rows = await requestsIn(db, schoolId, p).leftJoin('buildings as b', 'b.id', 'rr.building_id')
    .select(['rr.building_id', 'b.name', sql<number>`count(*)`.as('n')]).groupBy(['rr.building_id', 'b.name']).orderBy('rr.building_id').execute();
  return rows.map((r) => ({ key: r.building_id, label: r.name ?? '未指定楼宇', count: n(r.n) }));
}

export async function countsByTechnician(db: Kysely<Database>, schoolId: number, p: Period) {
  const rows = await workOrdersIn(db, schoolId, p).leftJoin('users as u', 'u.id', 'wo.assignee_id')
    .select([
      'wo.assignee_id', 'u.name', sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) then 1 else 0 end)`.as('done'),
      sql<number | null>`avg(wo.rating)`.as('stars'),
    ])
    .groupBy(['wo.assignee_id', 'u.name']).orderBy('wo.assignee_id').execute();
  return rows.map((r) => ({ key: r.assignee_id, label: r.name ?? '未指派', count: n(r.n), completed: n(r.done), averageStars: avg(r.stars) }));
}

export async function workOrderTotals(db: Kysely<Database>, schoolId: number, p: Period) {
  const r = await workOrdersIn(db, schoolId, p)
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) then 1 else 0 end)`.as('done'),
      sql<number | null>`avg(wo.rating)`.as('stars'),
      sql<number>`count(wo.rating)`.as('rated'),
    ]).executeTakeFirst();
  return { workOrders: n(r?.n), completed: n(r?.done), averageStars: avg(r?.stars), rated: n(r?.rated) };
}

export async function costByCategory(db: Kysely<Database>, schoolId: number, p: Period) {
  const rows = await workOrdersIn(db, schoolId, p).innerJoin('repair_categories as c', 'c.id', 'wo.category_id')
    .where('wo.status', 'in', DONE_STATUSES)
    .select(['c.id', 'c.name', sql<number>`sum(wo.cost_fen)`.as('fen'), sql<number>`count(*)`.as('n')])
    .groupBy(['c.id', 'c.name']).orderBy('c.id').execute();
  return rows.map((r) => ({ key: r.id, label: r.name, costFen: n(r.fen), count: n(r.n) }));
}

/** One month's report count and cost of its finished work. */
export async function monthTotals(db: Kysely<Database>, schoolId: number, p: Period) {
  const [req, cost] = await Promise.all([
    requestsIn(db, schoolId, p).select(sql<number>`count(*)`.as('n')).executeTakeFirst(),
    workOrdersIn(db, schoolId, p).where('wo.status', 'in', DONE_STATUSES)
      .select([sql<number>`sum(wo.cost_fen)`.as('fen'), sql<number>`count(*)`.as('n')]).executeTakeFirst(),
  ]);
  return { requests: n(req?.n), costFen: n(cost?.fen), completed: n(cost?.n) };
}

/**
 * The durations behind the percentiles and on-time shares: reported, first accepted (the first
 * 接单 on the timeline, since a 返修 accepts again), completed and the due times, per work order.
 */
export async function durationRows(db: Kysely<Database>, schoolId: number, p: Period) {
  return workOrdersIn(db, schoolId, p)
    .select((eb) => [
      'rr.reported_at', 'wo.status', 'wo.completed_at', 'wo.respond_due_at', 'wo.resolve_due_at',
      eb.selectFrom('repair_events as e').select((e) => e.fn.min('e.at').as('first')).whereRef('e.work_order_id', '=', 'wo.id').where('e.kind', '=', 'accepted').as('first_accepted_at'),
    ])
    .execute();
}
