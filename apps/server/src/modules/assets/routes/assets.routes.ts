import type { AppServices } from '../../../app-services.js';
import { requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx, writeXlsx } from '../../../platform/excel/xlsx-export.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import {
  AssetDto, AssetHistory, AssetListQuery, AssetPage, BatchCreateBody, BatchCreated, CreateAssetBody, CustodyBody, UpdateAssetBody,
} from '../assets.schemas.js';
import { changeCustody } from '../use-cases/change-custody.js';
import { createAssets } from '../use-cases/create-assets.js';
import { assetLedgerSheet, exportAssets } from '../use-cases/export-assets.js';
import { assetHistory, listAssets, showAsset, showAssets } from '../use-cases/read-assets.js';
import { updateAsset } from '../use-cases/update-asset.js';

const TAGS = ['校产'];

export function assetCardRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/assets', {
    schema: { tags: TAGS, summary: '资产列表（分页、筛选：关键词、分类、存放地点、使用人、状态、部门、资金来源；教师只看到自己保管和本班教室的）', querystring: AssetListQuery, response: { 200: AssetPage } },
  }, async (req) => listAssets(k, db.dialect, requirePermission(req.actor, 'asset', 'read'), req.query));

  app.get('/assets/export.xlsx', {
    schema: { tags: TAGS, summary: '导出资产台账（Excel，金额单位：元；筛选同列表）', querystring: AssetListQuery },
  }, async (req, reply) => {
    const { items, schoolName } = await exportAssets(k, db.dialect, requirePermission(req.actor, 'asset', 'export'), req.query);
    return sendXlsx(reply, `${schoolName}资产台账.xlsx`, await writeXlsx([assetLedgerSheet(items)]));
  });

  app.post('/assets', {
    schema: { tags: TAGS, summary: '建卡（编号按学校的编号规则自动生成，也可填写已有编号）', body: CreateAssetBody, response: { 200: AssetDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'create');
    const { ids } = await createAssets(k, actor, req.body);
    return showAsset(k, actor, ids[0] ?? 0);
  });

  app.post('/assets/batch', {
    schema: { tags: TAGS, summary: '批量建卡：count 张相同的卡片，编号连续（如 50 套课桌椅）', body: BatchCreateBody, response: { 200: BatchCreated } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'create');
    const { ids, batchNo } = await createAssets(k, actor, req.body);
    const items = await showAssets(k, actor, ids);
    return { created: ids.length, batchNo, firstCode: items[0]?.code ?? '', lastCode: items[items.length - 1]?.code ?? '', items };
  });

  app.get('/assets/:id', {
    schema: { tags: TAGS, summary: '资产卡片', params: IdParams, response: { 200: AssetDto } },
  }, async (req) => showAsset(k, requirePermission(req.actor, 'asset', 'read'), req.params.id));

  app.patch('/assets/:id', {
    schema: { tags: TAGS, summary: '修改卡片（已计提折旧后原值、分类、日期、年限不能直接改）', params: IdParams, body: UpdateAssetBody, response: { 200: AssetDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'update');
    await updateAsset(k, actor, req.params.id, req.body);
    return showAsset(k, actor, req.params.id);
  });

  app.get('/assets/:id/history', {
    schema: { tags: TAGS, summary: '资产履历（建卡、修改、变更保管……）', params: IdParams, response: { 200: AssetHistory } },
  }, async (req) => assetHistory(k, requirePermission(req.actor, 'asset', 'read'), req.params.id));

  app.post('/assets/:id/custody', {
    schema: { tags: TAGS, summary: '变更保管：使用人、使用部门或存放地点，需填写原因（记入履历）', params: IdParams, body: CustodyBody, response: { 200: AssetDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'update');
    await changeCustody(k, actor, req.params.id, req.body);
    return showAsset(k, actor, req.params.id);
  });
}
