import { type Kysely, sql } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { type Paging, paginate } from '../../../platform/http/pagination.js';

export type Conn = Kysely<Database> | Tx;
export const none = (ids: number[]) => (ids.length ? ids : [-1]);

/** Typed bind parameters inside INSERT … SELECT, where PostgreSQL cannot infer them. */
export const intParam = (v: number | null) => sql<number>`cast(${v} as integer)`;
export const textParam = (v: string | null) => sql<string>`cast(${v} as text)`;

/** A scan in a stocktake's scope stood in another room than the snapshot says (or the card had none). */
export const WRONG_ROOM = sql<boolean>`(s.room_id is not null and (i.expected_room_id is null or s.room_id <> i.expected_room_id))`;
export const WRONG_CUSTODIAN = sql<boolean>`(s.custodian_id is not null and (i.expected_custodian_id is null or s.custodian_id <> i.expected_custodian_id))`;

/** A stocktake's snapshot, each card with its scan if it was seen: the base of progress, results and the report. */
export function snapshotWithScans(db: Conn, schoolId: number, stocktakeId: number) {
  return db.selectFrom('asset_stocktake_items as i')
    .leftJoin('asset_stocktake_scans as s', (j) => j.onRef('s.stocktake_id', '=', 'i.stocktake_id').onRef('s.asset_id', '=', 'i.asset_id'))
    .where('i.school_id', '=', schoolId).where('i.stocktake_id', '=', stocktakeId);
}

function stocktakeBase(db: Conn, schoolIds: number[]) {
  return db.selectFrom('asset_stocktakes as t').leftJoin('users as u', 'u.id', 't.created_by')
    .selectAll('t').select('u.name as created_by_name').where('t.school_id', 'in', none(schoolIds));
}
export type StocktakeRow = Awaited<ReturnType<ReturnType<typeof stocktakeBase>['execute']>>[number];

/** `counterUserId` narrows to stocktakes listing that user (a teacher sees only those). */
export async function listStocktakeRows(db: Conn, schoolIds: number[], f: { status?: string | undefined; counterUserId?: number | undefined }, paging: Paging) {
  let base = db.selectFrom('asset_stocktakes as t').where('t.school_id', 'in', none(schoolIds));
  if (f.status) base = base.where('t.status', '=', f.status);
  const counter = f.counterUserId;
  if (counter !== undefined) {
    base = base.where('t.id', 'in', db.selectFrom('asset_stocktake_counters').select('stocktake_id').where('school_id', 'in', none(schoolIds)).where('user_id', '=', counter));
  }
  return paginate(base, paging, (q) => q.leftJoin('users as u', 'u.id', 't.created_by').selectAll('t').select('u.name as created_by_name').orderBy('t.id', 'desc'));
}

export async function findStocktakeRow(db: Conn, schoolIds: number[], id: number): Promise<StocktakeRow | undefined> {
  return stocktakeBase(db, schoolIds).where('t.id', '=', id).executeTakeFirst();
}

/** Counting stocktakes of the school that list the user, or that they opened. */
export async function myCountingRows(db: Conn, schoolId: number, userId: number): Promise<StocktakeRow[]> {
  return stocktakeBase(db, [schoolId]).where('t.status', '=', 'counting')
    .where((eb) => eb.or([
      eb('t.created_by', '=', userId),
      eb('t.id', 'in', eb.selectFrom('asset_stocktake_counters').select('stocktake_id').where('school_id', '=', schoolId).where('user_id', '=', userId)),
    ]))
    .orderBy('t.id', 'desc').execute();
}

