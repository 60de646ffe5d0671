import type { Kysely } from 'kysely';
import { type Actor, hasPermission, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { readSchoolId } from '../../../platform/authz/read-scope.js';
import { insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound, platformError } from '../../../platform/http/errors.js';
import { loadAssetSettings } from '../asset-defaults.js';
import { type CategoryNode, effectiveLifeMonths, chainOf, loadCategories, treeOrder } from '../categories.repository.js';
import { formatNumber, numberingProblem, numberingScope } from '../rules/numbering.js';
import { thresholdProblem } from '../rules/thresholds.js';
import type { CreateCategoryBody, UpdateAssetSettingsBody, UpdateCategoryBody } from '../settings.schemas.js';

const START_LABELS: Record<string, string> = { same_month: '取得（入账）当月开始计提', next_month: '取得（入账）次月开始计提' };

export async function showAssetSettings(db: Kysely<Database>, actor: Actor, schoolId?: number) {
  const id = readSchoolId(actor, schoolId);
  const settings = await loadAssetSettings(db, id);
  const byCode = new Map([...(await loadCategories(db, id)).values()].map((c) => [c.code, c.name]));
  return {
    numberingPattern: settings.numberingPattern,
    numberingExample: formatNumber(numberingScope(settings.numberingPattern, { acquiredOn: new Date().toISOString().slice(0, 10), categoryCode: '2010000' }), 1),
    depreciationStart: settings.depreciationStart,
    depreciationStartLabel: START_LABELS[settings.depreciationStart] ?? settings.depreciationStart,
    thresholds: settings.thresholds.map((t) => ({ ...t, categoryName: t.categoryCode === null ? null : byCode.get(t.categoryCode) ?? null })),
    version: settings.version,
  };
}

/**
 * 校产设置: numbering pattern, the depreciation start rule and the thresholds by date and category.
 * Existing cards keep their plans (a method and life, once set, are not changed at will, §2.4).
 */
export async function updateAssetSettings(db: Kysely<Database>, actor: Actor, body: UpdateAssetSettingsBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const problem = numberingProblem(body.numberingPattern);
  if (problem) throw invalidField('numberingPattern', problem);
  const rules = body.thresholds.map((t) => ({ categoryCode: t.categoryCode, effectiveFrom: t.effectiveFrom, amountFen: t.amountFen }));
  const ruleProblem = thresholdProblem(rules);
  if (ruleProblem) throw invalidField(`thresholds/${ruleProblem.index}`, ruleProblem.message);
  await runInTransaction(db, async (tx) => {
    const codes = new Set([...(await loadCategories(tx, schoolId)).values()].map((c) => c.code));
    const unknown = rules.findIndex((r) => r.categoryCode !== null && !codes.has(r.categoryCode));
    if (unknown >= 0) throw invalidField(`thresholds/${unknown}/categoryCode`, `没有编码为「${rules[unknown]?.categoryCode}」的资产分类`);
    const row = await tx.selectFrom('asset_settings').select('id').where('school_id', '=', schoolId).executeTakeFirstOrThrow();
    await updateAudited(tx, auditContextOf(actor), {
      table: 'asset_settings', entity: 'asset_settings', label: '校产设置', id: row.id, schoolIds: [schoolId], version: body.version,
      patch: { numbering_pattern: body.numberingPattern, depreciation_start: body.depreciationStart, thresholds: JSON.stringify(rules) },
    });
  });
}

function presentCategory(actor: Actor, all: ReadonlyMap<number, CategoryNode>, c: CategoryNode) {
  return {
    id: c.id, code: c.code, name: c.name, parentId: c.parentId, level: c.level, gb2022Class: c.gb2022Class, depreciable: c.depreciable,
    lifeMonths: c.lifeMonths, effectiveLifeMonths: effectiveLifeMonths(chainOf(all, c.id)), verified: c.verified, active: c.active, version: c.version,
    abilities: { update: actor.schoolId === c.schoolId && hasPermission(actor, 'asset_category', 'update') },
  };
}

/** 资产分类 as a tree in display order (parents first), with the life each row gives new cards. */
export async function categoryTree(db: Kysely<Database>, actor: Actor, schoolId?: number) {
  const all = await loadCategories(db, readSchoolId(actor, schoolId));
  return { items: treeOrder(all).map((c) => presentCategory(actor, all, c)) };
}

/** Adds a school-local row under an existing category (e.g. 实验室通风设备 under 专用设备). */
export async function createCategory(db: Kysely<Database>, actor: Actor, body: CreateCategoryBody) {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    const all = await loadCategories(tx, schoolId);
    const parent = all.get(body.parentId);
    if (!parent) throw invalidField('parentId', '「上级分类」不存在');
    if ([...all.values()].some((c) => c.code === body.code)) throw platformError('DUPLICATE', `分类编码「${body.code}」已存在`, [{ field: 'code', message: '分类编码已存在' }]);
    const row = await insertAudited(tx, auditContextOf(actor), 'asset_categories', 'asset_category', {
      school_id: schoolId, code: body.code, gb2022_class: parent.gb2022Class, name: body.name.trim(), parent_id: parent.id, level: parent.level + 1,
      depreciable: (body.depreciable ?? parent.depreciable) ? 1 : 0, life_months: body.lifeMonths ?? null, verified: 0,
      sort: Math.max(...[...all.values()].map((c) => c.sort)) + 1, active: 1,
    });
    return row.id;
  });
}

/** 修改分类: name, default life (for new cards only), whether it depreciates, on/off. */
export async function updateCategory(db: Kysely<Database>, actor: Actor, id: number, body: UpdateCategoryBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const patch: Record<string, unknown> = {};
  if (body.name !== undefined) patch.name = body.name.trim();
  if (body.lifeMonths !== undefined) patch.life_months = body.lifeMonths;
  if (body.depreciable !== undefined) patch.depreciable = body.depreciable ? 1 : 0;
  if (body.active !== undefined) patch.active = body.active ? 1 : 0;
  await runInTransaction(db, async (tx) => {
    await loadCategories(tx, schoolId);
    const exists = await tx.selectFrom('asset_categories').select('id').where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!exists) throw notFound('资产分类');
    await updateAudited(tx, auditContextOf(actor), {
      table: 'asset_categories', entity: 'asset_category', label: '资产分类', id, schoolIds: [schoolId], version: body.version, patch,
    });
  });
}

/** One category presented, for answers to writes. */
export async function showCategory(db: Kysely<Database>, actor: Actor, id: number) {
  const all = await loadCategories(db, writableSchoolId(actor));
  const c = all.get(id);
  if (!c) throw notFound('资产分类');
  return presentCategory(actor, all, c);
}
