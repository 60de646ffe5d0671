import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { DialectName } from '../../../platform/db/database.js';
import { containsInsensitive } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../../platform/http/pagination.js';
import { OPEN_STATUSES } from './movements.labels.js';

type Conn = Kysely<Database> | Tx;
const none = (ids: number[]) => (ids.length ? ids : [-1]);

/**
 * Which documents a reader sees: managers and readers with a school or district scope see every
 * document of their schools; a teacher sees those involving them (see involving()).
 */
export interface MovementScope { schoolIds: number[]; involved: Involved | null }

/** A person and the rooms they answer for (kept, or their class's classroom): what goes there goes to them. */
export interface Involved { userId: number; roomIds: number[] }

export interface MovementFilters {
  kind?: string | undefined; status?: string | undefined; assetId?: number | undefined; mine?: boolean | undefined;
  overdue?: boolean | undefined; todo?: 'approve' | 'receive' | undefined; q?: string | undefined;
}

function movementBase(db: Conn, scope: MovementScope) {
  const schoolIds = none(scope.schoolIds);
  let q = db.selectFrom('asset_movements as m')
    .innerJoin('users as ru', 'ru.id', 'm.requester_id')
    .leftJoin('users as tu', 'tu.id', 'm.to_custodian_id')
    .leftJoin('departments as td', 'td.id', 'm.to_department_id')
    .leftJoin('rooms as tr', 'tr.id', 'm.to_room_id')
    .leftJoin('buildings as tb', 'tb.id', 'tr.building_id')
    // At most one: a waiting 申请续借 holds the loan's id in open_movement_id (unique per school).
    .leftJoin('asset_loan_extension_requests as xr', (j) => j.onRef('xr.open_movement_id', '=', 'm.id').onRef('xr.school_id', '=', 'm.school_id'))
    .where('m.school_id', 'in', schoolIds);
  if (scope.involved !== null) q = q.where(involving(scope.involved));
  return q;
}
type Base = ReturnType<typeof movementBase>;

/** Requested by, going to, or taken from the person, or going to a room they answer for. */
function involving(who: Involved) {
  return (eb: ExpressionBuilder<MovementDb, 'm'>) => eb.or([
    eb('m.requester_id', '=', who.userId),
    eb('m.to_custodian_id', '=', who.userId),
    eb('m.to_room_id', 'in', none(who.roomIds)),
    eb.exists(eb.selectFrom('asset_movement_lines as l').select('l.id').whereRef('l.movement_id', '=', 'm.id').where('l.from_custodian_id', '=', who.userId)),
  ]);
}
type MovementDb = Database & { m: Database['asset_movements'] };

function withColumns(q: Base) {
  return q.selectAll('m').select([
    'ru.name as requester_name', 'tu.name as to_custodian_name', 'td.name as to_department_name',
    'tr.name as to_room_name', 'tr.floor as to_room_floor', 'tb.name as to_building_name', 'xr.id as pending_request_id',
  ]);
}
export type MovementRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

export interface FilterContext { dialect: DialectName; me: Involved; today: string; mayApprove: boolean }

