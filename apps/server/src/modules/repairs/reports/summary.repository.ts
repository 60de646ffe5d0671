import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Period } from './report-scope.js';

/** Work orders that count as done: waiting for or past acceptance (a reopened one is back at work). */
export const DONE_STATUSES = ['completed', 'confirmed'];

const n = (v: number | string | null | undefined): number => Number(v ?? 0);

/** The schools a report adds up: one school, or every school of a district. */
export type ReportSchools = readonly number[];

/** Requests reported in the period (school-local dates), the base of every count. */
function requestsIn(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  const ids = schoolIds.length ? [...schoolIds] : [-1];
  return db.selectFrom('repair_requests as rr').where('rr.school_id', 'in', ids).where('rr.reported_at', '>=', p.start).where('rr.reported_at', '<', p.end);
}

function workOrdersIn(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  return requestsIn(db, schoolIds, p).innerJoin('work_orders as wo', 'wo.request_id', 'rr.id').where('wo.school_id', 'in', schoolIds.length ? [...schoolIds] : [-1]);
}

export async function requestTotals(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  const r = await requestsIn(db, schoolIds, p)
    .select([sql<number>`count(*)`.as('n'), sql<number>`sum(case when rr.repeat_of_id is not null then 1 else 0 end)`.as('repeats')])
    .executeTakeFirst();
  return { requests: n(r?.n), repeats: n(r?.repeats) };
}

export async function countsByCategory(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  const rows = await requestsIn(db, schoolIds, p).innerJoin('repair_categories as c', 'c.id', 'rr.category_id')
    .select(['c.id', 'c.name', sql<number>`count(*)`.as('n')]).groupBy(['c.id', 'c.name']).orderBy('c.id').execute();
  return rows.map((r) => ({ key: r.id, label: r.name, count: n(r.n) }));
}

export async function countsByBuilding(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  const rows = await requestsIn(db, schoolIds, p).leftJoin('buildings as b', 'b.id', 'rr.building_id')
    .select(['rr.building_id', 'b.name', sql<number>`count(*)`.as('n')]).groupBy(['rr.building_id', 'b.name']).orderBy('rr.building_id').execute();
  return rows.map((r) => ({ key: r.building_id, label: r.name ?? '未指定楼宇', count: n(r.n) }));
}

export async function countsBySchool(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  const rows = await requestsIn(db, schoolIds, p).innerJoin('schools as s', 's.id', 'rr.school_id')
    .select(['s.id', 's.name', sql<number>`count(*)`.as('n')]).groupBy(['s.id', 's.name']).orderBy('s.id').execute();
  return rows.map((r) => ({ key: r.id, label: r.name, count: n(r.n) }));
}

/** One month's report count. */
export async function monthRequests(db: Kysely<Database>, schoolIds: ReportSchools, p: Period): Promise<number> {
  const r = await requestsIn(db, schoolIds, p).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return n(r?.n);
}

/**
 * Every work order of the period in one read: what the technician, cost, satisfaction, on-time
 * and duration tables are added up from (summary.ts). One pass instead of one join per
 * table: over a district each join of requests to work orders is a scan of the work orders.
 * The first 接单 comes from the timeline, since a 返修 accepts again.
 */
export async function workOrderRows(db: Kysely<Database>, schoolIds: ReportSchools, p: Period) {
  return workOrdersIn(db, schoolIds, p)
    .innerJoin('repair_categories as c', 'c.id', 'wo.category_id')
    .leftJoin('users as u', 'u.id', 'wo.assignee_id')
    .select((eb) => [
      'rr.reported_at', 'wo.status', 'wo.completed_at', 'wo.respond_due_at', 'wo.resolve_due_at', 'wo.assignee_id', 'u.name as assignee_name',
      'wo.category_id', 'c.name as category_name', 'wo.cost_fen', 'wo.rating',
      eb.selectFrom('repair_events as e').select((e) => e.fn.min('e.at').as('first')).whereRef('e.work_order_id', '=', 'wo.id').where('e.kind', '=', 'accepted').as('first_accepted_at'),
    ])
    .execute();
}

export type WorkOrderRow = Awaited<ReturnType<typeof workOrderRows>>[number];
