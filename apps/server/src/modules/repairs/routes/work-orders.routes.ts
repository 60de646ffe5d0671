import { type Actor, requirePermission } from '../../../platform/authz/actor.js';
import { IdParams } from '../../../platform/http/scoped-crud.js';
import { recordActions } from '../../../platform/http/record-actions.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { AppServices } from '../../../app-services.js';
import { WorkOrderDetail } from '../repairs.schemas.js';
import { acceptWorkOrder } from '../use-cases/accept-work-order.js';
import { assignWorkOrders } from '../use-cases/assign-work-orders.js';
import { cancelWorkOrder } from '../use-cases/cancel-work-order.js';
import { completeWorkOrder } from '../use-cases/complete-work-order.js';
import { OutsourceBody } from '../contractors/contractors.schemas.js';
import { outsourceWorkOrder } from '../use-cases/outsource-work-order.js';
import { confirmWorkOrder } from '../use-cases/confirm-work-order.js';
import { listQueuePage, listWorkOrdersPage } from '../use-cases/list-repairs.js';
import { listTechnicians } from '../use-cases/list-technicians.js';
import { pauseWorkOrder } from '../use-cases/pause-work-order.js';
import { reassignWorkOrder } from '../use-cases/reassign-work-order.js';
import { reopenWorkOrder } from '../use-cases/reopen-work-order.js';
import { resumeWorkOrder } from '../use-cases/resume-work-order.js';
import { showWorkOrder } from '../use-cases/show-repair-detail.js';
import { startWorkOrder } from '../use-cases/start-work-order.js';
import {
  AssignBody, AssignResponse, CancelBody, CompleteBody, ConfirmBody, PauseBody, QueueQuery, ReassignBody, ReopenBody, TechnicianList,
  VersionBody, WorkOrderListQuery, WorkOrderPage,
} from '../work-orders.schemas.js';

const TAGS = ['维修工单'];
const detail = { 200: WorkOrderDetail };

export function workOrderRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/work-orders', {
    schema: { tags: TAGS, summary: '派单看板：工单列表（按完成时限排序，可按状态、分类、楼宇、维修人员、超时筛选）', querystring: WorkOrderListQuery, response: { 200: WorkOrderPage } },
  }, async (req) => listWorkOrdersPage(k, db.dialect, requirePermission(req.actor, 'work_order', 'read'), req.query));

  app.get('/work-orders/queue', {
    schema: { tags: TAGS, summary: '我的工单：本人及所在班组待处理的工单，按完成时限排序', querystring: QueueQuery, response: { 200: WorkOrderPage } },
  }, async (req) => listQueuePage(k, requirePermission(req.actor, 'work_order', 'update'), req.query));

  app.get('/work-orders/technicians', {
    schema: { tags: TAGS, summary: '可派单的维修人员（含手头未完成工单数）', response: { 200: TechnicianList } },
  }, async (req) => listTechnicians(k, requirePermission(req.actor, 'work_order', 'dispatch')));

  app.post('/work-orders/assign', {
    schema: { tags: TAGS, summary: '派单（可批量；每张工单带上看到的版本，任何一张已被他人处理则全部不变并返回 409）', body: AssignBody, response: { 200: AssignResponse } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'work_order', 'dispatch');
    const ids = await assignWorkOrders(k, actor, req.body);
    return { items: await Promise.all(ids.map(async (id) => showWorkOrder(k, actor, id))) };
  });

  app.get('/work-orders/:id', {
    schema: { tags: TAGS, summary: '工单详情（时间线、照片、转单记录、可执行操作）', params: IdParams, response: detail },
  }, async (req) => showWorkOrder(k, requirePermission(req.actor, 'work_order', 'read'), req.params.id));

  // Every state change answers with the work order as its detail page shows it.
  const action = recordActions(app, { base: '/work-orders', tags: TAGS, response: WorkOrderDetail, show: (actor, id) => showWorkOrder(k, actor, id) });
  const may = (permission: 'dispatch' | 'update') => (actor: Actor | null) => requirePermission(actor, 'work_order', permission);
  // Acceptance is the requester's, who usually has no work-order permission; the policy checks they reported it.
  const requester = (actor: Actor | null) => requirePermission(actor, 'repair', 'read');

  action('reassign', '转单（须填写原因，保留转单记录）', ReassignBody, may('dispatch'), (a, id, b) => reassignWorkOrder(k, a, id, b));
  action('outsource', '委外（交给外包单位，附报价和说明；其账号接单处理，保留转单记录）', OutsourceBody, may('dispatch'), (a, id, b) => outsourceWorkOrder(k, a, id, b));
  action('accept', '接单', VersionBody, may('update'), (a, id, b) => acceptWorkOrder(k, a, id, b.version));
  action('start', '开始维修', VersionBody, may('update'), (a, id, b) => startWorkOrder(k, a, id, b.version));
  action('pause', '暂停（等配件、无法进入等；暂停期间不计时）', PauseBody, may('update'), (a, id, b) => pauseWorkOrder(k, a, id, b));
  action('resume', '继续维修', VersionBody, may('update'), (a, id, b) => resumeWorkOrder(k, a, id, b.version));
  action('complete', '完工（完工照片、工时、配件、费用；委外工单须填实际费用）', CompleteBody, may('update'), (a, id, b) => completeWorkOrder(k, a, id, b));
  action('confirm', '验收（仅报修人，1–5 星）', ConfirmBody, requester, (a, id, b) => confirmWorkOrder(k, a, id, b));
  action('reopen', '退回返修（仅报修人，须填写原因）', ReopenBody, requester, (a, id, b) => reopenWorkOrder(k, a, id, b));
  action('cancel', '取消工单（须填写原因）', CancelBody, may('dispatch'), (a, id, b) => cancelWorkOrder(k, a, id, b));
}
