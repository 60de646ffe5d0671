import { type Actor, requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx } from '../../../platform/excel/xlsx-export.js';
import { recordActions } from '../../../platform/http/record-actions.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { ModuleRoutes } from '../../../platform/http/typed-app.js';
import { sendPdf } from '../../../platform/pdf/pdf-document.js';
import { registerDisposalFileOwner } from './disposal-file-owner.js';
import { renderDisposalPdf } from './disposal-pdf.js';
import { requireSettingsReader } from './disposals.policy.js';
import { showDisposalSettings, updateDisposalSettings } from './disposal-settings.js';
import {
  CompleteBody, CreateDisposalBody, DisposalDetail, DisposalListQuery, DisposalPage, DisposalSettingsBody, DisposalSettingsDto,
  SchoolQuery, StepBody, WithdrawBody,
} from './disposals.schemas.js';
import { completeDisposal, withdrawDisposal } from './use-cases/finish-disposal.js';
import { exportDisposals, listDisposals, showDisposal } from './use-cases/read-disposals.js';
import { submitDisposal } from './use-cases/submit-disposal.js';
import { takeDisposalStep } from './use-cases/take-step.js';

const TAGS = ['校产·报废报损'];

/** 报废/报损: request → 资产管理员审核 → 集体决策 → approvals by value tier → 待处置 → 处置完成. */
export const assetDisposalsRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;
  registerDisposalFileOwner();

  app.get('/asset-disposal-settings', {
    schema: { tags: TAGS, summary: '报废审批档次、技术鉴定规则和损坏赔偿比例', querystring: SchoolQuery, response: { 200: DisposalSettingsDto } },
  }, async (req) => showDisposalSettings(k, requireSettingsReader(req.actor), req.query.schoolId));

  app.put('/asset-disposal-settings', {
    schema: { tags: TAGS, summary: '保存报废与赔偿设置（已提交的申请按提交时的审批链办理）', body: DisposalSettingsBody, response: { 200: DisposalSettingsDto } },
  }, async (req) => updateDisposalSettings(k, requirePermission(req.actor, 'asset_settings', 'update'), req.body));

  app.get('/asset-disposals', {
    schema: { tags: TAGS, summary: '报废报损申请列表（教育局账号可看全区，actionable=true 为待我审批）', querystring: DisposalListQuery, response: { 200: DisposalPage } },
  }, async (req) => listDisposals(k, db.dialect, requirePermission(req.actor, 'asset_disposal', 'read'), req.query));

  app.get('/asset-disposals/export.xlsx', {
    schema: { tags: TAGS, summary: '导出报废报损申请（Excel，金额单位：元）', querystring: DisposalListQuery },
  }, async (req, reply) => sendXlsx(reply, '报废报损申请.xlsx', await exportDisposals(k, db.dialect, requirePermission(req.actor, 'asset_disposal', 'export'), req.query)));

  app.post('/asset-disposals', {
    schema: { tags: TAGS, summary: '提交报废/报损申请（资产转为待报废）', body: CreateDisposalBody, response: { 200: DisposalDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_disposal', 'create');
    return showDisposal(k, actor, await submitDisposal(k, actor, req.body));
  });

  app.get('/asset-disposals/:id', {
    schema: { tags: TAGS, summary: '报废申请详情：资产、审批链和办理记录', params: IdParams, response: { 200: DisposalDetail } },
  }, async (req) => showDisposal(k, requirePermission(req.actor, 'asset_disposal', 'read'), req.params.id));

  app.get('/asset-disposals/:id/form.pdf', {
    schema: { tags: TAGS, summary: '资产报废申请表（PDF，含各环节签字栏）', params: IdParams },
  }, async (req, reply) => {
    const detail = await showDisposal(k, requirePermission(req.actor, 'asset_disposal', 'read'), req.params.id);
    // scope: showDisposal has already checked the reader may see this request and its school.
    const school = await k.selectFrom('schools').select('timezone').where('id', '=', detail.disposal.schoolId).executeTakeFirstOrThrow();
    return sendPdf(reply, `资产${detail.disposal.kindLabel}申请表-${detail.disposal.id}.pdf`, await renderDisposalPdf(detail.disposal.schoolName, school.timezone, detail));
  });

  // Every step answers with the request as its detail shows it.
  const action = recordActions(app, { base: '/asset-disposals', tags: TAGS, response: DisposalDetail, show: (actor, id) => showDisposal(k, actor, id) });
  const may = (permission: 'read' | 'create' | 'update') => (actor: Actor | null) => requirePermission(actor, 'asset_disposal', permission);
  action('steps', '办理当前环节：同意或驳回（主管部门/财政部门可由学校登记纸质批复）', StepBody, may('read'), (a, id, b) => takeDisposalStep(k, a, id, b));
  action('complete', '处置完成：登记处置方式、日期、收入，资产销账', CompleteBody, may('update'), (a, id, b) => completeDisposal(k, a, id, b));
  action('withdraw', '撤回审批中的申请（资产恢复原状态）', WithdrawBody, may('create'), (a, id, b) => withdrawDisposal(k, a, id, b));
};
