import { sql } from 'kysely';
import { type Paging, paginate } from '../../../platform/http/pagination.js';
import type { ResultKind } from './stocktakes.labels.js';
import { type Conn, WRONG_CUSTODIAN, WRONG_ROOM, snapshotWithScans } from './stocktakes.repository.js';

/** Counts of every result kind in one pass over the scans (missing = expected − found). */
export async function resultCounts(db: Conn, schoolId: number, stocktakeId: number) {
  const row = await db.selectFrom('asset_stocktake_scans as s')
    .leftJoin('asset_stocktake_items as i', (j) => j.onRef('i.stocktake_id', '=', 's.stocktake_id').onRef('i.asset_id', '=', 's.asset_id'))
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number>`coalesce(sum(s.in_scope), 0)`.as('found'),
      sql<number>`coalesce(sum(case when s.in_scope = 1 and ${WRONG_ROOM} then 1 else 0 end), 0)`.as('wrong_room'),
      sql<number>`coalesce(sum(case when s.in_scope = 1 and ${WRONG_CUSTODIAN} then 1 else 0 end), 0)`.as('wrong_custodian'),
      sql<number>`coalesce(sum(case when s.in_scope = 1 and s.condition <> 'good' then 1 else 0 end), 0)`.as('damaged'),
    ])
    .where('s.school_id', '=', schoolId).where('s.stocktake_id', '=', stocktakeId).executeTakeFirst();
  const extras = await db.selectFrom('asset_stocktake_extras').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId).executeTakeFirst();
  const n = Number(row?.n ?? 0);
  const found = Number(row?.found ?? 0);
  return {
    found, unexpected: n - found, wrongRoom: Number(row?.wrong_room ?? 0), wrongCustodian: Number(row?.wrong_custodian ?? 0),
    damaged: Number(row?.damaged ?? 0), extras: Number(extras?.n ?? 0),
  };
}

/** One card a result list shows: where and with whom it should be, and its scan if it was seen. */
interface ResultSource {
  asset_id: number;
  category_id: number;
  value_fen: number;
  expected_room_id: number | null;
  expected_custodian_id: number | null;
  scan_id: number | null;
}

/**
 * The cards one result kind lists. Snapshot kinds (found, missing, wrong room, wrong custodian,
 * damaged) compare with the snapshot; 范围外 cards were not in it, so "expected" is the card's place now.
 */
function resultSource(db: Conn, schoolId: number, stocktakeId: number, kind: ResultKind, roomId: number | undefined) {
  if (kind === 'unexpected') {
    let q = db.selectFrom('asset_stocktake_scans as s').innerJoin('assets as a', 'a.id', 's.asset_id')
      .select(['s.asset_id', 'a.category_id', 'a.original_value_fen as value_fen', 'a.room_id as expected_room_id', 'a.custodian_id as expected_custodian_id', 's.id as scan_id'])
      .where('s.school_id', '=', schoolId).where('s.stocktake_id', '=', stocktakeId).where('s.in_scope', '=', 0);
    if (roomId !== undefined) q = q.where('s.room_id', '=', roomId);
    return q.$castTo<ResultSource>().as('r');
  }
  let q = snapshotWithScans(db, schoolId, stocktakeId)
    .select(['i.asset_id', 'i.category_id', 'i.value_fen', 'i.expected_room_id', 'i.expected_custodian_id', 's.id as scan_id']);
  if (kind === 'missing') q = q.where('s.id', 'is', null);
  else q = q.where('s.id', 'is not', null);
  if (kind === 'wrong_room') q = q.where(WRONG_ROOM);
  if (kind === 'wrong_custodian') q = q.where(WRONG_CUSTODIAN);
  if (kind === 'damaged') q = q.where('s.condition', '<>', 'good');
  if (roomId !== undefined) q = q.where(kind === 'missing' ? 'i.expected_room_id' : 's.room_id', '=', roomId);
  return q.$castTo<ResultSource>().as('r');
}

/** One page of a result list, each card with its expected and found place and custodian. */
export async function resultPage(db: Conn, schoolId: number, stocktakeId: number, kind: ResultKind, roomId: number | undefined, paging: Paging) {
  return paginate(db.selectFrom(resultSource(db, schoolId, stocktakeId, kind, roomId)), paging, (q) => q
    .innerJoin('assets as a', 'a.id', 'r.asset_id')
    .innerJoin('asset_categories as c', 'c.id', 'r.category_id')
    .leftJoin('asset_stocktake_scans as s', 's.id', 'r.scan_id')
    .leftJoin('rooms as er', 'er.id', 'r.expected_room_id').leftJoin('buildings as eb', 'eb.id', 'er.building_id')
    .leftJoin('rooms as fr', 'fr.id', 's.room_id').leftJoin('buildings as fb', 'fb.id', 'fr.building_id')
    .leftJoin('users as eu', 'eu.id', 'r.expected_custodian_id')
    .leftJoin('users as fu', 'fu.id', 's.custodian_id')
    .leftJoin('users as su', 'su.id', 's.scanned_by')
    .select([
      'a.id', 'a.code', 'a.name', 'c.name as category_name', 'r.value_fen',
      'er.name as e_room', 'er.floor as e_floor', 'eb.name as e_building', 'fr.name as f_room', 'fr.floor as f_floor', 'fb.name as f_building',
      'eu.name as e_custodian', 'fu.name as f_custodian', 's.condition', 'su.name as scanned_by_name', 's.scanned_at', 'r.scan_id',
    ])
    .orderBy('a.code').orderBy('a.id'));
}
export type ResultRow = Awaited<ReturnType<typeof resultPage>>['items'][number];

/** The report's figures over a group of snapshot cards; matched = found in the right room with the right custodian. */
const FIGURES = [
  sql<number>`count(*)`.as('expected'), sql<number>`count(s.id)`.as('found'),
  sql<number>`sum(case when s.id is not null and not ${WRONG_ROOM} and not ${WRONG_CUSTODIAN} then 1 else 0 end)`.as('matched'),
  sql<number>`coalesce(sum(i.value_fen), 0)`.as('expected_value'),
  sql<number>`coalesce(sum(case when s.id is null then i.value_fen else 0 end), 0)`.as('missing_value'),
] as const;

/** The report's figures per category or per expected room, in one grouped query each. */
export async function reportByCategory(db: Conn, schoolId: number, stocktakeId: number) {
  return snapshotWithScans(db, schoolId, stocktakeId)
    .innerJoin('asset_categories as c', 'c.id', 'i.category_id')
    .select(['i.category_id as id', 'c.name', 'c.code', ...FIGURES])
    .groupBy(['i.category_id', 'c.name', 'c.code']).orderBy('c.code').execute();
}

export async function reportByRoom(db: Conn, schoolId: number, stocktakeId: number) {
  return snapshotWithScans(db, schoolId, stocktakeId)
    .leftJoin('rooms as rm', 'rm.id', 'i.expected_room_id').leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .select(['i.expected_room_id as id', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name', ...FIGURES])
    .groupBy(['i.expected_room_id', 'rm.name', 'rm.floor', 'b.name']).orderBy('b.name').orderBy('rm.floor').orderBy('rm.name').execute();
}
