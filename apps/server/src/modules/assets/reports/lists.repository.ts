import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { type Paging, paginate } from '../../../platform/http/pagination.js';
import { assetBase, withAssetColumns } from '../assets.repository.js';
import { onBooksAt } from './ledger.repository.js';

/** Cards the list reports show: idle ones, or ones whose warranty ends within [from, to]. */
export type CardListKind = { kind: 'idle' } | { kind: 'warranty'; from: string; to: string };

function cardListBase(db: Kysely<Database>, schoolId: number, today: string, list: CardListKind) {
  const base = assetBase(db, { schoolIds: [schoolId], own: null }).where(onBooksAt(today));
  return list.kind === 'idle'
    ? base.where('a.status', '=', 'idle')
    : base.where('a.warranty_until', '>=', list.from).where('a.warranty_until', '<=', list.to);
}

/** One page of the list (or every row when `paging` is null, for the workbook), in the order people act on it. */
export async function cardListRows(db: Kysely<Database>, schoolId: number, today: string, list: CardListKind, paging: Paging | null) {
  const ordered = (q: ReturnType<typeof cardListBase>) => {
    const withCols = withAssetColumns(q);
    return list.kind === 'idle'
      ? withCols.orderBy('a.original_value_fen', 'desc').orderBy('a.code').orderBy('a.id')
      : withCols.orderBy('a.warranty_until').orderBy('a.code').orderBy('a.id');
  };
  const base = cardListBase(db, schoolId, today, list);
  if (paging) return paginate(base, paging, ordered);
  const items = await ordered(base).execute();
  return { items, total: items.length, page: 1, pageSize: items.length };
}

export type HolderKind = 'room' | 'person' | 'department';

const HOLDER_KEYS = { room: 'a.room_id', person: 'a.custodian_id', department: 'a.department_id' } as const;
const HOLDER_SORTS = { name: sql`label`, cards: sql`cards`, originalValueFen: sql`original` } as const;
export type HolderSort = keyof typeof HOLDER_SORTS;

/** Counts and values per room, person or department, for cards on the books today; paged and sorted in SQL. */
export async function holderRows(db: Kysely<Database>, schoolId: number, today: string, kind: HolderKind, sort: [HolderSort, 'asc' | 'desc'], paging: Paging) {
  const key = HOLDER_KEYS[kind];
  const grouped = db.selectFrom('assets as a')
    .innerJoin('asset_depreciation_state as ds', 'ds.asset_id', 'a.id')
    .leftJoin('rooms as rm', 'rm.id', 'a.room_id')
    .leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .leftJoin('users as u', 'u.id', 'a.custodian_id')
    .leftJoin('departments as d', 'd.id', 'a.department_id')
    .leftJoin('departments as ud', 'ud.id', 'u.department_id')
    .where('a.school_id', '=', schoolId)
    .where(sql<SqlBool>`${onBooksAt(today)}`)
    .groupBy(key)
    .select([
      sql<number | null>`${sql.ref(key)}`.as('holder_id'),
      sql<string | null>`max(${kind === 'room' ? sql`rm.name` : kind === 'person' ? sql`u.name` : sql`d.name`})`.as('label'),
      sql<string | null>`max(${kind === 'room' ? sql`b.name` : kind === 'person' ? sql`ud.name` : sql`null`})`.as('detail'),
      sql<number | null>`max(${kind === 'room' ? sql`rm.floor` : sql`null`})`.as('floor'),
      sql<number>`count(*)`.as('cards'),
      sql<number>`sum(a.original_value_fen)`.as('original'),
      sql<number>`sum(ds.accumulated_depreciation_fen)`.as('accumulated'),
    ]);
  const [column, dir] = sort;
  const count = await db.selectFrom(grouped.as('g')).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  const items = await db.selectFrom(grouped.as('g')).selectAll()
    .orderBy(sql`${HOLDER_SORTS[column]} ${sql.raw(dir)}`).orderBy(sql`holder_id`)
    .limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize).execute();
  return { items, total: Number(count?.n ?? 0), page: paging.page, pageSize: paging.pageSize };
}
