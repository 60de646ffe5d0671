import { requirePermission } from '../../platform/authz/actor.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { ResetRoleBody, RoleDto, RoleKeyParams, RolesResponse, UpdateRoleBody } from './roles.schemas.js';
import { resetRole } from './use-cases/reset-role.js';
import { listRoles, roleKeyOrThrow, showRole } from './use-cases/show-roles.js';
import { updateRole } from './use-cases/update-role.js';

const TAGS = ['角色权限'];

export const rolesRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;

  app.get('/roles', {
    schema: { tags: TAGS, summary: '角色权限矩阵（含权限词表）', response: { 200: RolesResponse } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'role', 'read');
    return listRoles(k, actor);
  });

  app.put('/roles/:key', {
    schema: { tags: TAGS, summary: '修改本校的角色权限和数据范围', params: RoleKeyParams, body: UpdateRoleBody, response: { 200: RoleDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'role', 'update');
    await updateRole(k, actor, req.params.key, req.body);
    return showRole(k, actor, roleKeyOrThrow(req.params.key));
  });

  app.post('/roles/:key/reset', {
    schema: { tags: TAGS, summary: '恢复角色的默认权限', params: RoleKeyParams, body: ResetRoleBody, response: { 200: RoleDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'role', 'update');
    await resetRole(k, actor, req.params.key, req.body);
    return showRole(k, actor, roleKeyOrThrow(req.params.key));
  });
};
