import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { DialectName } from '../../platform/db/database.js';
import { containsInsensitive } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate } from '../../platform/http/pagination.js';
import { CLOCK_RUNNING_STATUSES } from './work-order.state.js';

type Conn = Kysely<Database> | Tx;

/**
 * Which requests and work orders an actor may read. School-wide roles see their schools; a
 * teacher or technician ("own" scope) sees what they follow (reported, 跟进, merged into) and
 * what is or was assigned to them or waits in their team's queue; a department scope adds the
 * reports of their department's people. An account of a contractor (外包单位) sees only the work
 * outsourced to its company, whatever its role's data scope says.
 */
export interface RepairScope {
  schoolIds: number[];
  own: null | { userId: number; teamIds: number[]; departmentId: number | null };
  contractorId?: number | null;
}

export function repairScopeOf(actor: Actor, teamIds: number[], contractorId: number | null = null): RepairScope {
  if (contractorId !== null) return { schoolIds: actor.schoolId === null ? [] : [actor.schoolId], own: null, contractorId };
  if (actor.dataScope === 'school' || actor.dataScope === 'district') return { schoolIds: actor.readableSchoolIds, own: null };
  return {
    schoolIds: actor.schoolId === null ? [] : [actor.schoolId],
    own: { userId: actor.userId, teamIds, departmentId: actor.dataScope === 'department' ? actor.departmentId : null },
  };
}

/** Requests (each with its work order, if any) within the scope. */
export function itemBase(db: Conn, scope: RepairScope) {
  const schoolIds = scope.schoolIds.length ? scope.schoolIds : [-1];
  let q = db.selectFrom('repair_requests as rr')
    .leftJoin('work_orders as wo', 'wo.request_id', 'rr.id')
    .where('rr.school_id', 'in', schoolIds);
  if (scope.contractorId != null) return q.where('wo.contractor_id', '=', scope.contractorId);
  const own = scope.own;
  if (own) {
    q = q.where((eb) => eb.or([
      eb.exists(eb.selectFrom('repair_request_followers as f').select('f.request_id').whereRef('f.request_id', '=', 'rr.id').where('f.user_id', '=', own.userId)),
      eb.exists(eb.selectFrom('work_order_assignments as a').select('a.id').whereRef('a.work_order_id', '=', 'wo.id').where('a.assignee_id', '=', own.userId)),
      ...(own.teamIds.length ? [eb.and([eb('wo.assignee_id', 'is', null), eb('wo.team_id', 'in', own.teamIds)])] : []),
      ...(own.departmentId !== null ? [eb('rr.requester_department_id', '=', own.departmentId)] : []),
    ]));
  }
  return q;
}

type ItemBase = ReturnType<typeof itemBase>;

export function withItemColumns<Q extends ItemBase>(q: Q) {
  return q
    .innerJoin('repair_categories as c', 'c.id', 'rr.category_id')
    .innerJoin('users as ru', 'ru.id', 'rr.requester_id')
    .leftJoin('rooms as rm', 'rm.id', 'rr.room_id')
    .leftJoin('buildings as b', 'b.id', 'rr.building_id')
    .leftJoin('users as au', 'au.id', 'wo.assignee_id')
    .leftJoin('repair_teams as t', 't.id', 'wo.team_id')
    .leftJoin('contractors as ct', 'ct.id', 'wo.contractor_id')
    .leftJoin('assets as ast', 'ast.id', 'rr.asset_id')
    .select([
      'rr.id', 'rr.school_id', 'rr.requester_id', 'ru.name as requester_name', 'ru.phone as requester_phone', 'rr.room_id', 'rm.name as room_name',
      'rm.floor as room_floor', 'rr.location_text', 'rr.campus_id', 'rr.building_id', 'b.name as building_name', 'rr.category_id',
      'c.name as category_name', 'rr.description', 'rr.urgency', 'rr.preferred_at', 'rr.status', 'rr.merged_into_id', 'rr.decline_reason',
      'rr.cancel_reason', 'rr.repeat_of_id', 'rr.reported_at', 'rr.closed_at', 'rr.version',
      'wo.id as wo_id', 'wo.status as wo_status', 'wo.assignee_id', 'au.name as assignee_name', 'wo.team_id', 't.name as team_name',
      'wo.assigned_at', 'wo.accepted_at', 'wo.started_at', 'wo.paused_at', 'wo.pause_reason', 'wo.completed_at', 'wo.confirmed_at',
      'wo.auto_confirmed', 'wo.cancelled_at', 'wo.cancel_reason', 'wo.paused_minutes', 'wo.respond_due_at', 'wo.resolve_due_at', 'wo.reopen_count',
      'wo.labor_minutes', 'wo.cost_fen', 'wo.completion_note', 'wo.rating', 'wo.rating_comment', 'wo.version as wo_version',
      'wo.contractor_id', 'ct.name as contractor_name', 'wo.quote_fen', 'rr.asset_id', 'ast.name as asset_name', 'ast.code as asset_code',
      'rr.source', 'rr.maintenance_occurrence_id',
    ]);
}

