import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import { nowIso } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { CLASSIFICATION } from './classification/gbt14885.js';
import { DEPRECIATION_START_RULES, type DepreciationStartRule } from './rules/depreciation.js';
import { DEFAULT_NUMBERING_PATTERN } from './rules/numbering.js';
import { DEFAULT_THRESHOLDS, type ThresholdRule } from './rules/thresholds.js';

type Conn = Kysely<Database> | Tx;

export interface AssetSettings { numberingPattern: string; depreciationStart: DepreciationStartRule; thresholds: ThresholdRule[]; version: number }

/**
 * Gives a school its classification and settings the first time the module is used, so schools
 * created before the module (or by a createSchool that does not call this) need no backfill.
 * Safe to race: every insert ignores a row that another request wrote first.
 */
export async function ensureAssetDefaults(db: Conn, schoolId: number): Promise<void> {
  const has = await db.selectFrom('asset_settings').select('id').where('school_id', '=', schoolId).executeTakeFirst();
  if (has) return;
  const now = nowIso();
  const ids = new Map<string, number>();
  const levels = new Map<string, number>();
  for (const [sort, r] of CLASSIFICATION.entries()) {
    const parentId = r.parent === null ? null : ids.get(r.parent) ?? null;
    const level = r.parent === null ? 1 : (levels.get(r.parent) ?? 0) + 1;
    levels.set(r.code, level);
    await db.insertInto('asset_categories').values({
      school_id: schoolId, code: r.code, gb2022_class: r.gb2022, name: r.name, parent_id: parentId, level,
      depreciable: r.depreciable ? 1 : 0, life_months: r.lifeYears === null ? null : r.lifeYears * 12, verified: r.verified ? 1 : 0,
      sort, active: 1, created_at: now, updated_at: now,
    }).onConflict((oc) => oc.columns(['school_id', 'code']).doNothing()).execute();
    const row = await db.selectFrom('asset_categories').select('id').where('school_id', '=', schoolId).where('code', '=', r.code).executeTakeFirstOrThrow();
    ids.set(r.code, row.id);
  }
  await db.insertInto('asset_settings').values({
    school_id: schoolId, numbering_pattern: DEFAULT_NUMBERING_PATTERN, depreciation_start: 'same_month',
    thresholds: JSON.stringify(DEFAULT_THRESHOLDS), created_at: now, updated_at: now,
  }).onConflict((oc) => oc.column('school_id').doNothing()).execute();
}

export async function loadAssetSettings(db: Conn, schoolId: number): Promise<AssetSettings> {
  await ensureAssetDefaults(db, schoolId);
  const row = await db.selectFrom('asset_settings').selectAll().where('school_id', '=', schoolId).executeTakeFirstOrThrow();
  const start = (DEPRECIATION_START_RULES as readonly string[]).includes(row.depreciation_start) ? row.depreciation_start as DepreciationStartRule : 'same_month';
  return { numberingPattern: row.numbering_pattern, depreciationStart: start, thresholds: JSON.parse(row.thresholds) as ThresholdRule[], version: row.version };
}
