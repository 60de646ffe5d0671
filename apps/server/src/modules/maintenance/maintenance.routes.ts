import { hasPermission, requirePermission, writableSchoolId } from '../../platform/authz/actor.js';
import { actorOrThrow } from '../../platform/http/request-context.js';
import { auditContextOf } from '../../platform/authz/load-actor.js';
import { sendXlsx, writeXlsx } from '../../platform/excel/xlsx-export.js';
import { forbidden, notFound, platformError } from '../../platform/http/errors.js';
import { Deleted, IdParams, VersionQuery } from '../../platform/http/scoped-crud.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { Type } from 'typebox';
import { listAllPlans } from './maintenance.repository.js';
import {
  CreatePlanBody, FromTemplateBody, OccurrenceDetail, WorkOrderParams, GenerateResultDto, OccurrenceList, OccurrenceQuery, PlanDto, PlanExportQuery, PlanListQuery, PlanPage, PreviewBody,
  PreviewDto, PreviewQuery, TemplateDto, UpdatePlanBody, VersionBody,
} from './maintenance.schemas.js';
import { PLAN_COLUMNS } from './plan-export.js';
import { registerOccurrenceChecklistSubject } from './occurrence-subject.js';
import { checkDateSpan, scheduleOf } from './schedule-input.js';
import { generateForPlan, timingOf } from './use-cases/generate-occurrences.js';
import { listOccurrences } from './use-cases/list-occurrences.js';
import { occurrenceIdOfWorkOrder, showOccurrence } from './use-cases/show-occurrence.js';
import { listPlanDtos, loadPlanDto, presentPlans } from './use-cases/load-plans.js';
import { schoolCalendarOf } from './use-cases/next-due.js';
import { createPlanFromTemplate, listPlanTemplates } from './use-cases/plan-template-use.js';
import { previewDates } from './use-cases/preview-plan.js';
import { createPlan, deletePlan, setPlanActive, updatePlan } from './use-cases/save-plan.js';

const TAGS = ['保养计划'];
const PREVIEW_COUNT = 10;

