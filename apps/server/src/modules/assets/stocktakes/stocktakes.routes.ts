import { Type } from 'typebox';
import { requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx } from '../../../platform/excel/xlsx-export.js';
import { forbidden } from '../../../platform/http/errors.js';
import { recordActions } from '../../../platform/http/record-actions.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { ModuleRoutes } from '../../../platform/http/typed-app.js';
import { hasPermission } from '../../../platform/authz/actor.js';
import {
  AdjustmentPage, AdjustmentQuery, DecideBody, DecideResult, ExtraBody, ExtraCreated, ExtraList, ExtraListQuery, ExtraParams, MyStocktakes, PhotoParams, OpenStocktakeBody, ResultPage, ResultQuery,
  ScanBody, ScanListQuery, ScanPage, ScanParams, ScanResult, SearchQuery, SearchResult, StocktakeDetail, StocktakeListQuery, StocktakePage,
  StocktakeReport, VersionBody,
} from './stocktakes.schemas.js';
import { decideAdjustments, listAdjustments } from './use-cases/decide-adjustments.js';
import { exportStocktakeReport } from './use-cases/export-report.js';
import { closeStocktake, finishCounting, reconcileStocktake } from './use-cases/lifecycle.js';
import { openStocktake } from './use-cases/open-stocktake.js';
import { listStocktakes, myStocktakes, showStocktake } from './use-cases/read-stocktakes.js';
import { stocktakeReport, stocktakeResults } from './use-cases/results-report.js';
import { scanAsset } from './use-cases/scan-asset.js';
import { createFileStorage } from '../../../platform/files/file-storage.js';
import { registerStocktakeFileOwners } from './stocktake-file-owners.js';
import { addExtra, deleteExtra, listExtras } from './use-cases/extras.js';
import { deleteStocktakePhoto } from './use-cases/photos.js';
import { deleteScan, listScans, searchForScan } from './use-cases/scan-records.js';

const TAGS = ['校产·资产盘点'];
const Ok = Type.Object({ ok: Type.Boolean() });