function applyFilters(q: Base, f: MovementFilters, ctx: FilterContext): Base {
  let out = q;
  if (f.kind) out = out.where('m.kind', '=', f.kind);
  if (f.status) out = out.where('m.status', '=', f.status);
  if (f.assetId !== undefined) {
    const assetId = f.assetId;
    out = out.where((eb) => eb.exists(eb.selectFrom('asset_movement_lines as l').select('l.id').whereRef('l.movement_id', '=', 'm.id').where('l.asset_id', '=', assetId)));
  }
  if (f.mine) out = out.where(involving(ctx.me));
  if (f.overdue) out = out.where('m.status', '=', 'lent').where('m.due_date', '<', ctx.today);
  if (f.todo === 'approve') {
    out = ctx.mayApprove
      ? out.where('m.status', '=', 'submitted').where('m.kind', 'in', ['transfer', 'loan']).where('m.requester_id', '!=', ctx.me.userId)
      : out.where(sql<boolean>`1 = 0`);
  }
  if (f.todo === 'receive') {
    out = out.where('m.status', '=', 'approved').where('m.kind', '=', 'transfer').where((eb) => eb.or([
      eb('m.to_custodian_id', '=', ctx.me.userId),
      eb.and([eb('m.to_custodian_id', 'is', null), eb('m.to_room_id', 'in', none(ctx.me.roomIds))]),
    ]));
  }
  const needle = f.q?.trim();
  if (needle) {
    out = out.where((eb) => eb.or([
      containsInsensitive(ctx.dialect, sql.ref('m.code'), needle),
      containsInsensitive(ctx.dialect, sql.ref('m.reason'), needle),
      eb.exists(eb.selectFrom('asset_movement_lines as l').innerJoin('assets as a', 'a.id', 'l.asset_id').select('l.id').whereRef('l.movement_id', '=', 'm.id')
        .where((e2) => e2.or([containsInsensitive(ctx.dialect, sql.ref('a.code'), needle), containsInsensitive(ctx.dialect, sql.ref('a.name'), needle)]))),
    ]));
  }
  return out;
}

const SORT_COLUMNS = { createdAt: 'm.id', code: 'm.code', dueDate: 'm.due_date' } as const;
type SortKey = keyof typeof SORT_COLUMNS;

export async function listMovementRows(db: Conn, scope: MovementScope, f: MovementFilters, ctx: FilterContext, sort: string | undefined, paging: Paging) {
  const [key, dir] = sort ? parseSort<SortKey>(sort, 'createdAt') : ['createdAt' as const, 'desc' as const];
  return paginate(applyFilters(movementBase(db, scope), f, ctx), paging, (q) =>
    withColumns(q).orderBy(SORT_COLUMNS[key] ?? 'm.id', dir).orderBy('m.id', dir));
}

export async function allMovementRows(db: Conn, scope: MovementScope, f: MovementFilters, ctx: FilterContext): Promise<MovementRow[]> {
  return withColumns(applyFilters(movementBase(db, scope), f, ctx)).orderBy('m.id', 'desc').limit(20_000).execute();
}

export async function findMovementRow(db: Conn, scope: MovementScope, id: number): Promise<MovementRow | undefined> {
  // scope: movementBase limits the row to the reader's schools and involvement.
  return withColumns(movementBase(db, scope).where('m.id', '=', id)).executeTakeFirst();
}

/** "学生课桌椅 ×40、投影仪" per document, from one grouped query. */
export async function lineSummaries(db: Conn, schoolIds: number[], movementIds: number[]): Promise<Map<number, { count: number; summary: string }>> {
  const out = new Map<number, { count: number; summary: string }>();
  if (movementIds.length === 0) return out;
  const rows = await db.selectFrom('asset_movement_lines as l').innerJoin('assets as a', 'a.id', 'l.asset_id')
    .select((eb) => ['l.movement_id', 'a.name', eb.fn.countAll<number>().as('n')])
    .where('l.school_id', 'in', none(schoolIds)).where('l.movement_id', 'in', movementIds)
    .groupBy(['l.movement_id', 'a.name']).orderBy('l.movement_id').orderBy('a.name').execute();
  const parts = new Map<number, string[]>();
  for (const r of rows) {
    const n = Number(r.n);
    const entry = out.get(r.movement_id) ?? { count: 0, summary: '' };
    entry.count += n;
    out.set(r.movement_id, entry);
    parts.set(r.movement_id, [...(parts.get(r.movement_id) ?? []), n > 1 ? `${r.name} ×${n}` : r.name]);
  }
  for (const [id, list] of parts) {
    const entry = out.get(id);
    if (entry) entry.summary = list.slice(0, 3).join('、') + (list.length > 3 ? ` 等 ${list.length} 种` : '');
  }
  return out;
}