/** 保养计划: recurring preventive maintenance that becomes ordinary work orders on the dispatch board. */
export const maintenanceRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;
  registerOccurrenceChecklistSubject();

  app.get('/maintenance-plans', {
    schema: { tags: TAGS, summary: '保养计划列表（含下次到期日）', querystring: PlanListQuery, response: { 200: PlanPage } },
  }, async (req) => listPlanDtos(k, db.dialect, requirePermission(req.actor, 'maintenance_plan', 'read'), req.query));

  app.get('/maintenance-plans/export.xlsx', {
    schema: { tags: TAGS, summary: '导出保养计划（Excel，筛选同列表）', querystring: PlanExportQuery },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'maintenance_plan', 'export');
    const rows = await presentPlans(k, actor, await listAllPlans(k, db.dialect, actor.readableSchoolIds, req.query, req.query.sort));
    return sendXlsx(reply, '保养计划.xlsx', await writeXlsx([{ name: '保养计划', columns: PLAN_COLUMNS, rows }]));
  });

  app.get('/maintenance-plan-templates', {
    schema: { tags: TAGS, summary: '保养计划模板（来自学校后勤工作计划，可从模板新建）', response: { 200: Type.Object({ items: Type.Array(TemplateDto) }) } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'maintenance_plan', 'read');
    return { items: await listPlanTemplates(k, writableSchoolId(actor)) };
  });

  app.post('/maintenance-plans/from-template', {
    schema: { tags: TAGS, summary: '从模板新建保养计划', body: FromTemplateBody, response: { 200: PlanDto } },
  }, async (req) => createPlanFromTemplate(db, requirePermission(req.actor, 'maintenance_plan', 'create'), req.body));

  app.post('/maintenance-plans/preview', {
    schema: { tags: TAGS, summary: '预览重复规则的接下来 10 个日期（未保存的计划）', body: PreviewBody, response: { 200: PreviewDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'maintenance_plan', 'read');
    const b = req.body;
    checkDateSpan(b.startDate, b.endDate ?? null);
    const sc = await schoolCalendarOf(k, writableSchoolId(actor));
    const today = sc.cal.localDateOf(new Date());
    const timing = { schedule: scheduleOf(b.schedule), holidayPolicy: b.holidayPolicy, startDate: b.startDate, endDate: b.endDate ?? null };
    return previewDates(timing, sc, b.startDate > today ? b.startDate : today, PREVIEW_COUNT, b.leadDays ?? 0, b.lastCompletedOn ?? null);
  });

  app.post('/maintenance-plans', {
    schema: { tags: TAGS, summary: '新建保养计划', body: CreatePlanBody, response: { 200: PlanDto } },
  }, async (req) => createPlan(db, requirePermission(req.actor, 'maintenance_plan', 'create'), req.body));

  app.get('/maintenance-plans/:id', {
    schema: { tags: TAGS, summary: '保养计划详情', params: IdParams, response: { 200: PlanDto } },
  }, async (req) => loadPlanDto(k, requirePermission(req.actor, 'maintenance_plan', 'read'), req.params.id));

  app.patch('/maintenance-plans/:id', {
    schema: { tags: TAGS, summary: '修改保养计划（新规则从今天起生效，已生成的工单不变）', params: IdParams, body: UpdatePlanBody, response: { 200: PlanDto } },
  }, async (req) => updatePlan(db, requirePermission(req.actor, 'maintenance_plan', 'update'), req.params.id, req.body));

  app.delete('/maintenance-plans/:id', {
    schema: { tags: TAGS, summary: '删除保养计划（已生成过工单的只能暂停）', params: IdParams, querystring: VersionQuery, response: { 200: Deleted } },
  }, async (req) => {
    await deletePlan(db, requirePermission(req.actor, 'maintenance_plan', 'delete'), req.params.id, req.query.version);
    return { id: req.params.id, deleted: true };
  });

  for (const [action, active, summary] of [['pause', false, '暂停保养计划'], ['resume', true, '恢复保养计划（暂停期间的不补生成）']] as const) {
    app.post(`/maintenance-plans/:id/${action}`, {
      schema: { tags: TAGS, summary, params: IdParams, body: VersionBody, response: { 200: PlanDto } },
    }, async (req) => setPlanActive(db, requirePermission(req.actor, 'maintenance_plan', 'update'), req.params.id, req.body.version, active));
  }

  app.get('/maintenance-plans/:id/preview', {
    schema: { tags: TAGS, summary: '预览计划接下来的日期（含节假日调整说明）', params: IdParams, querystring: PreviewQuery, response: { 200: PreviewDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'maintenance_plan', 'read');
    const plan = await k.selectFrom('maintenance_plans').selectAll().where('id', '=', req.params.id).where('school_id', 'in', actor.readableSchoolIds.length ? actor.readableSchoolIds : [0]).executeTakeFirst();
    if (!plan) throw notFound('保养计划');
    const sc = await schoolCalendarOf(k, plan.school_id);
    return previewDates(timingOf(plan), sc, req.query.from ?? sc.cal.localDateOf(new Date()), req.query.count ?? PREVIEW_COUNT, plan.lead_days);
  });

  app.post('/maintenance-plans/:id/generate', {
    schema: { tags: TAGS, summary: '立即生成到期的保养工单（与定时任务相同，不会重复生成）', params: IdParams, body: Type.Object({}, { additionalProperties: false }), response: { 200: GenerateResultDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'maintenance_plan', 'update');
    const schoolId = writableSchoolId(actor);
    const plan = await k.selectFrom('maintenance_plans').selectAll().where('id', '=', req.params.id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!plan) throw notFound('保养计划');
    if (plan.active !== 1) throw platformError('CONFLICT', '计划已暂停，恢复后才能生成');
    const out = await generateForPlan(k, plan, await schoolCalendarOf(k, schoolId), new Date(), auditContextOf(actor));
    if (out.failed > 0 && out.workOrderIds.length === 0) throw platformError('CONFLICT', '生成失败，请检查计划的负责人、维修分类和检查表设置后重试');
    return { created: out.workOrderIds.length, workOrderIds: out.workOrderIds, plan: await loadPlanDto(k, actor, plan.id) };
  });

  app.get('/maintenance-occurrences/:id', {
    schema: { tags: TAGS, summary: '一次保养任务（手机端填写检查表用）', params: IdParams, response: { 200: OccurrenceDetail } },
  }, async (req) => showOccurrence(k, actorOrThrow(req.actor), req.params.id));

  app.get('/maintenance-occurrences/by-work-order/:workOrderId', {
    schema: { tags: TAGS, summary: '工单对应的保养任务（不是计划保养工单时为 null）', params: WorkOrderParams, response: { 200: Type.Object({ occurrenceId: Type.Union([Type.Integer(), Type.Null()]) }) } },
  }, async (req) => {
    const actor = actorOrThrow(req.actor);
    if (!hasPermission(actor, 'work_order', 'read') && !hasPermission(actor, 'maintenance_plan', 'read')) throw forbidden();
    return { occurrenceId: await occurrenceIdOfWorkOrder(k, actor, req.params.workOrderId) };
  });

  app.get('/maintenance-occurrences', {
    schema: { tags: TAGS, summary: '保养日历：已生成和将要生成的保养任务（含工单状态；最多 92 天）', querystring: OccurrenceQuery, response: { 200: OccurrenceList } },
  }, async (req) => listOccurrences(k, db.dialect, requirePermission(req.actor, 'maintenance_plan', 'read'), req.query));
};
