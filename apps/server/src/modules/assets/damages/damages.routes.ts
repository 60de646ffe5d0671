import { requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx } from '../../../platform/excel/xlsx-export.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { ModuleRoutes } from '../../../platform/http/typed-app.js';
import { registerDamageFileOwner } from './damage-file-owner.js';
import {
  ApproveBody, CreateDamageBody, DamageDetail, DamageListQuery, DamagePage, LinkWorkOrderBody, PayBody, ProposeBody, RaiseRepairBody, ReasonBody,
} from './damages.schemas.js';
import { approveDamage, cancelDamage, linkDamageWorkOrder, payDamage, proposeDamage, waiveDamage } from './use-cases/damage-actions.js';
import { exportDamages, listDamages, showDamage } from './use-cases/read-damages.js';
import { raiseDamageRepair } from './use-cases/raise-repair.js';
import { recordDamage } from './use-cases/record-damage.js';

const TAGS = ['校产·损坏赔偿'];

/** 损坏赔偿: 登记 → 赔偿建议 → 批准 | 免赔 → 缴费; photos through the files module (ownerType asset_damage). */
export const assetDamagesRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;
  registerDamageFileOwner();

  app.get('/asset-damages', {
    schema: { tags: TAGS, summary: '损坏赔偿记录列表', querystring: DamageListQuery, response: { 200: DamagePage } },
  }, async (req) => listDamages(k, db.dialect, requirePermission(req.actor, 'asset_damage', 'read'), req.query));

  app.get('/asset-damages/export.xlsx', {
    schema: { tags: TAGS, summary: '导出损坏赔偿记录（Excel，金额单位：元）', querystring: DamageListQuery },
  }, async (req, reply) => sendXlsx(reply, '损坏赔偿.xlsx', await exportDamages(k, db.dialect, requirePermission(req.actor, 'asset_damage', 'export'), req.query)));

  app.post('/asset-damages', {
    schema: { tags: TAGS, summary: '登记损坏：资产、时间、经过、原因、责任人，可关联维修工单', body: CreateDamageBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'create');
    return showDamage(k, actor, await recordDamage(k, actor, req.body));
  });

  app.get('/asset-damages/:id', {
    schema: { tags: TAGS, summary: '损坏记录详情与办理记录', params: IdParams, response: { 200: DamageDetail } },
  }, async (req) => showDamage(k, requirePermission(req.actor, 'asset_damage', 'read'), req.params.id));

  app.post('/asset-damages/:id/propose', {
    schema: { tags: TAGS, summary: '提出赔偿建议（按净值或维修费用 × 原因比例自动计算）', params: IdParams, body: ProposeBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'update');
    await proposeDamage(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });

  app.post('/asset-damages/:id/approve', {
    schema: { tags: TAGS, summary: '批准赔偿（可调整金额并说明理由）', params: IdParams, body: ApproveBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'approve');
    await approveDamage(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });

  app.post('/asset-damages/:id/waive', {
    schema: { tags: TAGS, summary: '免于赔偿（须填写理由）', params: IdParams, body: ReasonBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'approve');
    await waiveDamage(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });

  app.post('/asset-damages/:id/pay', {
    schema: { tags: TAGS, summary: '登记缴费：金额、日期、收据号、收款人', params: IdParams, body: PayBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'update');
    await payDamage(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });

  app.post('/asset-damages/:id/cancel', {
    schema: { tags: TAGS, summary: '撤销损坏记录（须填写理由）', params: IdParams, body: ReasonBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'update');
    await cancelDamage(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });

  app.post('/asset-damages/:id/work-order', {
    schema: { tags: TAGS, summary: '关联本校维修工单（之后的赔偿建议按维修费用计算）', params: IdParams, body: LinkWorkOrderBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_damage', 'update');
    await linkDamageWorkOrder(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });

  app.post('/asset-damages/:id/raise-repair', {
    schema: { tags: TAGS, summary: '发起报修：为损坏的资产报修（房间取自资产卡片），并关联生成的报修单 / 维修工单', params: IdParams, body: RaiseRepairBody, response: { 200: DamageDetail } },
  }, async (req) => {
    const actor = requirePermission(requirePermission(req.actor, 'asset_damage', 'update'), 'repair', 'create');
    await raiseDamageRepair(k, actor, req.params.id, req.body);
    return showDamage(k, actor, req.params.id);
  });
};
