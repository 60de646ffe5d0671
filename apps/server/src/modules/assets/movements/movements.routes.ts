import { type Actor, requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx, writeXlsx } from '../../../platform/excel/xlsx-export.js';
import { recordActions } from '../../../platform/http/record-actions.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { ModuleRoutes } from '../../../platform/http/typed-app.js';
import { sendPdf } from '../../../platform/pdf/pdf-document.js';
import {
  CandidateList, CandidateQuery, CreateMovementBody, DeclineExtensionBody, ExtendBody, MovementDetail, MovementExportQuery, MovementListQuery, MovementPage,
  MovementSettingsDto, PutMovementSettingsBody, RejectBody, RequestExtensionBody, ReturnBody, StepBody,
} from './movements.schemas.js';
import { receiveMovement, lendMovement, returnMovement } from './use-cases/complete-movement.js';
import { createMovement } from './use-cases/create-movement.js';
import { extendLoan } from './use-cases/extend-loan.js';
import { declineExtension, grantExtension, requestExtension } from './use-cases/extension-requests.js';
import { movementCandidates } from './use-cases/movement-candidates.js';
import { saveMovementSettings, showMovementSettings } from './use-cases/movement-settings.js';
import { approveMovement, cancelMovement, rejectMovement, submitMovement } from './use-cases/movement-steps.js';
import { movementPdf, movementSheet } from './use-cases/print-movement.js';
import { exportMovements, listMovements, showMovement } from './use-cases/read-movements.js';

const TAGS = ['校产·调拨借用'];
const DAMAGE_HINT = '有资产归还时损坏，已在「损坏赔偿」中登记（责任人为借用人）：请核实经过并提出赔偿建议。';

/** 调拨 / 借用 / 归还 / 退库: one document over many cards, a server-enforced state machine, custody changed on receipt. */
export const assetMovementsRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;
  const d = db.dialect;

  app.get('/asset-movements', {
    schema: { tags: TAGS, summary: '调拨、借用、退库单列表（教师只看与自己有关的）', querystring: MovementListQuery, response: { 200: MovementPage } },
  }, async (req) => listMovements(k, d, requirePermission(req.actor, 'asset_movement', 'read'), req.query));

  app.get('/asset-movements/export.xlsx', {
    schema: { tags: TAGS, summary: '导出调拨借用记录（Excel，筛选同列表）', querystring: MovementExportQuery },
  }, async (req, reply) => {
    const items = await exportMovements(k, d, requirePermission(req.actor, 'asset_movement', 'export'), req.query);
    return sendXlsx(reply, '调拨借用记录.xlsx', await writeXlsx([movementSheet(items)]));
  });

  app.get('/asset-movements/candidates', {
    schema: { tags: TAGS, summary: '可选资产（按编号、名称或房间；标明不能办理的原因）', querystring: CandidateQuery, response: { 200: CandidateList } },
  }, async (req) => movementCandidates(k, d, requirePermission(req.actor, 'asset_movement', 'create'), req.query));

  app.get('/asset-movement-settings', {
    schema: { tags: TAGS, summary: '调拨借用设置（低值耐用品是否审批、库房）', response: { 200: MovementSettingsDto } },
  }, async (req) => showMovementSettings(k, requirePermission(req.actor, 'asset_movement', 'read')));

  app.put('/asset-movement-settings', {
    schema: { tags: TAGS, summary: '保存调拨借用设置', body: PutMovementSettingsBody, response: { 200: MovementSettingsDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_settings', 'update');
    await saveMovementSettings(k, actor, req.body);
    return showMovementSettings(k, actor);
  });

  app.post('/asset-movements', {
    schema: { tags: TAGS, summary: '新建调拨单、借用单或退库单（submit: true 同时提交）', body: CreateMovementBody, response: { 200: MovementDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_movement', 'create');
    return showMovement(k, d, actor, await createMovement(k, actor, req.body));
  });

  app.get('/asset-movements/:id', {
    schema: { tags: TAGS, summary: '单据详情：资产清单和办理记录', params: IdParams, response: { 200: MovementDetail } },
  }, async (req) => showMovement(k, d, requirePermission(req.actor, 'asset_movement', 'read'), req.params.id));

  app.get('/asset-movements/:id.pdf', {
    schema: { tags: TAGS, summary: '打印调拨单 / 借用单 / 退库单（PDF，供签字）', params: IdParams },
  }, async (req, reply) => {
    const { body, fileName } = await movementPdf(k, d, requirePermission(req.actor, 'asset_movement', 'read'), req.params.id);
    return sendPdf(reply, fileName, body);
  });

  // Every step answers with the document as its detail shows it; who may take it is the use case's question.
  const action = recordActions(app, { base: '/asset-movements', tags: TAGS, response: MovementDetail, show: (actor, id) => showMovement(k, d, actor, id) });
  const reader = (actor: Actor | null) => requirePermission(actor, 'asset_movement', 'read');
  action('submit', '提交（低值耐用品按设置可免审批）', StepBody, reader, (a, id, b) => submitMovement(k, a, id, b));
  action('approve', '审批通过（不能审批自己的申请）', StepBody, reader, (a, id, b) => approveMovement(k, a, id, b));
  action('receive', '确认接收（调拨：接收人或保管员代确认，需说明）/ 确认退库（保管员）', StepBody, reader, (a, id, b) => receiveMovement(k, a, id, b));
  action('lend', '借出（保管员交付，资产状态变为出租出借）', StepBody, reader, (a, id, b) => lendMovement(k, a, id, b));
  action('cancel', '撤销（资产移交前）', StepBody, reader, (a, id, b) => cancelMovement(k, a, id, b));
  action('reject', '驳回（审批人）/ 拒收（接收人）/ 不予退库（保管员）', RejectBody, reader, (a, id, b) => rejectMovement(k, a, id, b));
  action('extend', '续借（保管员把借出中的借用单归还期限延后，须说明理由；通知借用人）', ExtendBody, reader, (a, id, b) => extendLoan(k, a, id, b));
  action('request-extension', '申请续借（借用人提出希望归还日期和理由；通知保管员）', RequestExtensionBody, reader, (a, id, b) => requestExtension(k, a, id, b));
  action('grant-extension', '同意续借（保管员按申请的日期续借；通知借用人）', StepBody, reader, (a, id, b) => grantExtension(k, a, id, b));
  action('decline-extension', '不同意续借（保管员说明原因；通知借用人）', DeclineExtensionBody, reader, (a, id, b) => declineExtension(k, a, id, b));

  app.post('/asset-movements/:id/return', {
    schema: { tags: TAGS, summary: '归还（保管员确认，逐件登记完好或损坏）', params: IdParams, body: ReturnBody, response: { 200: MovementDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset_movement', 'read');
    const { damaged } = await returnMovement(k, actor, req.params.id, req.body);
    return showMovement(k, d, actor, req.params.id, damaged > 0 ? DAMAGE_HINT : null);
  });
};
