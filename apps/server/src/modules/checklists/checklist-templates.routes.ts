import type { AppServices } from '../../app-services.js';
import { type Actor, requirePermission } from '../../platform/authz/actor.js';
import { notFound } from '../../platform/http/errors.js';
import { pagingOf } from '../../platform/http/pagination.js';
import { Deleted, IdParams, VersionQuery } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { findTemplateRow, findVersionRow, listTemplateRows, listVersionRows } from './checklist-templates.repository.js';
import { presentTemplate, presentVersion, presentVersionSummary } from './checklist-templates.presenter.js';
import {
  CreateTemplate, TemplateDto, TemplateListQuery, TemplatePage, TemplateVersionDto, TemplateVersionPage, UpdateTemplate, VersionBody,
  VersionListQuery, VersionParams,
} from './checklist-templates.schemas.js';
import { deleteTemplate } from './use-cases/delete-template.js';
import { createTemplate, updateTemplate } from './use-cases/edit-template.js';
import { publishTemplate, setTemplateArchived } from './use-cases/publish-template.js';

const TAGS = ['检查表'];

export function checklistTemplateRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;
  const loadTemplate = async (actor: Actor, id: number): Promise<TemplateDto> => {
    const row = await findTemplateRow(k, db.dialect, actor.readableSchoolIds, id);
    if (!row) throw notFound('检查表');
    return presentTemplate(actor, row);
  };

  app.get('/checklist-templates', {
    schema: { tags: TAGS, summary: '检查表模板列表（分页、筛选、排序）', querystring: TemplateListQuery, response: { 200: TemplatePage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    const { page, pageSize, sort, ...filters } = req.query;
    const result = await listTemplateRows(k, db.dialect, actor.readableSchoolIds, filters, sort, pagingOf({ page, pageSize }));
    return { ...result, items: result.items.map((row) => presentTemplate(actor, row)) };
  });

  app.post('/checklist-templates', {
    schema: { tags: TAGS, summary: '新建检查表（草稿，发布后才能填写）', body: CreateTemplate, response: { 200: TemplateDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'create');
    return loadTemplate(actor, await createTemplate(db, actor, req.body));
  });

  app.get('/checklist-templates/:id', {
    schema: { tags: TAGS, summary: '检查表详情（含正在编辑的检查项）', params: IdParams, response: { 200: TemplateDto } },
  }, async (req) => loadTemplate(requirePermission(req.actor, 'checklist', 'read'), req.params.id));

  app.patch('/checklist-templates/:id', {
    schema: { tags: TAGS, summary: '修改检查表（发布后才生效，已发布的版本不变）', params: IdParams, body: UpdateTemplate, response: { 200: TemplateDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'update');
    await updateTemplate(db, actor, req.params.id, req.body);
    return loadTemplate(actor, req.params.id);
  });

  app.delete('/checklist-templates/:id', {
    schema: { tags: TAGS, summary: '删除检查表（仅限没有检查记录的）', params: IdParams, querystring: VersionQuery, response: { 200: Deleted } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'delete');
    await deleteTemplate(db, actor, req.params.id, req.query.version);
    return { id: req.params.id, deleted: true };
  });

  app.post('/checklist-templates/:id/publish', {
    schema: { tags: TAGS, summary: '发布为新版本（版本号加一）', params: IdParams, body: VersionBody, response: { 200: TemplateDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'update');
    await publishTemplate(db, actor, req.params.id, req.body.version);
    return loadTemplate(actor, req.params.id);
  });

  for (const [action, archived, summary] of [['archive', true, '停用检查表'], ['restore', false, '恢复已停用的检查表']] as const) {
    app.post(`/checklist-templates/:id/${action}`, {
      schema: { tags: TAGS, summary, params: IdParams, body: VersionBody, response: { 200: TemplateDto } },
    }, async (req) => {
      const actor = requirePermission(req.actor, 'checklist', 'update');
      await setTemplateArchived(db, actor, req.params.id, req.body.version, archived);
      return loadTemplate(actor, req.params.id);
    });
  }

  app.get('/checklist-templates/:id/versions', {
    schema: { tags: TAGS, summary: '检查表的已发布版本（新的在前）', params: IdParams, querystring: VersionListQuery, response: { 200: TemplateVersionPage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    await loadTemplate(actor, req.params.id);
    const result = await listVersionRows(k, actor.readableSchoolIds, req.params.id, pagingOf(req.query));
    return { ...result, items: result.items.map(presentVersionSummary) };
  });

  app.get('/checklist-templates/:id/versions/:versionNo', {
    schema: { tags: TAGS, summary: '某一版本的检查项（检查记录按它校验）', params: VersionParams, response: { 200: TemplateVersionDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'checklist', 'read');
    const row = await findVersionRow(k, actor.readableSchoolIds, req.params.id, req.params.versionNo);
    if (!row) throw notFound('检查表版本');
    return presentVersion(row);
  });
}
