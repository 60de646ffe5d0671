import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';

type Conn = Kysely<Database> | Tx;

/** A card a plan covers, with where it stands (its room's campus and building, for routing the job). */
export interface AssetRef {
  id: number; code: string; name: string; status: string; roomId: number | null; campusId: number | null; buildingId: number | null;
  /** 「教学楼 301教室」 or the card's free-text place */
  place: string | null;
}

/** Most a category target reaches in one run; a school's whole stock of one kind is hundreds, not thousands. */
const CATEGORY_LIMIT = 2000;

function assetRefs(db: Conn, schoolId: number) {
  return db.selectFrom('assets as a')
    .leftJoin('rooms as r', (j) => j.onRef('r.id', '=', 'a.room_id').onRef('r.school_id', '=', 'a.school_id'))
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .select(['a.id', 'a.code', 'a.name', 'a.status', 'a.room_id', 'a.location_text', 'r.name as room_name', 'r.campus_id', 'r.building_id', 'b.name as building_name'])
    .where('a.school_id', '=', schoolId);
}
type AssetRefRow = Awaited<ReturnType<ReturnType<typeof assetRefs>['execute']>>[number];

function refOf(r: AssetRefRow): AssetRef {
  const room = r.room_name ? (r.building_name ? `${r.building_name} ${r.room_name}` : r.room_name) : null;
  return {
    id: r.id, code: r.code, name: r.name, status: r.status, roomId: r.room_id, campusId: r.campus_id ?? null, buildingId: r.building_id ?? null,
    place: room ?? r.location_text,
  };
}

/** The cards chosen for each plan (disposed ones too, so the form shows what was picked). */
export async function chosenAssets(db: Conn, schoolId: number, planIds: number[]): Promise<Map<number, AssetRef[]>> {
  const out = new Map<number, AssetRef[]>();
  if (planIds.length === 0) return out;
  const rows = await assetRefs(db, schoolId)
    .innerJoin('maintenance_plan_assets as pa', (j) => j.onRef('pa.asset_id', '=', 'a.id').onRef('pa.school_id', '=', 'a.school_id'))
    .select('pa.plan_id').where('pa.plan_id', 'in', planIds).orderBy('a.code').execute();
  for (const r of rows) {
    const list = out.get(r.plan_id) ?? [];
    list.push(refOf(r));
    out.set(r.plan_id, list);
  }
  return out;
}

/** The asset category of each `asset_category` plan. */
export async function planAssetCategories(db: Conn, schoolId: number, planIds: number[]): Promise<Map<number, { id: number; name: string }>> {
  if (planIds.length === 0) return new Map();
  const rows = await db.selectFrom('maintenance_plan_asset_categories as pc')
    .innerJoin('asset_categories as c', (j) => j.onRef('c.id', '=', 'pc.category_id').onRef('c.school_id', '=', 'pc.school_id'))
    .select(['pc.plan_id', 'c.id', 'c.name']).where('pc.school_id', '=', schoolId).where('pc.plan_id', 'in', planIds).execute();
  return new Map(rows.map((r) => [r.plan_id, { id: r.id, name: r.name }]));
}

/** Cards on the books in a category or below it (the tree is at most three levels deep under any row). */
export async function assetsOfCategory(db: Conn, schoolId: number, categoryId: number): Promise<AssetRef[]> {
  const rows = await assetRefs(db, schoolId)
    .innerJoin('asset_categories as c', 'c.id', 'a.category_id')
    .where('a.status', '!=', 'disposed')
    .where((eb) => eb.or([
      eb('a.category_id', '=', categoryId),
      eb('c.parent_id', '=', categoryId),
      eb('c.parent_id', 'in', eb.selectFrom('asset_categories as p').select('p.id').where('p.parent_id', '=', categoryId).where('p.school_id', '=', schoolId)),
    ]))
    .orderBy('a.code').limit(CATEGORY_LIMIT).execute();
  return rows.map(refOf);
}

/** Cards of the school among `ids` still on the books; the caller reports the others. */
export async function assetIdsOnBooks(db: Conn, schoolId: number, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('assets').select('id').where('school_id', '=', schoolId).where('id', 'in', ids).where('status', '!=', 'disposed').execute();
  return new Set(rows.map((r) => r.id));
}

export async function activeAssetCategory(db: Conn, schoolId: number, id: number): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('asset_categories').select(['id', 'name']).where('id', '=', id).where('school_id', '=', schoolId).where('active', '=', 1).executeTakeFirst();
}

/** Replaces a plan's chosen cards and category (both emptied when the plan targets something else). */
export async function replaceAssetTargets(tx: Tx, schoolId: number, planId: number, assetIds: number[], categoryId: number | null): Promise<void> {
  await tx.deleteFrom('maintenance_plan_assets').where('plan_id', '=', planId).where('school_id', '=', schoolId).execute();
  await tx.deleteFrom('maintenance_plan_asset_categories').where('plan_id', '=', planId).where('school_id', '=', schoolId).execute();
  if (assetIds.length) await tx.insertInto('maintenance_plan_assets').values(assetIds.map((asset_id) => ({ plan_id: planId, school_id: schoolId, asset_id }))).execute();
  if (categoryId !== null) await tx.insertInto('maintenance_plan_asset_categories').values({ plan_id: planId, school_id: schoolId, category_id: categoryId }).execute();
}
