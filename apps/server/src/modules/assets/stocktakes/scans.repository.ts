import { sql } from 'kysely';
import type { DialectName } from '../../../platform/db/database.js';
import { containsInsensitive } from '../../../platform/db/dialect-helpers.js';
import { type Paging, paginate } from '../../../platform/http/pagination.js';
import { type Conn, none } from './stocktakes.repository.js';

/** The label behind a scanned code, whichever school issued it (the caller refuses another school's). */
export async function findLabel(db: Conn, code: string) {
  // scope: codes are unique across the installation; the caller compares school_id with the stocktake's.
  return db.selectFrom('qr_codes').select(['school_id', 'target_type', 'target_id']).where('code', '=', code).executeTakeFirst();
}

export async function findCard(db: Conn, schoolId: number, assetId: number) {
  return db.selectFrom('assets as a').leftJoin('rooms as rm', 'rm.id', 'a.room_id').leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .select(['a.id', 'a.code', 'a.name', 'a.status', 'a.room_id', 'a.location_text', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name'])
    .where('a.school_id', '=', schoolId).where('a.id', '=', assetId).executeTakeFirst();
}
export type CardRow = NonNullable<Awaited<ReturnType<typeof findCard>>>;

export async function findRoom(db: Conn, schoolId: number, roomId: number) {
  return db.selectFrom('rooms as rm').leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .select(['rm.id', 'rm.name', 'rm.floor', 'b.name as building_name'])
    .where('rm.school_id', '=', schoolId).where('rm.id', '=', roomId).executeTakeFirst();
}

export async function snapshotItem(db: Conn, schoolId: number, stocktakeId: number, assetId: number) {
  return db.selectFrom('asset_stocktake_items as i').leftJoin('rooms as rm', 'rm.id', 'i.expected_room_id').leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .select(['i.expected_room_id', 'i.expected_custodian_id', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name'])
    .where('i.school_id', '=', schoolId).where('i.stocktake_id', '=', stocktakeId).where('i.asset_id', '=', assetId).executeTakeFirst();
}

export async function scanOf(db: Conn, schoolId: number, stocktakeId: number, assetId: number) {
  return db.selectFrom('asset_stocktake_scans as s').innerJoin('users as u', 'u.id', 's.scanned_by')
    .select(['s.id', 's.scanned_by', 'u.name as scanned_by_name', 's.scanned_at'])
    .where('s.school_id', '=', schoolId).where('s.stocktake_id', '=', stocktakeId).where('s.asset_id', '=', assetId).executeTakeFirst();
}

export async function scannedInScope(db: Conn, schoolId: number, stocktakeId: number): Promise<number> {
  const row = await db.selectFrom('asset_stocktake_scans').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId).where('in_scope', '=', 1).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listScanRows(db: Conn, schoolId: number, stocktakeId: number, f: { scannedBy?: number | undefined; roomId?: number | undefined }, paging: Paging) {
  let base = db.selectFrom('asset_stocktake_scans as s').where('s.school_id', '=', schoolId).where('s.stocktake_id', '=', stocktakeId);
  if (f.scannedBy !== undefined) base = base.where('s.scanned_by', '=', f.scannedBy);
  if (f.roomId !== undefined) base = base.where('s.room_id', '=', f.roomId);
  return paginate(base, paging, (q) => q
    .innerJoin('assets as a', 'a.id', 's.asset_id')
    .innerJoin('users as u', 'u.id', 's.scanned_by')
    .leftJoin('rooms as rm', 'rm.id', 's.room_id')
    .leftJoin('asset_stocktake_items as i', (j) => j.onRef('i.stocktake_id', '=', 's.stocktake_id').onRef('i.asset_id', '=', 's.asset_id'))
    .selectAll('s')
    .select(['a.code', 'a.name', 'rm.name as room_name', 'u.name as scanned_by_name', 'i.expected_room_id'])
    .orderBy('s.id', 'desc'));
}
export type ScanRow = Awaited<ReturnType<typeof listScanRows>>['items'][number];

/** Manual search for the counter: the school's cards on the books by number or name, flagged in scope / already counted. */
export async function searchCards(db: Conn, dialect: DialectName, schoolId: number, stocktakeId: number, q: string) {
  return db.selectFrom('assets as a')
    .leftJoin('rooms as rm', 'rm.id', 'a.room_id').leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .leftJoin('asset_stocktake_items as i', (j) => j.onRef('i.asset_id', '=', 'a.id').on('i.stocktake_id', '=', stocktakeId))
    .leftJoin('asset_stocktake_scans as s', (j) => j.onRef('s.asset_id', '=', 'a.id').on('s.stocktake_id', '=', stocktakeId))
    .select(['a.id', 'a.code', 'a.name', 'a.room_id', 'a.location_text', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name', 'i.id as item_id', 's.id as scan_id'])
    .where('a.school_id', '=', schoolId).where('a.status', '!=', 'disposed')
    .where(containsInsensitive(dialect, sql.ref('a.search_text'), q.trim().toLowerCase()))
    .orderBy('a.code').limit(20).execute();
}

export async function extrasOf(db: Conn, schoolIds: number[], stocktakeId: number, roomId?: number) {
  let q = db.selectFrom('asset_stocktake_extras as e').innerJoin('users as u', 'u.id', 'e.created_by').leftJoin('rooms as rm', 'rm.id', 'e.room_id')
    .selectAll('e').select(['u.name as created_by_name', 'rm.name as room_name'])
    .where('e.school_id', 'in', none(schoolIds)).where('e.stocktake_id', '=', stocktakeId);
  if (roomId !== undefined) q = q.where('e.room_id', '=', roomId);
  return q.orderBy('e.id').execute();
}
export type ExtraRow = Awaited<ReturnType<typeof extrasOf>>[number];