export type ItemRow = Awaited<ReturnType<ReturnType<typeof withItemColumns<ItemBase>>['execute']>>[number];
/** A request as lists present it (the requester's phone is for the work order's detail only). */
export type RequestItem = Omit<ItemRow, 'requester_phone'>;

export async function findItemByRequest(db: Conn, scope: RepairScope, id: number): Promise<ItemRow | undefined> {
  return withItemColumns(itemBase(db, scope).where('rr.id', '=', id)).executeTakeFirst();
}

export async function findItemByWorkOrder(db: Conn, scope: RepairScope, workOrderId: number): Promise<ItemRow | undefined> {
  return withItemColumns(itemBase(db, scope).where('wo.id', '=', workOrderId).where('wo.school_id', 'in', scope.schoolIds)).executeTakeFirst();
}

export interface RequestFilters {
  mine?: boolean | undefined;
  status?: string | undefined;
  open?: boolean | undefined;
  categoryId?: number | undefined;
  roomId?: number | undefined;
  buildingId?: number | undefined;
  urgency?: string | undefined;
  q?: string | undefined;
  reportedFrom?: string | undefined;
  reportedTo?: string | undefined;
}

const REQUEST_SORTS = { reportedAt: 'rr.reported_at', resolveDueAt: 'wo.resolve_due_at' } as const;
export type RequestSort = keyof typeof REQUEST_SORTS;

export async function listRequests(
  db: Conn, dialect: DialectName, scope: RepairScope, actor: Actor, f: RequestFilters, sort: [RequestSort, 'asc' | 'desc'], paging: Paging,
) {
  let q = itemBase(db, scope);
  if (f.mine) q = q.where('rr.requester_id', '=', actor.userId);
  if (f.status) q = q.where('rr.status', '=', f.status);
  if (f.open === true) q = q.where('rr.closed_at', 'is', null);
  if (f.open === false) q = q.where('rr.closed_at', 'is not', null);
  if (f.categoryId !== undefined) q = q.where('rr.category_id', '=', f.categoryId);
  if (f.roomId !== undefined) q = q.where('rr.room_id', '=', f.roomId);
  if (f.buildingId !== undefined) q = q.where('rr.building_id', '=', f.buildingId);
  if (f.urgency) q = q.where('rr.urgency', '=', f.urgency);
  if (f.reportedFrom) q = q.where('rr.reported_at', '>=', f.reportedFrom);
  if (f.reportedTo) q = q.where('rr.reported_at', '<', f.reportedTo);
  const needle = f.q?.trim();
  if (needle) q = q.where((eb) => containsInsensitive(dialect, eb.ref('rr.description'), needle));
  const [key, dir] = sort;
  return paginate(q, paging, (b) => withItemColumns(b).orderBy(REQUEST_SORTS[key], dir).orderBy('rr.id', dir));
}

export interface WorkOrderFilters {
  state?: 'open' | 'completed' | 'closed' | 'all' | undefined;
  status?: string | undefined;
  categoryId?: number | undefined;
  campusId?: number | undefined;
  buildingId?: number | undefined;
  assigneeId?: number | undefined;
  teamId?: number | undefined;
  unassigned?: boolean | undefined;
  urgency?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
}

