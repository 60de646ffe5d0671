import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { ensureAssetDefaults } from './asset-defaults.js';

type Conn = Kysely<Database> | Tx;

export interface CategoryNode {
  id: number; schoolId: number; code: string; name: string; parentId: number | null; level: number; gb2022Class: string | null;
  depreciable: boolean; lifeMonths: number | null; verified: boolean; active: boolean; sort: number; version: number;
}

/** A school's whole classification (under a hundred rows), seeded on first use. */
export async function loadCategories(db: Conn, schoolId: number): Promise<Map<number, CategoryNode>> {
  await ensureAssetDefaults(db, schoolId);
  const rows = await db.selectFrom('asset_categories').selectAll().where('school_id', '=', schoolId).orderBy('sort').orderBy('id').execute();
  return new Map(rows.map((r) => [r.id, {
    id: r.id, schoolId: r.school_id, code: r.code, name: r.name, parentId: r.parent_id, level: r.level, gb2022Class: r.gb2022_class,
    depreciable: r.depreciable === 1, lifeMonths: r.life_months, verified: r.verified === 1, active: r.active === 1, sort: r.sort, version: r.version,
  }]));
}

/** The category, then its parent, up to the 门类. */
export function chainOf(categories: ReadonlyMap<number, CategoryNode>, id: number): CategoryNode[] {
  const out: CategoryNode[] = [];
  for (let c = categories.get(id); c && out.length < 10; c = c.parentId === null ? undefined : categories.get(c.parentId)) out.push(c);
  return out;
}

/** The life a new card of this category gets: its own, or the nearest parent's. */
export function effectiveLifeMonths(chain: readonly CategoryNode[]): number | null {
  return chain.find((c) => c.lifeMonths !== null)?.lifeMonths ?? null;
}

/** Land, relics, books and animals are never depreciated; a non-depreciable parent rules its children. */
export function isDepreciable(chain: readonly CategoryNode[]): boolean {
  return chain.every((c) => c.depreciable);
}

/** Depth-first order (parents before children, siblings by sort) for the tree the UI draws. */
export function treeOrder(categories: ReadonlyMap<number, CategoryNode>): CategoryNode[] {
  const children = new Map<number | null, CategoryNode[]>();
  for (const c of categories.values()) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: CategoryNode[] = [];
  const visit = (parentId: number | null) => {
    for (const c of children.get(parentId) ?? []) { out.push(c); visit(c.id); }
  };
  visit(null);
  return out;
}