export async function isCounter(db: Conn, schoolId: number, stocktakeId: number, userId: number): Promise<boolean> {
  const row = await db.selectFrom('asset_stocktake_counters').select('id')
    .where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function countersOf(db: Conn, schoolIds: number[], stocktakeIds: number[]) {
  if (stocktakeIds.length === 0) return [];
  return db.selectFrom('asset_stocktake_counters as k').innerJoin('users as u', 'u.id', 'k.user_id')
    .select(['k.stocktake_id', 'k.user_id', 'u.name'])
    .where('k.school_id', 'in', none(schoolIds)).where('k.stocktake_id', 'in', stocktakeIds).orderBy('k.id').execute();
}

export interface StocktakeTallies { scanned: number; unexpected: number; extras: number; pending: number }

/** Per stocktake: cards scanned in scope, cards scanned from outside it, extras and undecided proposals (three grouped queries). */
export async function stocktakeTallies(db: Conn, schoolIds: number[], ids: number[]): Promise<Map<number, StocktakeTallies>> {
  const out = new Map<number, StocktakeTallies>(ids.map((id) => [id, { scanned: 0, unexpected: 0, extras: 0, pending: 0 }]));
  if (ids.length === 0) return out;
  const scans = await db.selectFrom('asset_stocktake_scans')
    .select((eb) => ['stocktake_id', eb.fn.sum<number>('in_scope').as('inside'), eb.fn.countAll<number>().as('n')])
    .where('school_id', 'in', none(schoolIds)).where('stocktake_id', 'in', ids).groupBy('stocktake_id').execute();
  for (const r of scans) {
    const t = out.get(r.stocktake_id);
    if (t) { t.scanned = Number(r.inside ?? 0); t.unexpected = Number(r.n) - Number(r.inside ?? 0); }
  }
  const extras = await db.selectFrom('asset_stocktake_extras').select((eb) => ['stocktake_id', eb.fn.countAll<number>().as('n')])
    .where('school_id', 'in', none(schoolIds)).where('stocktake_id', 'in', ids).groupBy('stocktake_id').execute();
  for (const r of extras) { const t = out.get(r.stocktake_id); if (t) t.extras = Number(r.n); }
  const pending = await db.selectFrom('asset_stocktake_adjustments').select((eb) => ['stocktake_id', eb.fn.countAll<number>().as('n')])
    .where('school_id', 'in', none(schoolIds)).where('stocktake_id', 'in', ids).where('status', '=', 'pending').groupBy('stocktake_id').execute();
  for (const r of pending) { const t = out.get(r.stocktake_id); if (t) t.pending = Number(r.n); }
  return out;
}

/** Progress by the room each card should be in (cards without a room are one line). */
export async function progressByRoom(db: Conn, schoolId: number, stocktakeId: number) {
  return snapshotWithScans(db, schoolId, stocktakeId)
    .leftJoin('rooms as rm', 'rm.id', 'i.expected_room_id')
    .leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .select((eb) => [
      'i.expected_room_id as room_id', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name',
      eb.fn.countAll<number>().as('expected'), eb.fn.count<number>('s.id').as('scanned'),
    ])
    .groupBy(['i.expected_room_id', 'rm.name', 'rm.floor', 'b.name'])
    .orderBy('b.name').orderBy('rm.floor').orderBy('rm.name').execute();
}

export async function progressByCounter(db: Conn, schoolId: number, stocktakeId: number) {
  return db.selectFrom('asset_stocktake_scans as s').innerJoin('users as u', 'u.id', 's.scanned_by')
    .select((eb) => ['s.scanned_by', 'u.name', eb.fn.countAll<number>().as('n')])
    .where('s.school_id', '=', schoolId).where('s.stocktake_id', '=', stocktakeId)
    .groupBy(['s.scanned_by', 'u.name']).execute();
}

/** Names for the ids a stocktake's scope lists. */
export async function scopeNames(db: Conn, schoolId: number, kind: string, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const table = ({ building: 'buildings', room: 'rooms', department: 'departments', category: 'asset_categories' } as const)[kind];
  if (!table) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('school_id', '=', schoolId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function schoolName(db: Conn, schoolId: number): Promise<string> {
  const row = await db.selectFrom('schools').select('name').where('id', '=', schoolId).executeTakeFirst();
  return row?.name ?? '';
}
