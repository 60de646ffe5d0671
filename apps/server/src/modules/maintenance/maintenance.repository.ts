import { ROOM_TYPE_LABELS, type RoomType } from '@houqin/contracts';
import { type Kysely, sql } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { DialectName } from '../../platform/db/database.js';
import { containsInsensitive } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import type { PLAN_SORTS, TargetType } from './maintenance.schemas.js';

type Conn = Kysely<Database> | Tx;

export interface PlanFilters { q?: string | undefined; active?: boolean | undefined; targetType?: TargetType | undefined }

function planScope(db: Conn, schoolIds: number[]) {
  return db.selectFrom('maintenance_plans as p').where('p.school_id', 'in', schoolIds.length ? schoolIds : [0]);
}
type PlanBase = ReturnType<typeof planScope>;

function planBase(db: Conn, dialect: DialectName, schoolIds: number[], f: PlanFilters): PlanBase {
  let q = planScope(db, schoolIds);
  if (f.active !== undefined) q = q.where('p.active', '=', f.active ? 1 : 0);
  if (f.targetType) q = q.where('p.target_type', '=', f.targetType);
  if (f.q?.trim()) q = q.where(containsInsensitive(dialect, sql.ref('p.name'), f.q.trim()));
  return q;
}
function withPlanColumns<Q extends PlanBase>(q: Q) {
  return q
    .leftJoin('checklist_templates as ct', (j) => j.onRef('ct.id', '=', 'p.checklist_template_id').onRef('ct.school_id', '=', 'p.school_id'))
    .leftJoin('repair_categories as rc', (j) => j.onRef('rc.id', '=', 'p.category_id').onRef('rc.school_id', '=', 'p.school_id'))
    .leftJoin('users as ua', (j) => j.onRef('ua.id', '=', 'p.assignee_id').onRef('ua.school_id', '=', 'p.school_id'))
    .leftJoin('repair_teams as t', (j) => j.onRef('t.id', '=', 'p.team_id').onRef('t.school_id', '=', 'p.school_id'))
    .leftJoin('users as uo', (j) => j.onRef('uo.id', '=', 'p.owner_id').onRef('uo.school_id', '=', 'p.school_id'))
    .selectAll('p')
    .select((eb) => [
      'ct.name as checklist_name', 'rc.name as category_name', 'ua.name as assignee_name', 't.name as team_name', 'uo.name as owner_name',
      eb.selectFrom('maintenance_occurrences as o').select((e) => e.fn.min('o.due_date').as('d'))
        .whereRef('o.plan_id', '=', 'p.id').where('o.status', '=', 'open').as('next_open_due'),
      eb.selectFrom('maintenance_occurrences as o').select((e) => e.fn.countAll().as('n'))
        .whereRef('o.plan_id', '=', 'p.id').where('o.status', '=', 'open').as('open_count'),
      eb.selectFrom('maintenance_occurrences as o').select((e) => e.fn.countAll().as('n'))
        .whereRef('o.plan_id', '=', 'p.id').as('generated_count'),
      eb.selectFrom('maintenance_occurrences as o').select((e) => e.fn.max('o.completed_at').as('d'))
        .whereRef('o.plan_id', '=', 'p.id').as('last_completed_at'),
    ]);
}
export type PlanRow = Awaited<ReturnType<ReturnType<typeof withPlanColumns<PlanBase>>['execute']>>[number];

const SORT_COLUMNS = { name: 'p.name', createdAt: 'p.created_at' } as const;

export async function listPlans(db: Conn, dialect: DialectName, schoolIds: number[], f: PlanFilters, sort: string | undefined, paging: Paging) {
  const [key, dir] = parseSort<(typeof PLAN_SORTS)[number]>(sort, 'name');
  return paginate(planBase(db, dialect, schoolIds, f), paging, (q) => withPlanColumns(q).orderBy(SORT_COLUMNS[key], dir).orderBy('p.id'));
}

/** Every plan the filters match, for the export (no paging; a school has dozens, not thousands). */
export async function listAllPlans(db: Conn, dialect: DialectName, schoolIds: number[], f: PlanFilters, sort: string | undefined) {
  const [key, dir] = parseSort<(typeof PLAN_SORTS)[number]>(sort, 'name');
  return withPlanColumns(planBase(db, dialect, schoolIds, f)).orderBy(SORT_COLUMNS[key], dir).orderBy('p.id').limit(5000).execute();
}

