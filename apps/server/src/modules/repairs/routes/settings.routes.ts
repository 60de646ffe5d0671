import type { Action, Resource } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import { actorOrThrow } from '../../../platform/http/request-context.js';
import { type Actor, hasPermission, requirePermission, writableSchoolId } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { forbidden, platformError } from '../../../platform/http/errors.js';
import { Deleted, IdParams, VersionQuery, pickPatch, registerScopedCrud } from '../../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { AppServices } from '../../../app-services.js';
import { settingsAbilities, presentSettings } from '../settings.presenter.js';
import { findCategory, listCategories, loadRepairSettings } from '../settings.repository.js';
import {
  CategoryDto, CategoryListQuery, CreateCategory, CreateRoutingRule, CreateTeam, ItemsOf, RepairSettingsDto, RoutingRuleDto, TeamDto,
  UpdateCategory, UpdateRoutingRule, UpdateSettingsBody, UpdateTeam,
} from '../settings.schemas.js';
import { checkRoutingRule, listRoutingRuleDtos } from '../use-cases/routing-rules.js';
import { requiredText } from '../use-cases/required-text.js';
import { createTeam, deleteTeam, listTeams, updateTeam } from '../use-cases/teams.js';
import { updateRepairSettings } from '../use-cases/update-settings.js';

const TAGS = ['报修设置'];

function presentCategory(actor: Actor, c: { id: number; school_id: number; name: string; sort: number; active: number; version: number }): CategoryDto {
  return { id: c.id, name: c.name, sort: c.sort, active: c.active === 1, version: c.version, abilities: settingsAbilities(actor, c.school_id) };
}

/** The school whose settings a reader sees: their own (settings are per school, not per district). */
function ownSchoolOrThrow(actor: Actor): number {
  if (actor.schoolId === null) throw forbidden('报修设置属于各学校，请在学校账号中查看');
  return actor.schoolId;
}

