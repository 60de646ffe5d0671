import type { Actor } from '../../platform/authz/actor.js';
import { requirePermission } from '../../platform/authz/actor.js';
import { localDate } from '../../platform/calendar/time-zone.js';
import { sendXlsx } from '../../platform/excel/xlsx-export.js';
import { invalidField } from '../../platform/http/errors.js';
import { pagingOf } from '../../platform/http/pagination.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { AUDIT_EXPORT_LIMIT, auditWorkbook } from './audit.export.js';
import { ACTION_LABELS, ENTITY_LABELS } from './audit.labels.js';
import { presentAuditEvent } from './audit.presenter.js';
import { type AuditFilter, auditEventsForExport, instantsOf, listAuditEvents, timeZoneOf } from './audit.repository.js';
import { AuditExportQuery, AuditPage, AuditQuery, AuditVocabulary, EntityTrailParams, EntityTrailQuery } from './audit.schemas.js';

const TAGS = ['变更记录'];

/** Readable schools, narrowed to one when the (bureau) reader picks a school. */
function schoolsOf(actor: Actor, schoolId: number | undefined): number[] {
  return schoolId === undefined ? actor.readableSchoolIds : actor.readableSchoolIds.filter((id) => id === schoolId);
}

function filterOf(actor: Actor, q: AuditExportQuery, tz: string): AuditFilter {
  if (q.from && q.to && q.from > q.to) throw invalidField('to', '「结束日期」不能早于「开始日期」');
  return {
    schoolIds: schoolsOf(actor, q.schoolId), entity: q.entity, entityId: q.entityId, actorId: q.actorId, action: q.action,
    ...instantsOf(q, tz),
  };
}

/**
 * The audit trail is append-only: these routes only read it. Nothing here (or anywhere)
 * offers an update or delete of an audit event.
 */
export const auditRoutes: ModuleRoutes = (app, { db }) => {
  app.get('/audit', {
    schema: { tags: TAGS, summary: '变更记录（最新在前）', querystring: AuditQuery, response: { 200: AuditPage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'audit', 'read');
    const filter = filterOf(actor, req.query, await timeZoneOf(db.kysely, actor));
    const page = await listAuditEvents(db.kysely, filter, pagingOf(req.query));
    return { ...page, items: page.items.map(presentAuditEvent) };
  });

  app.get('/audit/entity/:entity/:entityId', {
    schema: {
      tags: TAGS, summary: '某条记录的变更记录', params: EntityTrailParams, querystring: EntityTrailQuery, response: { 200: AuditPage },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'audit', 'read');
    const filter: AuditFilter = { schoolIds: actor.readableSchoolIds, entity: req.params.entity, entityId: req.params.entityId };
    const page = await listAuditEvents(db.kysely, filter, pagingOf(req.query));
    return { ...page, items: page.items.map(presentAuditEvent) };
  });

  app.get('/audit/vocabulary', {
    schema: { tags: TAGS, summary: '筛选用的对象类型和操作名称', response: { 200: AuditVocabulary } },
  }, async (req) => {
    requirePermission(req.actor, 'audit', 'read');
    const options = (labels: Record<string, string>) => Object.entries(labels).map(([key, label]) => ({ key, label }));
    return { entities: options(ENTITY_LABELS), actions: options(ACTION_LABELS) };
  });

  app.get('/audit/export.xlsx', {
    schema: { tags: TAGS, summary: `导出变更记录（Excel，最多 ${AUDIT_EXPORT_LIMIT} 条）`, querystring: AuditExportQuery },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'audit', 'export');
    const tz = await timeZoneOf(db.kysely, actor);
    const rows = await auditEventsForExport(db.kysely, filterOf(actor, req.query, tz), AUDIT_EXPORT_LIMIT + 1);
    const { body, truncated } = await auditWorkbook(rows, tz);
    if (truncated) reply.header('x-houqin-truncated', String(AUDIT_EXPORT_LIMIT));
    return sendXlsx(reply, `变更记录-${localDate(new Date(), tz)}.xlsx`, body);
  });
};
