import { type Actor, requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx } from '../../../platform/excel/xlsx-export.js';
import { recordActions } from '../../../platform/http/record-actions.js';
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

  // Every step answers with the record as its detail shows it.
  const action = recordActions(app, { base: '/asset-damages', tags: TAGS, response: DamageDetail, show: (actor, id) => showDamage(k, actor, id) });
  const may = (permission: 'update' | 'approve') => (actor: Actor | null) => requirePermission(actor, 'asset_damage', permission);
  action('propose', '提出赔偿建议（按净值或维修费用 × 原因比例自动计算）', ProposeBody, may('update'), (a, id, b) => proposeDamage(k, a, id, b));
  action('approve', '批准赔偿（可调整金额并说明理由）', ApproveBody, may('approve'), (a, id, b) => approveDamage(k, a, id, b));
  action('waive', '免于赔偿（须填写理由）', ReasonBody, may('approve'), (a, id, b) => waiveDamage(k, a, id, b));
  action('pay', '登记缴费：金额、日期、收据号、收款人', PayBody, may('update'), (a, id, b) => payDamage(k, a, id, b));
  action('cancel', '撤销损坏记录（须填写理由）', ReasonBody, may('update'), (a, id, b) => cancelDamage(k, a, id, b));
  action('work-order', '关联本校维修工单（之后的赔偿建议按维修费用计算）', LinkWorkOrderBody, may('update'), (a, id, b) => linkDamageWorkOrder(k, a, id, b));
  action('raise-repair', '发起报修：为损坏的资产报修（房间取自资产卡片），并关联生成的报修单 / 维修工单', RaiseRepairBody,
    (actor) => requirePermission(may('update')(actor), 'repair', 'create'), (a, id, b) => raiseDamageRepair(k, a, id, b));
};
