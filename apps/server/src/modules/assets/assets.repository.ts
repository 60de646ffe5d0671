import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { pinyin } from 'pinyin-pro';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { DialectName } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import type { AssetFilterValues } from './assets.schemas.js';

type Conn = Kysely<Database> | Tx;

/**
 * Which cards a reader sees. School and district scopes see every card of their schools; 'own'
 * (teachers) sees what they keep and what stands in their class's room or a room they look after;
 * 'department' adds the cards their department uses.
 */
export interface AssetScope { schoolIds: number[]; own: { userId: number; departmentId: number | null } | null }

export function assetScopeOf(actor: Actor): AssetScope {
  if (actor.dataScope === 'school' || actor.dataScope === 'district') return { schoolIds: actor.readableSchoolIds, own: null };
  return {
    schoolIds: actor.schoolId === null ? [] : [actor.schoolId],
    own: { userId: actor.userId, departmentId: actor.dataScope === 'department' ? actor.departmentId : null },
  };
}

export function assetBase(db: Conn, scope: AssetScope) {
  const schoolIds = scope.schoolIds.length ? scope.schoolIds : [-1];
  let q = db.selectFrom('assets as a')
    .innerJoin('asset_categories as c', 'c.id', 'a.category_id')
    .leftJoin('rooms as rm', 'rm.id', 'a.room_id')
    .leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .leftJoin('users as u', 'u.id', 'a.custodian_id')
    .leftJoin('departments as d', 'd.id', 'a.department_id')
    .leftJoin('departments as md', 'md.id', 'a.manager_department_id')
    .where('a.school_id', 'in', schoolIds);
  const own = scope.own;
  if (own) {
    q = q.where((eb) => eb.or([
      eb('a.custodian_id', '=', own.userId),
      eb('a.room_id', 'in', eb.selectFrom('classes').select('room_id').where('head_teacher_id', '=', own.userId).where('school_id', 'in', schoolIds)),
      eb('a.room_id', 'in', eb.selectFrom('rooms').select('id').where('keeper_user_id', '=', own.userId).where('school_id', 'in', schoolIds)),
      ...(own.departmentId !== null ? [eb('a.department_id', '=', own.departmentId)] : []),
    ]));
  }
  return q;
}
type Base = ReturnType<typeof assetBase>;

/** The card with its names, and its depreciation counters from asset_depreciation_state (one row per card, joined by primary key). */
export function withAssetColumns(q: Base) {
  return q.innerJoin('asset_depreciation_state as ds', 'ds.asset_id', 'a.id').selectAll('a').select([
    'c.code as category_code', 'c.name as category_name', 'rm.name as room_name', 'rm.floor as room_floor', 'b.name as building_name',
    'u.name as custodian_name', 'd.name as department_name', 'md.name as manager_department_name',
    'ds.booked_dep_months', 'ds.accumulated_depreciation_fen',
  ]);
}
export type AssetRow = Awaited<ReturnType<ReturnType<typeof withAssetColumns>['execute']>>[number];

const SORT_COLUMNS = {
  code: 'a.code', name: 'a.name', acquiredOn: 'a.acquired_on', originalValueFen: 'a.original_value_fen', updatedAt: 'a.updated_at',
} as const;
export type AssetSort = keyof typeof SORT_COLUMNS;

/**
 * `q` against search_text (number, name, brand, model, serial, pinyin; see searchTextOf). The text is
 * stored lower-cased, so a plain LIKE with the lower-cased keyword is case-insensitive on both
 * databases. On PostgreSQL that matters for speed: ILIKE lower-cases every row as it reads it (about
 * 10× slower over one school's 5,000 cards), while LIKE reads the (school_id, search_text) index alone.
 */
function searchTextContains(q: string): Expression<SqlBool> {
  const pattern = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql<SqlBool>`a.search_text like ${pattern} escape '\\'`;
}

