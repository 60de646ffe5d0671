import { requirePermission } from '../../../platform/authz/actor.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { ModuleRoutes } from '../../../platform/http/typed-app.js';
import { registerCheckFileOwner } from './check-file-owner.js';
import { requireAllChecks } from './room-checks.policy.js';
import {
  CheckSheet, MyChecks, OpenRoundBody, RoundDetail, RoundListQuery, RoundPage, SubmitCheckBody, VersionBody,
} from './room-checks.schemas.js';
import { myChecks, showCheckSheet } from './use-cases/check-sheet.js';
import { closeRound, listRounds, openRound, showRound } from './use-cases/rounds.js';
import { submitCheck } from './use-cases/submit-check.js';

const TAGS = ['校产·期初清点'];

/** 期初清点: the storekeeper opens a round, each room's 班主任 or keeper checks and signs on the phone. */
export const assetRoomChecksRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;
  registerCheckFileOwner();

  app.get('/asset-check-rounds', {
    schema: { tags: TAGS, summary: '清点任务列表（含进度）', querystring: RoundListQuery, response: { 200: RoundPage } },
  }, async (req) => listRounds(k, requireAllChecks(requirePermission(req.actor, 'asset', 'read')), req.query));

  app.post('/asset-check-rounds', {
    schema: { tags: TAGS, summary: '发起期初清点：所有存放资产的房间，或所选楼栋的房间', body: OpenRoundBody, response: { 200: RoundDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'create');
    const id = await openRound(k, actor, req.body);
    return showRound(k, actor, id);
  });

  app.get('/asset-check-rounds/:id', {
    schema: { tags: TAGS, summary: '清点任务详情：每个房间的进度和结果', params: IdParams, response: { 200: RoundDetail } },
  }, async (req) => showRound(k, requireAllChecks(requirePermission(req.actor, 'asset', 'read')), req.params.id));

  app.post('/asset-check-rounds/:id/close', {
    schema: { tags: TAGS, summary: '结束清点任务（不再接受提交）', params: IdParams, body: VersionBody, response: { 200: RoundDetail } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'update');
    await closeRound(k, actor, req.params.id, req.body);
    return showRound(k, actor, req.params.id);
  });

  app.get('/asset-checks/mine', {
    schema: { tags: TAGS, summary: '我的清点：我负责的房间（班主任或房间管理员）', response: { 200: MyChecks } },
  }, async (req) => myChecks(k, requirePermission(req.actor, 'asset', 'read')));

  app.get('/asset-checks/:id', {
    schema: { tags: TAGS, summary: '房间清点单：清单、上次结果和提交记录', params: IdParams, response: { 200: CheckSheet } },
  }, async (req) => showCheckSheet(k, requirePermission(req.actor, 'asset', 'read'), req.params.id));

  app.post('/asset-checks/:id/submit', {
    schema: { tags: TAGS, summary: '提交房间清点结果（已提交的可重新提交更正，历史保留）', params: IdParams, body: SubmitCheckBody, response: { 200: CheckSheet } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'read');
    await submitCheck(k, actor, req.params.id, req.body);
    return showCheckSheet(k, actor, req.params.id);
  });
};
