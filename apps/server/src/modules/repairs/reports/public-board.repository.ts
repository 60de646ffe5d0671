import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { Period } from './report-scope.js';
import { DONE_STATUSES } from './summary.repository.js';

/** Requests the board leaves out: withdrawn by their requester, or folded into another request shown in their place. */
const HIDDEN_STATUSES = ['cancelled', 'merged'];

/** The school behind a public code, only while its board is on: an unknown school and a closed board look the same. */
export async function boardSchoolOf(db: Kysely<Database>, code: string) {
  return db.selectFrom('schools as s').innerJoin('repair_settings as rs', 'rs.school_id', 's.id')
    .select(['s.id', 's.name', 's.timezone']).where('s.code', '=', code).where('rs.public_board', '=', 1).executeTakeFirst();
}

/**
 * The newest requests of one school (index repair_requests_reported), with only the columns the
 * board may show: no description, no free-text place, no user id.
 */
export async function recentBoardRows(db: Kysely<Database>, schoolId: number, limit: number) {
  return db.selectFrom('repair_requests as rr')
    .innerJoin('repair_categories as c', 'c.id', 'rr.category_id')
    .innerJoin('users as u', 'u.id', 'rr.requester_id')
    .leftJoin('buildings as b', 'b.id', 'rr.building_id')
    .leftJoin('rooms as r', 'r.id', 'rr.room_id')
    .leftJoin('work_orders as wo', 'wo.request_id', 'rr.id')
    .select([
      'rr.id', 'rr.reported_at', 'rr.status', 'c.name as category_name', 'u.name as requester_name', 'b.name as building_name',
      'r.name as room_name', 'wo.status as work_status', 'wo.completed_at',
    ])
    .where('rr.school_id', '=', schoolId)
    .where('rr.status', 'not in', HIDDEN_STATUSES)
    .orderBy('rr.reported_at', 'desc').orderBy('rr.id', 'desc')
    .limit(limit)
    .execute();
}

const n = (v: number | string | null | undefined): number => Number(v ?? 0);

/** One month's public figures: requests reported, their finished work and how much of it was on time. */
export async function boardMonthTotals(db: Kysely<Database>, schoolId: number, p: Period) {
  const r = await db.selectFrom('repair_requests as rr')
    .leftJoin('work_orders as wo', 'wo.request_id', 'rr.id')
    .select([
      sql<number>`count(*)`.as('reported'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) then 1 else 0 end)`.as('completed'),
      sql<number>`sum(case when wo.status in (${sql.join(DONE_STATUSES)}) and wo.completed_at <= wo.resolve_due_at then 1 else 0 end)`.as('on_time'),
    ])
    .where('rr.school_id', '=', schoolId)
    .where('rr.status', 'not in', HIDDEN_STATUSES)
    .where('rr.reported_at', '>=', p.start).where('rr.reported_at', '<', p.end)
    .executeTakeFirst();
  return { reported: n(r?.reported), completed: n(r?.completed), onTime: n(r?.on_time) };
}
