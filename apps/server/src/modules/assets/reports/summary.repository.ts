import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { accumulatedThrough, bookedOn, onBooksAt } from './ledger.repository.js';

/** The figures of the 资产年报 for one group of cards. */
export interface Figures {
  cards: number; quantity: number; originalFen: number; accumulatedFen: number; netFen: number;
  addedCards: number; addedFen: number; disposedCards: number; disposedFen: number;
}

export const ZERO: Figures = { cards: 0, quantity: 0, originalFen: 0, accumulatedFen: 0, netFen: 0, addedCards: 0, addedFen: 0, disposedCards: 0, disposedFen: 0 };

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    cards: a.cards + b.cards, quantity: a.quantity + b.quantity, originalFen: a.originalFen + b.originalFen, accumulatedFen: a.accumulatedFen + b.accumulatedFen,
    netFen: a.netFen + b.netFen, addedCards: a.addedCards + b.addedCards, addedFen: a.addedFen + b.addedFen,
    disposedCards: a.disposedCards + b.disposedCards, disposedFen: a.disposedFen + b.disposedFen,
  };
}

/** What the report covers: the end of `asOf`, and the year from `yearStart` to it for additions and disposals. */
export interface SummaryPeriod { asOf: string; yearStart: string }

/** The groupings of the summary; each is one grouped query over the school's cards. */
const GROUPS = {
  category: { key: sql<number | string | null>`a.category_id`, label: sql<string | null>`null` },
  status: { key: sql<number | string | null>`a.status`, label: sql<string | null>`null` },
  fundingSource: { key: sql<number | string | null>`a.funding_source`, label: sql<string | null>`null` },
  department: { key: sql<number | string | null>`a.department_id`, label: sql<string | null>`d.name` },
  building: { key: sql<number | string | null>`b.id`, label: sql<string | null>`b.name` },
} as const;
export type SummaryGroup = keyof typeof GROUPS;

const n = (v: unknown): number => Number(v ?? 0);

/**
 * Counts and values per group at the end of `asOf`: cards on the books then (disposed ones drop out
 * after their disposal date), accumulated depreciation as booked through that month, and the cards
 * added (by 入账日期, else 取得日期) and disposed of between `yearStart` and `asOf`.
 */
export async function figuresBy(db: Kysely<Database>, schoolId: number, p: SummaryPeriod, group: SummaryGroup) {
  const { key, label } = GROUPS[group];
  const onBooks = onBooksAt(p.asOf);
  const added = sql<SqlBool>`(${bookedOn} >= ${p.yearStart} and ${bookedOn} <= ${p.asOf})`;
  const disposed = sql<SqlBool>`(a.disposed_on >= ${p.yearStart} and a.disposed_on <= ${p.asOf})`;
  const acc = accumulatedThrough(p.asOf.slice(0, 7));
  const rows = await db.selectFrom('assets as a')
    .leftJoin('departments as d', 'd.id', 'a.department_id')
    .leftJoin('rooms as rm', 'rm.id', 'a.room_id')
    .leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .where('a.school_id', '=', schoolId)
    .where(sql<SqlBool>`(${onBooks} or ${added} or ${disposed})`)
    .select([
      key.as('key'), sql<string | null>`max(${label})`.as('label'),
      sql<number>`sum(case when ${onBooks} then 1 else 0 end)`.as('cards'),
      sql<number>`sum(case when ${onBooks} then a.quantity else 0 end)`.as('quantity'),
      sql<number>`sum(case when ${onBooks} then a.original_value_fen else 0 end)`.as('original'),
      sql<number>`sum(case when ${onBooks} then ${acc} else 0 end)`.as('accumulated'),
      sql<number>`sum(case when ${added} then 1 else 0 end)`.as('added_cards'),
      sql<number>`sum(case when ${added} then a.original_value_fen else 0 end)`.as('added_fen'),
      sql<number>`sum(case when ${disposed} then 1 else 0 end)`.as('disposed_cards'),
      sql<number>`sum(case when ${disposed} then a.original_value_fen else 0 end)`.as('disposed_fen'),
    ])
    .groupBy(key)
    .execute();
  return rows.map((r) => {
    const originalFen = n(r.original);
    const accumulatedFen = n(r.accumulated);
    const figures: Figures = {
      cards: n(r.cards), quantity: n(r.quantity), originalFen, accumulatedFen, netFen: originalFen - accumulatedFen,
      addedCards: n(r.added_cards), addedFen: n(r.added_fen), disposedCards: n(r.disposed_cards), disposedFen: n(r.disposed_fen),
    };
    return { key: r.key === null ? null : r.key, label: r.label, figures };
  });
}
export type GroupFigures = Awaited<ReturnType<typeof figuresBy>>[number];

/** The school's classification, to roll cards up to their 门类 and 大类. */
export async function categoriesOf(db: Kysely<Database>, schoolId: number) {
  return db.selectFrom('asset_categories').select(['id', 'code', 'name', 'parent_id', 'level', 'sort'])
    .where('school_id', '=', schoolId).orderBy('sort').orderBy('id').execute();
}
export type CategoryRow = Awaited<ReturnType<typeof categoriesOf>>[number];
