import type { AppServices } from '../../app-services.js';
import { type Actor, requirePermission } from '../../platform/authz/actor.js';
import { sendXlsx } from '../../platform/excel/xlsx-export.js';
import { notFound } from '../../platform/http/errors.js';
import { pagingOf } from '../../platform/http/pagination.js';
import { Deleted, IdParams, VersionQuery } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { instantsOf, timeZoneOf } from '../audit/audit.repository.js';
import { findResultRow, listResultRows, resultReadScope } from './checklist-results.repository.js';
import { presentResult, presentResults } from './checklist-results.presenter.js';
import {
  CreateResult, ItemParams, RaiseRepairBody, RaisedRepairDto, RepairDraftInfo, ResultDto, ResultExportQuery, ResultListQuery, ResultPage,
  SaveDraft, SubmitResult,
} from './checklist-results.schemas.js';
import { createResult } from './use-cases/create-result.js';
import { exportResults } from './use-cases/export-results.js';
import { raiseRepairFromItem, showRepairDraft } from './use-cases/raise-repair.js';
import { discardDraft, saveDraftAnswers, submitResult } from './use-cases/submit-result.js';

const TAGS = ['检查记录'];

export function checklistResultRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;
  const loadResult = async (actor: Actor, id: number): Promise<ResultDto> => {
    const row = await findResultRow(k, resultReadScope(actor), id);
    if (!row) throw notFound('检查记录');
    return presentResult(k, actor, row);
  };
  const filtersOf = async (actor: Actor, q: ResultExportQuery) => {
    const { sort, from, to, ...rest } = q;
    const tz = await timeZoneOf(k, actor);
    return { sort, tz, filters: { ...rest, ...instantsOf({ from, to }, tz) } };
  };

  app.get('/checklist-results', {
    schema: { tags: TAGS, summary: '检查记录列表（按检查表、对象、结论、日期筛选；默认最新在前）', querystring: ResultListQuery, response: { 200: ResultPage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    const { page, pageSize, ...query } = req.query;
    const { sort, filters } = await filtersOf(actor, query);
    const result = await listResultRows(k, resultReadScope(actor), filters, sort, pagingOf({ page, pageSize }));
    return { ...result, items: await presentResults(k, actor, result.items) };
  });

  app.get('/checklist-results/export.xlsx', {
    schema: { tags: TAGS, summary: '导出检查记录台账（Excel：记录与明细两张表）', querystring: ResultExportQuery },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'checklist', 'export');
    const { sort, tz, filters } = await filtersOf(actor, req.query);
    const body = await exportResults(db, actor, resultReadScope(actor), filters, sort, tz);
    return sendXlsx(reply, `检查记录-${new Date().toISOString().slice(0, 10)}.xlsx`, body);
  });

  app.post('/checklist-results', {
    schema: {
      tags: TAGS, summary: '开始填写检查表（submit: true 时校验全部答案并立即提交；corrects 表示更正一条已提交的记录）',
      body: CreateResult, response: { 200: ResultDto },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    return loadResult(actor, await createResult(db, actor, req.body));
  });

  app.get('/checklist-results/:id', {
    schema: { tags: TAGS, summary: '检查记录详情（含每一项的答案与判定）', params: IdParams, response: { 200: ResultDto } },
  }, async (req) => loadResult(requirePermission(req.actor, 'checklist', 'read'), req.params.id));

  app.patch('/checklist-results/:id', {
    schema: { tags: TAGS, summary: '保存填写中的答案（提交前，必填项可暂空）', params: IdParams, body: SaveDraft, response: { 200: ResultDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    await saveDraftAnswers(db, actor, req.params.id, req.body);
    return loadResult(actor, req.params.id);
  });

  app.post('/checklist-results/:id/submit', {
    schema: { tags: TAGS, summary: '提交检查记录（按开始时的版本校验；提交后不可修改，只能更正）', params: IdParams, body: SubmitResult, response: { 200: ResultDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    await submitResult(db, actor, req.params.id, req.body);
    return loadResult(actor, req.params.id);
  });

  app.delete('/checklist-results/:id', {
    schema: { tags: TAGS, summary: '放弃填写中的检查记录（已提交的不能删除）', params: IdParams, querystring: VersionQuery, response: { 200: Deleted } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    await discardDraft(db, actor, req.params.id, req.query.version);
    return { id: req.params.id, deleted: true };
  });

  app.get('/checklist-results/:id/items/:key/repair-draft', {
    schema: { tags: TAGS, summary: '不合格项的报修草稿（一键报修前确认）', params: ItemParams, response: { 200: RepairDraftInfo } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    const info = await showRepairDraft(db, resultReadScope(actor), req.params.id, req.params.key);
    const item = (await loadResult(actor, req.params.id)).items.find((i) => i.key === req.params.key);
    return { ...info, canRaise: item?.abilities.raiseRepair ?? false };
  });

  app.post('/checklist-results/:id/items/:key/raise-repair', {
    schema: {
      tags: TAGS, summary: '不合格项一键报修（每项只报修一次；可改地点、分类和描述）', params: ItemParams, body: RaiseRepairBody,
      response: { 200: RaisedRepairDto },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    requirePermission(actor, 'repair', 'create');
    const raised = await raiseRepairFromItem(db, actor, req.params.id, req.params.key, req.body);
    return { ...raised, result: await loadResult(actor, req.params.id) };
  });
}