export function settingsRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/repair-settings', {
    schema: { tags: TAGS, summary: '报修设置（时限、照片要求、自动验收天数等）', response: { 200: RepairSettingsDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'repair_settings', 'read');
    return presentSettings(actor, await loadRepairSettings(k, ownSchoolOrThrow(actor)));
  });

  app.put('/repair-settings', {
    schema: { tags: TAGS, summary: '修改报修设置（新时限只用于此后生成的工单）', body: UpdateSettingsBody, response: { 200: RepairSettingsDto } },
  }, async (req) => updateRepairSettings(k, requirePermission(req.actor, 'repair_settings', 'update'), req.body));

  app.get('/repair-categories', {
    schema: { tags: TAGS, summary: '报修分类', querystring: CategoryListQuery, response: { 200: ItemsOf(CategoryDto) } },
  }, async (req) => {
    const actor = actorOrThrow(req.actor);
    // Whoever reports, dispatches, repairs or configures needs the list.
    const allowed = (['repair:read', 'repair:create', 'work_order:read', 'repair_settings:read'] as const).some((p) => {
      const [resource, action] = p.split(':') as [Resource, Action];
      return hasPermission(actor, resource, action);
    });
    if (!allowed) throw forbidden();
    const schoolId = ownSchoolOrThrow(actor);
    return { items: (await listCategories(k, schoolId, req.query.active === true)).map((c) => presentCategory(actor, c)) };
  });

  registerScopedCrud<CreateCategory, UpdateCategory, CategoryDto>(app, k, {
    path: '/repair-categories', table: 'repair_categories', entity: 'repair_category', label: '报修分类', resource: 'repair_settings', tags: TAGS,
    createBody: CreateCategory, updateBody: UpdateCategory, response: CategoryDto,
    toValues: async (b) => ({ name: requiredText(b.name, 'name', '分类名称'), sort: b.sort ?? 0, active: 1 }),
    toPatch: async (b) => {
      const patch = pickPatch(b, { sort: 'sort' });
      if (b.name !== undefined) patch.name = requiredText(b.name, 'name', '分类名称');
      if (b.active !== undefined) patch.active = b.active ? 1 : 0;
      return patch;
    },
    load: async (conn, actor, id) => {
      const c = await findCategory(conn, writableSchoolId(actor), id);
      return c ? presentCategory(actor, c) : undefined;
    },
    beforeDelete: async ({ tx, schoolId, id }) => {
      const used = await tx.selectFrom('repair_requests').select('id').where('school_id', '=', schoolId).where('category_id', '=', id).limit(1).executeTakeFirst()
        ?? await tx.selectFrom('repair_routing_rules').select('id').where('school_id', '=', schoolId).where('category_id', '=', id).limit(1).executeTakeFirst();
      if (used) throw platformError('IN_USE', '该分类已有报修记录或派单规则，不能删除，请改为停用');
    },
  });

  app.get('/repair-teams', {
    schema: { tags: TAGS, summary: '维修班组及成员', response: { 200: ItemsOf(TeamDto) } },
  }, async (req) => {
    const actor = req.actor && hasPermission(req.actor, 'work_order', 'dispatch') ? req.actor : requirePermission(req.actor, 'repair_settings', 'read');
    return { items: await listTeams(k, actor, ownSchoolOrThrow(actor)) };
  });

  app.post('/repair-teams', {
    schema: { tags: TAGS, summary: '新建维修班组', body: CreateTeam, response: { 200: TeamDto } },
  }, async (req) => createTeam(k, requirePermission(req.actor, 'repair_settings', 'create'), req.body));

  app.patch('/repair-teams/:id', {
    schema: { tags: TAGS, summary: '修改维修班组（memberIds 为完整成员名单）', params: IdParams, body: UpdateTeam, response: { 200: TeamDto } },
  }, async (req) => updateTeam(k, requirePermission(req.actor, 'repair_settings', 'update'), req.params.id, req.body));

  app.delete('/repair-teams/:id', {
    schema: { tags: TAGS, summary: '删除维修班组（已有工单的只能停用）', params: IdParams, querystring: VersionQuery, response: { 200: Deleted } },
  }, async (req) => {
    await deleteTeam(k, requirePermission(req.actor, 'repair_settings', 'delete'), req.params.id, req.query.version);
    return { id: req.params.id, deleted: true };
  });

  app.get('/repair-routing-rules', {
    schema: { tags: TAGS, summary: '派单规则（分类 × 校区/楼宇 → 班组或维修人员）', response: { 200: ItemsOf(RoutingRuleDto) } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'repair_settings', 'read');
    return { items: await listRoutingRuleDtos(k, actor, ownSchoolOrThrow(actor)) };
  });

  registerScopedCrud<CreateRoutingRule, UpdateRoutingRule, RoutingRuleDto>(app, k, {
    path: '/repair-routing-rules', table: 'repair_routing_rules', entity: 'repair_routing_rule', label: '派单规则', resource: 'repair_settings', tags: TAGS,
    createBody: CreateRoutingRule, updateBody: UpdateRoutingRule, response: RoutingRuleDto,
    toValues: async (b, { tx, schoolId }) => {
      await checkRoutingRule(tx, schoolId, b);
      return {
        category_id: b.categoryId ?? null, campus_id: b.campusId ?? null, building_id: b.buildingId ?? null, team_id: b.teamId ?? null,
        assignee_id: b.assigneeId ?? null, sort: b.sort ?? 0, active: 1, note: b.note?.trim() || null,
      };
    },
    toPatch: async (b, { tx, schoolId, current }) => {
      const merged = (key: keyof typeof b, column: string) => (b[key] !== undefined ? b[key] as number | null : current[column] as number | null);
      await checkRoutingRule(tx, schoolId, {
        categoryId: merged('categoryId', 'category_id'), campusId: merged('campusId', 'campus_id'), buildingId: merged('buildingId', 'building_id'),
        teamId: merged('teamId', 'team_id'), assigneeId: merged('assigneeId', 'assignee_id'),
      });
      const patch = pickPatch(b, { categoryId: 'category_id', campusId: 'campus_id', buildingId: 'building_id', teamId: 'team_id', assigneeId: 'assignee_id', sort: 'sort' });
      if (b.note !== undefined) patch.note = b.note?.trim() || null;
      if (b.active !== undefined) patch.active = b.active ? 1 : 0;
      return patch;
    },
    load: async (conn: Kysely<Database> | Tx, actor, id) => (await listRoutingRuleDtos(conn, actor, writableSchoolId(actor), [id]))[0],
  });
}