const STATE_STATUSES: Record<'open' | 'completed' | 'closed', string[]> = {
  open: ['pending_dispatch', 'assigned', 'accepted', 'in_progress', 'paused'],
  completed: ['completed'],
  closed: ['confirmed', 'cancelled'],
};

const WORK_ORDER_SORTS = { resolveDueAt: 'wo.resolve_due_at', reportedAt: 'rr.reported_at', respondDueAt: 'wo.respond_due_at' } as const;
export type WorkOrderSort = keyof typeof WORK_ORDER_SORTS;

type BoardDb = Database & { wo: Database['work_orders'] };

/**
 * The board's conditions on a work order of the scope. Only `wo` is referenced: the request is
 * reached by key in subqueries, so a count needs nothing but the work-order index.
 */
function boardWhere(eb: ExpressionBuilder<BoardDb, 'wo'>, dialect: DialectName, scope: RepairScope, f: WorkOrderFilters, now: Date, schoolOnWo: boolean): Expression<SqlBool> {
  const request = () => eb.selectFrom('repair_requests as r').select('r.id').whereRef('r.id', '=', 'wo.request_id');
  const all: Expression<SqlBool>[] = [];
  if (schoolOnWo) all.push(eb('wo.school_id', 'in', scope.schoolIds.length ? scope.schoolIds : [-1]));
  if (scope.contractorId != null) all.push(eb('wo.contractor_id', '=', scope.contractorId));
  else if (scope.own) {
    const own = scope.own;
    all.push(eb.or([
      eb.exists(eb.selectFrom('repair_request_followers as f').select('f.request_id').whereRef('f.request_id', '=', 'wo.request_id').where('f.user_id', '=', own.userId)),
      eb.exists(eb.selectFrom('work_order_assignments as a').select('a.id').whereRef('a.work_order_id', '=', 'wo.id').where('a.assignee_id', '=', own.userId)),
      ...(own.teamIds.length ? [eb.and([eb('wo.assignee_id', 'is', null), eb('wo.team_id', 'in', own.teamIds)])] : []),
      ...(own.departmentId !== null ? [eb.exists(request().where('r.requester_department_id', '=', own.departmentId))] : []),
    ]));
  }
  if (f.status) all.push(eb('wo.status', '=', f.status));
  else if (f.state !== 'all') all.push(eb('wo.status', 'in', STATE_STATUSES[f.state ?? 'open']));
  if (f.categoryId !== undefined) all.push(eb('wo.category_id', '=', f.categoryId));
  if (f.campusId !== undefined) all.push(eb('wo.campus_id', '=', f.campusId));
  if (f.buildingId !== undefined) all.push(eb('wo.building_id', '=', f.buildingId));
  if (f.assigneeId !== undefined) all.push(eb('wo.assignee_id', '=', f.assigneeId));
  if (f.teamId !== undefined) all.push(eb('wo.team_id', '=', f.teamId));
  if (f.unassigned) all.push(eb('wo.assignee_id', 'is', null));
  if (f.urgency) all.push(eb('wo.urgency', '=', f.urgency));
  if (f.overdue !== undefined) {
    const at = now.toISOString();
    const late = sql<SqlBool>`((wo.status in (${sql.join(CLOCK_RUNNING_STATUSES)}) and wo.resolve_due_at < ${at}) or (wo.status = 'paused' and wo.paused_at > wo.resolve_due_at))`;
    all.push(f.overdue ? late : sql<SqlBool>`not ${late}`);
  }
  const needle = f.q?.trim();
  if (needle) all.push(eb.exists(request().where((r) => containsInsensitive(dialect, r.ref('r.description'), needle))));
  return eb.and(all);
}

/**
 * The board in three narrow steps: the count on work orders alone, the page's ids in order, then
 * the full rows of just those ids. Joining names and places for the page only keeps the wide join
 * (and PostgreSQL's planning of it) off the thousands of rows a school has. Sorted by report time,
 * the page walks the requests' (school, reported_at) index instead, so the school filter goes
 * there: filtering both tables made PostgreSQL square the selectivity and sort the whole school.
 */