export async function findPlan(db: Conn, schoolIds: number[], id: number): Promise<PlanRow | undefined> {
  return withPlanColumns(planScope(db, schoolIds).where('p.id', '=', id))
    .executeTakeFirst();
}

export interface RoomRef { id: number; name: string; campusId: number; buildingId: number | null }

const roomName = (r: { name: string; building_name: string | null }) => (r.building_name ? `${r.building_name} ${r.name}` : r.name);

/** The rooms chosen for each plan, with their building in the name. */
export async function chosenRooms(db: Conn, schoolId: number, planIds: number[]): Promise<Map<number, RoomRef[]>> {
  const out = new Map<number, RoomRef[]>();
  if (planIds.length === 0) return out;
  const rows = await db.selectFrom('maintenance_plan_targets as pt')
    .innerJoin('rooms as r', (j) => j.onRef('r.id', '=', 'pt.room_id').onRef('r.school_id', '=', 'pt.school_id'))
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .select(['pt.plan_id', 'r.id', 'r.name', 'r.campus_id', 'r.building_id', 'b.name as building_name'])
    .where('pt.school_id', '=', schoolId).where('pt.plan_id', 'in', planIds)
    .orderBy('b.name').orderBy('r.name').execute();
  for (const r of rows) {
    const list = out.get(r.plan_id) ?? [];
    list.push({ id: r.id, name: roomName(r), campusId: r.campus_id, buildingId: r.building_id });
    out.set(r.plan_id, list);
  }
  return out;
}

/** Active rooms of a type (a room-type plan covers whatever rooms of that type exist when it runs). */
export async function roomsOfType(db: Conn, schoolId: number, roomType: string): Promise<RoomRef[]> {
  const rows = await db.selectFrom('rooms as r').leftJoin('buildings as b', 'b.id', 'r.building_id')
    .select(['r.id', 'r.name', 'r.campus_id', 'r.building_id', 'b.name as building_name'])
    .where('r.school_id', '=', schoolId).where('r.room_type', '=', roomType).where('r.active', '=', 1)
    .orderBy('b.name').orderBy('r.name').limit(2000).execute();
  return rows.map((r) => ({ id: r.id, name: roomName(r), campusId: r.campus_id, buildingId: r.building_id }));
}

export const roomTypeLabel = (t: string | null): string => (t ? ROOM_TYPE_LABELS[t as RoomType] ?? t : '');

/** Rooms of the school among `ids` that are active; the caller reports the missing ones. */
export async function activeRoomIds(db: Conn, schoolId: number, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('rooms').select('id').where('school_id', '=', schoolId).where('id', 'in', ids).where('active', '=', 1).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Per target of a plan: latest completion instant, latest cancelled due date, and how many are
 * still open. Read through the work orders, so work finished a minute ago counts before the job records it.
 */
export async function completionState(db: Conn, schoolId: number, planId: number) {
  return db.selectFrom('maintenance_occurrences as o')
    .leftJoin('work_orders as wo', (j) => j.onRef('wo.id', '=', 'o.work_order_id').onRef('wo.school_id', '=', 'o.school_id'))
    .select((eb) => {
      // coalesce: an occurrence without a work order must compare false, not null, or it would count as neither open nor done.
      const woStatus = eb.fn.coalesce('wo.status', eb.val(''));
      const done = eb.or([eb('o.status', '=', 'completed'), eb(woStatus, 'in', ['completed', 'confirmed'])]);
      const cancelled = eb.or([eb('o.status', '=', 'cancelled'), eb(woStatus, '=', 'cancelled')]);
      return [
        'o.target_key',
        eb.fn.max(eb.case().when(done).then(eb.fn.coalesce('o.completed_at', 'wo.completed_at')).else(null).end()).as('last_completed_at'),
        eb.fn.max(eb.case().when(cancelled).then(eb.ref('o.due_date')).else(null).end()).as('last_cancelled_due'),
        eb.fn.sum(eb.case().when(eb.and([eb.not(done), eb.not(cancelled)])).then(1).else(0).end()).as('open_count'),
      ];
    })
    .where('o.school_id', '=', schoolId).where('o.plan_id', '=', planId).groupBy('o.target_key').execute();
}
