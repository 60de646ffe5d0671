import { MAX_PAGE_SIZE } from '@houqin/contracts';
import { type SelectQueryBuilder, sql } from 'kysely';
import { Type } from 'typebox';

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, title: '每页条数' })),
};

export function pageOf<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

/** Builds a sort parameter that only accepts the listed columns, optionally prefixed by "-". */
export function sortParam(columns: readonly string[]) {
  const values = columns.flatMap((c) => [c, `-${c}`]);
  return Type.Optional(Type.Enum(values, { title: '排序' }));
}

export interface Paging { page: number; pageSize: number }

export function pagingOf(q: { page?: number | undefined; pageSize?: number | undefined }): Paging {
  return { page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
}

/**
 * Runs the count and the page of a filtered query in SQL. `base` carries the filters;
 * `select` adds columns and order to it.
 */
export async function paginate<DB, TB extends keyof DB, O, R>(
  base: SelectQueryBuilder<DB, TB, O>,
  paging: Paging,
  select: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, R>,
): Promise<{ items: R[]; total: number; page: number; pageSize: number }> {
  const countRow = await base
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst() as { n: number | string } | undefined;
  const items = await select(base)
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  return { items: items as R[], total: Number(countRow?.n ?? 0), page: paging.page, pageSize: paging.pageSize };
}

/** "-name" → ["name", "desc"]. */
export function parseSort<C extends string>(sort: string | undefined, fallback: C): [C, 'asc' | 'desc'] {
  if (!sort) return [fallback, 'asc'];
  return sort.startsWith('-') ? [sort.slice(1) as C, 'desc'] : [sort as C, 'asc'];
}
