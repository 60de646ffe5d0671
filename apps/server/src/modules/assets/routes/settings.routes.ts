import { Type } from 'typebox';
import type { AppServices } from '../../../app-services.js';
import { requirePermission } from '../../../platform/authz/actor.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import { AssetSettingsDto, CategoryDto, CategoryTree, CreateCategoryBody, UpdateAssetSettingsBody, UpdateCategoryBody } from '../settings.schemas.js';
import { categoryTree, createCategory, showAssetSettings, showCategory, updateAssetSettings, updateCategory } from '../use-cases/asset-settings.js';

const TAGS = ['校产设置'];
const SchoolQuery = Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' })) }, { additionalProperties: false });

export function assetSettingsRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/asset-categories', {
    schema: { tags: TAGS, summary: '资产分类（GB/T 14885，按树的顺序；含每类的默认折旧年限）', querystring: SchoolQuery, response: { 200: CategoryTree } },
  }, async (req) => categoryTree(k, requirePermission(req.actor, 'asset_category', 'read'), req.query.schoolId));

  app.post('/asset-categories', {
    schema: { tags: TAGS, summary: '新增本校分类（挂在已有分类下）', body: CreateCategoryBody, response: { 200: CategoryDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_category', 'create');
    return showCategory(k, actor, await createCategory(k, actor, req.body));
  });

  app.patch('/asset-categories/:id', {
    schema: { tags: TAGS, summary: '修改分类：名称、默认折旧年限（只影响新建卡片）、是否计提折旧、启用', params: IdParams, body: UpdateCategoryBody, response: { 200: CategoryDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_category', 'update');
    await updateCategory(k, actor, req.params.id, req.body);
    return showCategory(k, actor, req.params.id);
  });

  app.get('/asset-settings', {
    schema: { tags: TAGS, summary: '校产设置：编号规则、开始计提月份、入账标准（按生效日期和分类）', querystring: SchoolQuery, response: { 200: AssetSettingsDto } },
  }, async (req) => showAssetSettings(k, requirePermission(req.actor, 'asset_settings', 'read'), req.query.schoolId));

  app.put('/asset-settings', {
    schema: { tags: TAGS, summary: '保存校产设置（已有卡片的折旧计划不变）', body: UpdateAssetSettingsBody, response: { 200: AssetSettingsDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_settings', 'update');
    await updateAssetSettings(k, actor, req.body);
    return showAssetSettings(k, actor);
  });
}