// why: `dialect` stays in the signature for callers; the keyword filter is the same SQL on both databases.
/** `includeDisposed`: for ledgers as of a past date, which decide by the disposal date instead. */
export function applyAssetFilters(q: Base, _dialect: DialectName, f: AssetFilterValues, options: { includeDisposed?: boolean } = {}): Base {
  let out = q;
  if (f.q?.trim()) out = out.where(searchTextContains(f.q));
  if (f.categoryId !== undefined) {
    // A category covers its sub-categories (up to three levels below, which is all the tree has).
    const id = f.categoryId;
    out = out.where((eb) => eb.or([
      eb('a.category_id', '=', id),
      eb('c.parent_id', '=', id),
      eb('c.parent_id', 'in', eb.selectFrom('asset_categories as p').select('p.id').where('p.parent_id', '=', id)),
    ]));
  }
  if (f.roomId !== undefined) out = out.where('a.room_id', '=', f.roomId);
  if (f.custodianId !== undefined) out = out.where('a.custodian_id', '=', f.custodianId);
  if (f.departmentId !== undefined) out = out.where('a.department_id', '=', f.departmentId);
  if (f.status !== undefined) out = out.where('a.status', '=', f.status);
  // 已处置 cards leave the active ledger (条例 第三十五条) but keep their history: status=disposed shows them.
  else if (!options.includeDisposed) out = out.where('a.status', '!=', 'disposed');
  if (f.fundingSource !== undefined) out = out.where('a.funding_source', '=', f.fundingSource);
  if (f.accountingClass !== undefined) out = out.where('a.accounting_class', '=', f.accountingClass);
  if (f.batchNo !== undefined) out = out.where('a.batch_no', '=', f.batchNo);
  return out;
}

export async function listAssetRows(db: Conn, dialect: DialectName, scope: AssetScope, f: AssetFilterValues, sort: string | undefined, paging: Paging) {
  const [key, dir] = parseSort<AssetSort>(sort, 'code');
  return paginate(applyAssetFilters(assetBase(db, scope), dialect, f), paging, (q) =>
    withAssetColumns(q).orderBy(SORT_COLUMNS[key] ?? 'a.code', dir).orderBy('a.id', dir));
}

/** Every matching card, for exports and 责任清单 (ordered by number). */
export async function allAssetRows(db: Conn, dialect: DialectName, scope: AssetScope, f: AssetFilterValues): Promise<AssetRow[]> {
  return withAssetColumns(applyAssetFilters(assetBase(db, scope), dialect, f)).orderBy('a.code').orderBy('a.id').execute();
}

export async function findAssetRows(db: Conn, scope: AssetScope, ids: number[]): Promise<AssetRow[]> {
  if (ids.length === 0) return [];
  // scope: assetBase limits the rows to the reader's schools and data scope.
  return withAssetColumns(assetBase(db, scope).where('a.id', 'in', ids)).orderBy('a.code').execute();
}

/** Each card's linked label, if any. */
export async function qrCodesOf(db: Conn, schoolIds: number[], assetIds: number[]): Promise<Map<number, string>> {
  if (assetIds.length === 0 || schoolIds.length === 0) return new Map();
  const rows = await db.selectFrom('qr_codes').select(['code', 'target_id'])
    .where('school_id', 'in', schoolIds).where('target_type', '=', 'asset').where('target_id', 'in', assetIds).execute();
  return new Map(rows.filter((r) => r.target_id !== null).map((r) => [r.target_id as number, r.code]));
}

/**
 * The name's pinyin initials and full pinyin without tones (生物显微镜 → "swxwj shengwuxianweijing"),
 * so a storekeeper can type what a phone keyboard gives. pinyin-pro reads polyphones from its word
 * list (重庆 → chongqing, 银行 → yinhang); ü is written v (绿 → lv) as pinyin keyboards do.
 * Letters and digits in the name stay in place, spaces and punctuation go.
 */
function pinyinKeysOf(name: string): string[] {
  if (!/[\u3400-\u9fff]/.test(name)) return [];
  const squash = (parts: string[]) => parts.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const initials = squash(pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', v: true }));
  const full = squash(pinyin(name, { toneType: 'none', type: 'array', v: true }));
  return [initials, full];
}

/** Lower-cased text the keyword search looks in: number, name, brand, model, serial and the name's pinyin. */
export function searchTextOf(v: { code: string; name: string; brand?: string | null; spec_model?: string | null; serial_no?: string | null }): string {
  return [v.code, v.name, v.brand, v.spec_model, v.serial_no, ...pinyinKeysOf(v.name)]
    .filter((p): p is string => !!p).join(' ').toLowerCase();
}