export async function listWorkOrders(
  db: Conn, dialect: DialectName, scope: RepairScope, f: WorkOrderFilters, sort: [WorkOrderSort, 'asc' | 'desc'], paging: Paging, now: Date,
) {
  const [key, dir] = sort;
  const countRow = await db.selectFrom('work_orders as wo').select(sql<number | string>`count(*)`.as('n'))
    .where((eb) => boardWhere(eb, dialect, scope, f, now, true)).executeTakeFirst();
  const total = Number(countRow?.n ?? 0);
  const offset = (paging.page - 1) * paging.pageSize;
  const empty = { items: [] as ItemRow[], total, page: paging.page, pageSize: paging.pageSize };
  if (total <= offset) return empty;
  const page = key === 'reportedAt'
    ? await db.selectFrom('work_orders as wo').innerJoin('repair_requests as rr', 'rr.id', 'wo.request_id').select('wo.id')
      .where('rr.school_id', 'in', scope.schoolIds.length ? scope.schoolIds : [-1]).where((eb) => boardWhere(eb, dialect, scope, f, now, false))
      .orderBy('rr.reported_at', dir).orderBy('wo.id', dir).limit(paging.pageSize).offset(offset).execute()
    : await db.selectFrom('work_orders as wo').select('wo.id').where((eb) => boardWhere(eb, dialect, scope, f, now, true))
      .orderBy(WORK_ORDER_SORTS[key], dir).orderBy('wo.id', dir).limit(paging.pageSize).offset(offset).execute();
  const ids = page.map((r) => r.id);
  if (ids.length === 0) return empty;
  const rows = await withItemColumns(itemBase(db, { schoolIds: scope.schoolIds, own: null }).where('wo.id', 'in', ids)).execute();
  const byId = new Map(rows.map((r) => [r.wo_id, r]));
  return { ...empty, items: ids.map((id) => byId.get(id)).filter((r): r is ItemRow => r !== undefined) };
}

/**
 * A technician's own queue: theirs, and unclaimed jobs of their teams, by resolution deadline. A
 * contractor's account sees, within its company's work, its own jobs and those nobody has taken yet.
 */
export async function listQueue(
  db: Conn, schoolId: number, userId: number, teamIds: number[], statuses: readonly string[], paging: Paging, contractorId: number | null = null,
) {
  const scope: RepairScope = { schoolIds: [schoolId], own: null, contractorId };
  const q = itemBase(db, scope)
    .where('wo.school_id', '=', schoolId)
    .where('wo.status', 'in', [...statuses])
    .where((eb) => eb.or([
      eb('wo.assignee_id', '=', userId),
      ...(teamIds.length ? [eb.and([eb('wo.assignee_id', 'is', null), eb('wo.team_id', 'in', teamIds)])] : []),
      ...(contractorId !== null ? [eb.and([eb('wo.assignee_id', 'is', null), eb('wo.contractor_id', '=', contractorId)])] : []),
    ]));
  return paginate(q, paging, (b) => withItemColumns(b).orderBy('wo.resolve_due_at', 'asc').orderBy('wo.id', 'asc'));
}

/** Open requests of the same room (or asset) and category: the 跟进 check before submitting. */
export async function findOpenDuplicates(db: Conn, schoolId: number, where: { roomId: number; categoryId?: number | undefined }) {
  let q = itemBase(db, { schoolIds: [schoolId], own: null })
    .where('rr.room_id', '=', where.roomId)
    .where('rr.closed_at', 'is', null);
  if (where.categoryId !== undefined) q = q.where('rr.category_id', '=', where.categoryId);
  return withItemColumns(q).orderBy('rr.reported_at', 'desc').limit(10).execute();
}

/** Who follows each request (for "following" flags and notices). */
export async function followersOf(db: Conn, schoolId: number, requestIds: number[]): Promise<{ request_id: number; user_id: number }[]> {
  if (requestIds.length === 0) return [];
  return db.selectFrom('repair_request_followers').select(['request_id', 'user_id'])
    .where('school_id', '=', schoolId).where('request_id', 'in', requestIds).execute();
}
