import { type Actor, requirePermission } from '../../../platform/authz/actor.js';
import { recordActions } from '../../../platform/http/record-actions.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { AppServices } from '../../../app-services.js';
import { RepairRequestDetail, RepairRequestDto } from '../repairs.schemas.js';
import {
  ConvertBody, DeclineBody, DuplicatesQuery, DuplicatesResponse, FollowUpBody, FormOptions, FormOptionsQuery, MergeBody, RequestListQuery,
  RequestPage, SubmitRequestBody, WithdrawBody,
} from '../requests.schemas.js';
import { convertRequest } from '../use-cases/convert-request.js';
import { declineRequest } from '../use-cases/decline-request.js';
import { findDuplicates } from '../use-cases/find-duplicates.js';
import { followUpRequest } from '../use-cases/follow-up-request.js';
import { repairFormOptions } from '../use-cases/form-options.js';
import { listRequestsPage } from '../use-cases/list-repairs.js';
import { mergeRequest } from '../use-cases/merge-request.js';
import { presentSubmitted, showRequest } from '../use-cases/show-repair-detail.js';
import { submitRepairRequest } from '../use-cases/submit-repair-request.js';
import { withdrawRequest } from '../use-cases/withdraw-request.js';

const TAGS = ['报修单'];
const detail = { 200: RepairRequestDetail };

export function requestRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/repair-requests', {
    schema: { tags: TAGS, summary: '报修单列表（mine=true 只看我报的；教师只能看到自己的）', querystring: RequestListQuery, response: { 200: RequestPage } },
  }, async (req) => listRequestsPage(k, db.dialect, requirePermission(req.actor, 'repair', 'read'), req.query));

  app.get('/repair-requests/options', {
    schema: { tags: TAGS, summary: '报修表单选项（扫码房间、分类、紧急程度、照片要求）', querystring: FormOptionsQuery, response: { 200: FormOptions } },
  }, async (req) => repairFormOptions(k, requirePermission(req.actor, 'repair', 'create'), req.query));

  app.get('/repair-requests/duplicates', {
    schema: { tags: TAGS, summary: '同一房间、同一分类正在处理的报修（提交前提示「跟进」）', querystring: DuplicatesQuery, response: { 200: DuplicatesResponse } },
  }, async (req) => findDuplicates(k, requirePermission(req.actor, 'repair', 'create'), req.query));

  app.post('/repair-requests', {
    schema: {
      tags: TAGS, summary: '提交报修（照片先以 ownerType=repair_draft、ownerId=本人用户编号上传，再在 photoFileIds 中引用；返回报修单摘要）',
      body: SubmitRequestBody, response: { 200: RepairRequestDto },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'repair', 'create');
    return presentSubmitted(actor, await submitRepairRequest(k, actor, req.body));
  });

  app.get('/repair-requests/:id', {
    schema: { tags: TAGS, summary: '报修单详情（照片、进度、时间线、可执行操作）', params: IdParams, response: detail },
  }, async (req) => showRequest(k, requirePermission(req.actor, 'repair', 'read'), req.params.id));

  // Every state change answers with the request as its detail page shows it.
  const action = recordActions(app, { base: '/repair-requests', tags: TAGS, response: RepairRequestDetail, show: (actor, id) => showRequest(k, actor, id) });
  const may = (permission: 'create' | 'approve' | 'read') => (actor: Actor | null) => requirePermission(actor, 'repair', permission);
  action('follow-up', '跟进：在正在处理的报修上补充说明和照片（代替重复报修）', FollowUpBody, may('create'), (a, id, b) => followUpRequest(k, a, id, b));
  action('convert', '受理：转为工单（可直接指定维修人员或班组，否则按派单规则）', ConvertBody, may('approve'), (a, id, b) => convertRequest(k, a, id, b));
  action('decline', '驳回（不予受理），原因会告知报修人', DeclineBody, may('approve'), (a, id, b) => declineRequest(k, a, id, b));
  action('merge', '合并到另一张正在处理的报修单（照片和跟进随之显示）', MergeBody, may('approve'), (a, id, b) => mergeRequest(k, a, id, b));
  // The requester withdraws their own report; the use case checks it is theirs.
  action('cancel', '报修人撤回（维修开始前）', WithdrawBody, may('read'), (a, id, b) => withdrawRequest(k, a, id, b));
}
