import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { type AssetScope, applyAssetFilters, assetBase } from '../assets.repository.js';
import type { AssetFilterValues } from '../assets.schemas.js';

/** Cards read per round trip while a ledger streams: enough to keep round trips few, small enough to keep memory flat at 50,000 cards. */
const CHUNK = 500;

/** The date a card entered the books: 财务入账日期, else 取得日期. */
export const bookedOn = sql<string>`coalesce(a.accounted_on, a.acquired_on)`;

/**
 * Accumulated depreciation of the card at the end of `month`: what an older ledger had booked
 * before this system (counted in full) plus every month booked here up to and including `month`.
 */
export function accumulatedThrough(month: string): RawBuilder<number> {
  return sql<number>`(a.opening_accumulated_fen + coalesce((select sum(dep.amount_fen) from asset_depreciation dep
    where dep.asset_id = a.id and dep.school_id = a.school_id and dep.month <= ${month}), 0))`;
}

/** Cards on the books at the end of `asOf`: entered by then and not yet disposed of (条例 第三十五条 removes them on disposal). */
export function onBooksAt(asOf: string) {
  return sql<SqlBool>`(${bookedOn} <= ${asOf} and (a.disposed_on is null or a.disposed_on > ${asOf}))`;
}

function ledgerBase(db: Kysely<Database>, dialect: DialectName, scope: AssetScope, filters: AssetFilterValues, asOf: string) {
  return applyAssetFilters(assetBase(db, scope), dialect, filters, { includeDisposed: true }).where(onBooksAt(asOf));
}

/** Count and totals of the ledger, read before the rows so every page can print 共 m 页 and the last one the totals. */
export async function ledgerTotals(db: Kysely<Database>, dialect: DialectName, scope: AssetScope, filters: AssetFilterValues, asOf: string) {
  const acc = accumulatedThrough(asOf.slice(0, 7));
  const row = await ledgerBase(db, dialect, scope, filters, asOf)
    .select([
      sql<number>`count(*)`.as('cards'), sql<number>`coalesce(sum(a.quantity), 0)`.as('quantity'),
      sql<number>`coalesce(sum(a.original_value_fen), 0)`.as('original'), sql<number>`coalesce(sum(${acc}), 0)`.as('accumulated'),
    ])
    .executeTakeFirst();
  const original = Number(row?.original ?? 0);
  const accumulated = Number(row?.accumulated ?? 0);
  return { cards: Number(row?.cards ?? 0), quantity: Number(row?.quantity ?? 0), originalFen: original, accumulatedFen: accumulated, netFen: original - accumulated };
}
export type LedgerTotals = Awaited<ReturnType<typeof ledgerTotals>>;

function ledgerChunk(db: Kysely<Database>, dialect: DialectName, scope: AssetScope, filters: AssetFilterValues, asOf: string, after: { code: string; id: number } | null) {
  let q = ledgerBase(db, dialect, scope, filters, asOf);
  if (after) q = q.where((eb) => eb.or([eb('a.code', '>', after.code), eb.and([eb('a.code', '=', after.code), eb('a.id', '>', after.id)])]));
  return q.select([
    'a.id', 'a.code', 'a.name', 'c.code as category_code', 'c.name as category_name', 'a.spec_model', 'a.quantity', 'a.unit',
    'a.original_value_fen', accumulatedThrough(asOf.slice(0, 7)).as('accumulated_fen'), 'a.acquired_on', 'd.name as department_name',
    'u.name as custodian_name', 'a.room_id', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name', 'a.location_text', 'a.status',
  ]).orderBy('a.code').orderBy('a.id').limit(CHUNK).execute();
}
export type LedgerCardRow = Awaited<ReturnType<typeof ledgerChunk>>[number];

/**
 * Every card of the ledger in number order, read CHUNK at a time by keyset (number, id), so a
 * 5,000- or 50,000-card ledger never sits in memory as a whole result set.
 */
export async function* ledgerRows(db: Kysely<Database>, dialect: DialectName, scope: AssetScope, filters: AssetFilterValues, asOf: string): AsyncGenerator<LedgerCardRow> {
  let after: { code: string; id: number } | null = null;
  for (;;) {
    const rows = await ledgerChunk(db, dialect, scope, filters, asOf, after);
    for (const r of rows) yield { ...r, accumulated_fen: Number(r.accumulated_fen) };
    const last = rows[rows.length - 1];
    if (!last || rows.length < CHUNK) return;
    after = { code: last.code, id: last.id };
  }
}