export async function linesOf(db: Conn, schoolId: number, movementId: number) {
  return db.selectFrom('asset_movement_lines as l').innerJoin('assets as a', 'a.id', 'l.asset_id')
    .leftJoin('rooms as rm', 'rm.id', 'a.room_id').leftJoin('buildings as b', 'b.id', 'rm.building_id').leftJoin('users as u', 'u.id', 'a.custodian_id')
    .selectAll('l')
    .select([
      'a.code', 'a.name', 'a.spec_model', 'a.status', 'a.version as asset_version', 'a.accounting_class', 'a.original_value_fen',
      'a.room_id', 'a.location_text', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name', 'u.name as custodian_name',
    ])
    .where('l.school_id', '=', schoolId).where('l.movement_id', '=', movementId).orderBy('a.code').orderBy('l.id').execute();
}
export type LineRow = Awaited<ReturnType<typeof linesOf>>[number];

export async function stepsOf(db: Conn, schoolId: number, movementId: number) {
  return db.selectFrom('asset_movement_steps').selectAll().where('school_id', '=', schoolId).where('movement_id', '=', movementId).orderBy('id').execute();
}

/** The loan's extensions, oldest first: the chain of due dates. */
export async function extensionsOf(db: Conn, schoolId: number, movementId: number) {
  return db.selectFrom('asset_loan_extensions').selectAll().where('school_id', '=', schoolId).where('movement_id', '=', movementId).orderBy('id').execute();
}

/** The borrower's 申请续借 of a loan, oldest first. */
export async function extensionRequestsOf(db: Conn, schoolId: number, movementId: number) {
  return db.selectFrom('asset_loan_extension_requests').selectAll().where('school_id', '=', schoolId).where('movement_id', '=', movementId).orderBy('id').execute();
}

/** The loan's waiting 申请续借, if any. */
export async function openExtensionRequest(db: Conn, schoolId: number, movementId: number) {
  return db.selectFrom('asset_loan_extension_requests').selectAll().where('school_id', '=', schoolId).where('open_movement_id', '=', movementId).executeTakeFirst();
}

/** Cards already in an open document (other than `exceptMovementId`), with that document's number. */
export async function busyCards(db: Conn, schoolId: number, assetIds: number[], exceptMovementId: number | null) {
  if (assetIds.length === 0) return [];
  let q = db.selectFrom('asset_movement_lines as l').innerJoin('asset_movements as m', 'm.id', 'l.movement_id')
    .select(['l.asset_id', 'm.code', 'm.kind'])
    .where('l.school_id', '=', schoolId).where('l.asset_id', 'in', assetIds).where('m.status', 'in', [...OPEN_STATUSES]);
  if (exceptMovementId !== null) q = q.where('m.id', '!=', exceptMovementId);
  return q.execute();
}

/** Whether the user keeps the room or leads the class that uses it. */
export async function answersForRoom(db: Conn, schoolId: number, userId: number, roomId: number): Promise<boolean> {
  const kept = await db.selectFrom('rooms').select('id').where('school_id', '=', schoolId).where('id', '=', roomId).where('keeper_user_id', '=', userId).executeTakeFirst();
  if (kept) return true;
  const head = await db.selectFrom('classes').select('id').where('school_id', '=', schoolId).where('room_id', '=', roomId).where('head_teacher_id', '=', userId).executeTakeFirst();
  return head !== undefined;
}

/** Who answers for a room: its keeper and the 班主任 of classes using it. */
export async function roomResponsibleIds(db: Conn, schoolId: number, roomId: number): Promise<number[]> {
  const keepers = await db.selectFrom('rooms').select('keeper_user_id as id').where('school_id', '=', schoolId).where('id', '=', roomId).execute();
  const heads = await db.selectFrom('classes').select('head_teacher_id as id').where('school_id', '=', schoolId).where('room_id', '=', roomId).execute();
  return [...new Set([...keepers, ...heads].flatMap((r) => (r.id === null ? [] : [r.id])))];
}