/** 资产盘点: open over a scope → counters scan on their phones → finish → reconcile → approve → close → report. */
export const assetStocktakesRoutes: ModuleRoutes = (app, { db, config }) => {
  registerStocktakeFileOwners();
  const k = db.kysely;
  const storage = createFileStorage(config);
  const read = (actor: Parameters<typeof requirePermission>[0]) => requirePermission(actor, 'asset_stocktake', 'read');
  const update = (actor: Parameters<typeof requirePermission>[0]) => requirePermission(actor, 'asset_stocktake', 'update');

  app.get('/asset-stocktakes', {
    schema: { tags: TAGS, summary: '盘点列表（含进度；教师只看到列出自己为盘点人的）', querystring: StocktakeListQuery, response: { 200: StocktakePage } },
  }, async (req) => listStocktakes(k, read(req.actor), req.query));

  app.post('/asset-stocktakes', {
    schema: { tags: TAGS, summary: '发起盘点：按范围（全校/楼宇/房间/部门/分类）拍下应盘清单，指定盘点人', body: OpenStocktakeBody, response: { 200: StocktakeDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_stocktake', 'create');
    return showStocktake(k, actor, await openStocktake(k, actor, req.body));
  });

  app.get('/asset-stocktakes/mine', {
    schema: { tags: TAGS, summary: '我的盘点：列出我为盘点人、正在盘点的任务', response: { 200: MyStocktakes } },
  }, async (req) => myStocktakes(k, read(req.actor)));

  app.get('/asset-stocktakes/:id', {
    schema: { tags: TAGS, summary: '盘点进度：按房间、按盘点人', params: IdParams, response: { 200: StocktakeDetail } },
  }, async (req) => showStocktake(k, read(req.actor), req.params.id));

  app.post('/asset-stocktakes/:id/scans', {
    schema: { tags: TAGS, summary: '扫码或手工登记一件资产（同一件只计一次）', params: IdParams, body: ScanBody, response: { 200: ScanResult } },
  }, async (req) => scanAsset(k, update(req.actor), req.params.id, req.body));

  app.get('/asset-stocktakes/:id/scans', {
    schema: { tags: TAGS, summary: '盘点记录（mine=true 只看我扫的）', params: IdParams, querystring: ScanListQuery, response: { 200: ScanPage } },
  }, async (req) => listScans(k, read(req.actor), req.params.id, req.query));

  app.delete('/asset-stocktakes/:id/scans/:scanId', {
    schema: { tags: TAGS, summary: '撤销一条误扫的记录（盘点中）', params: ScanParams, response: { 200: Ok } },
  }, async (req) => {
    await deleteScan(k, storage, update(req.actor), req.params.id, req.params.scanId);
    return { ok: true };
  });

  app.get('/asset-stocktakes/:id/search', {
    schema: { tags: TAGS, summary: '手工查找资产（标签无法识别时）', params: IdParams, querystring: SearchQuery, response: { 200: SearchResult } },
  }, async (req) => searchForScan(db, read(req.actor), req.params.id, req.query.q));

  app.get('/asset-stocktakes/:id/extras', {
    schema: { tags: TAGS, summary: '盘盈（无卡物品）登记，含照片（roomId 只看一个房间的）', params: IdParams, querystring: ExtraListQuery, response: { 200: ExtraList } },
  }, async (req) => listExtras(k, read(req.actor), req.params.id, req.query));

  app.post('/asset-stocktakes/:id/extras', {
    schema: { tags: TAGS, summary: '登记没有资产卡片的物品（盘盈：名称、数量、房间；照片随后按 ownerType=asset_stocktake_extra 上传）', params: IdParams, body: ExtraBody, response: { 200: ExtraCreated } },
  }, async (req) => {
    const actor = update(req.actor);
    const extraId = await addExtra(k, actor, req.params.id, req.body);
    const { items } = await listExtras(k, actor, req.params.id);
    const extra = items.find((e) => e.id === extraId);
    if (!extra) throw new Error(`extra ${extraId} vanished after insert`);
    return { extra, items };
  });

  app.delete('/asset-stocktakes/:id/extras/:extraId', {
    schema: { tags: TAGS, summary: '删除一条盘盈登记（登记人或盘点负责人，盘点中）', params: ExtraParams, response: { 200: Ok } },
  }, async (req) => {
    await deleteExtra(k, storage, update(req.actor), req.params.id, req.params.extraId);
    return { ok: true };
  });

  app.delete('/asset-stocktakes/:id/photos/:fileId', {
    schema: { tags: TAGS, summary: '删除盘点记录或盘盈登记的一张照片（盘点中）', params: PhotoParams, response: { 200: Ok } },
  }, async (req) => {
    await deleteStocktakePhoto(db, storage, update(req.actor), req.params.id, req.params.fileId);
    return { ok: true };
  });

  app.get('/asset-stocktakes/:id/results', {
    schema: { tags: TAGS, summary: '盘点结果：已盘到、盘亏、盘盈、位置不符、使用人不符、状况异常', params: IdParams, querystring: ResultQuery, response: { 200: ResultPage } },
  }, async (req) => stocktakeResults(k, read(req.actor), req.params.id, req.query));

  // The lifecycle steps answer with the stocktake as its progress page shows it.
  const step = recordActions(app, { base: '/asset-stocktakes', tags: TAGS, response: StocktakeDetail, show: (actor, id) => showStocktake(k, actor, id) });
  step('finish-counting', '结束清点（不再接受扫码）', VersionBody, update, (a, id, b) => finishCounting(k, a, id, b));
  step('reconcile', '核对：为每处差异生成待审批的调整建议', VersionBody, update, (a, id, b) => reconcileStocktake(k, a, id, b));
  step('close', '结束盘点（须已核对且调整建议全部审批）', VersionBody, update, (a, id, b) => closeStocktake(k, a, id, b));

  app.get('/asset-stocktakes/:id/adjustments', {
    schema: { tags: TAGS, summary: '调整建议', params: IdParams, querystring: AdjustmentQuery, response: { 200: AdjustmentPage } },
  }, async (req) => listAdjustments(k, read(req.actor), req.params.id, req.query));

  app.post('/asset-stocktakes/:id/adjustments/decide', {
    schema: { tags: TAGS, summary: '批准（应用到资产卡片）或驳回调整建议', params: IdParams, body: DecideBody, response: { 200: DecideResult } },
  }, async (req) => decideAdjustments(k, requirePermission(req.actor, 'asset_stocktake', 'approve'), req.params.id, req.body));

  app.get('/asset-stocktakes/:id/report', {
    schema: { tags: TAGS, summary: '盘点报告：帐实相符率，按分类、按房间', params: IdParams, response: { 200: StocktakeReport } },
  }, async (req) => stocktakeReport(k, read(req.actor), req.params.id));

  app.get('/asset-stocktakes/:id/report.xlsx', {
    schema: { tags: TAGS, summary: '导出盘点报告（Excel）', params: IdParams },
  }, async (req, reply) => {
    const actor = read(req.actor);
    if (!hasPermission(actor, 'asset_stocktake', 'export') && !hasPermission(actor, 'asset_stocktake', 'create')) throw forbidden();
    const file = await exportStocktakeReport(k, actor, req.params.id);
    return sendXlsx(reply, file.name, file.body);
  });
};
