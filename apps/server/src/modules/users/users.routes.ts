import { requirePermission } from '../../platform/authz/actor.js';
import { readImportUpload } from '../../platform/excel/import-upload.js';
import { sendXlsx } from '../../platform/excel/xlsx-export.js';
import { templateWorkbook } from '../../platform/excel/xlsx-template.js';
import { pagingOf } from '../../platform/http/pagination.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { createUser } from './use-cases/create-user.js';
import { exportUsers } from './use-cases/export-users.js';
import { importUsers } from './use-cases/import-users.js';
import { resetUserPassword } from './use-cases/reset-password.js';
import { setUserActive } from './use-cases/set-user-active.js';
import { listUsersPage, showUser } from './use-cases/show-users.js';
import { updateUser } from './use-cases/update-user.js';
import { USER_IMPORT_EXAMPLES, USER_IMPORT_SPEC } from './users.import-spec.js';
import {
  CreateUserBody, CreateUserResponse, ResetPasswordBody, ResetPasswordResponse, UpdateUserBody, UserDto, UserIdParams,
  UserImportReport, UserListQuery, UserPage, VersionBody,
} from './users.schemas.js';

const TAGS = ['用户'];

export const usersRoutes: ModuleRoutes = (app, { db }) => {
  const k = db.kysely;

  app.get('/users', {
    schema: { tags: TAGS, summary: '用户列表', querystring: UserListQuery, response: { 200: UserPage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'read');
    return listUsersPage(k, db.dialect, actor, req.query, pagingOf(req.query));
  });

  app.get('/users/export.xlsx', {
    schema: { tags: TAGS, summary: '导出用户（与列表相同的筛选）', querystring: UserListQuery },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'user', 'export');
    return sendXlsx(reply, '用户.xlsx', await exportUsers(k, db.dialect, actor, req.query));
  });

  app.get('/users/import/template.xlsx', { schema: { tags: TAGS, summary: '下载用户导入模板' } }, async (req, reply) => {
    requirePermission(req.actor, 'user', 'import');
    return sendXlsx(reply, '用户导入模板.xlsx', await templateWorkbook(USER_IMPORT_SPEC, USER_IMPORT_EXAMPLES));
  });

  app.post('/users/import', {
    schema: {
      tags: TAGS, summary: '导入用户（multipart：file，dryRun 默认 true 只检查）', consumes: ['multipart/form-data'],
      response: { 200: UserImportReport },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'import');
    return importUsers(k, actor, await readImportUpload(req));
  });

  app.get('/users/:id', {
    schema: { tags: TAGS, summary: '用户详情', params: UserIdParams, response: { 200: UserDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'read');
    return showUser(k, actor, req.params.id);
  });

  app.post('/users', {
    schema: { tags: TAGS, summary: '新建用户（不填密码则生成临时密码）', body: CreateUserBody, response: { 200: CreateUserResponse } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'create');
    const { userId, initialPassword } = await createUser(k, actor, req.body);
    const user = await showUser(k, actor, userId);
    return initialPassword ? { user, initialPassword } : { user };
  });

  app.patch('/users/:id', {
    schema: { tags: TAGS, summary: '修改用户', params: UserIdParams, body: UpdateUserBody, response: { 200: UserDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'update');
    await updateUser(k, actor, req.params.id, req.body);
    return showUser(k, actor, req.params.id);
  });

  app.post('/users/:id/disable', {
    schema: { tags: TAGS, summary: '停用用户（立即退出所有设备）', params: UserIdParams, body: VersionBody, response: { 200: UserDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'update');
    await setUserActive(k, actor, req.params.id, req.body.version, false);
    return showUser(k, actor, req.params.id);
  });

  app.post('/users/:id/enable', {
    schema: { tags: TAGS, summary: '启用用户', params: UserIdParams, body: VersionBody, response: { 200: UserDto } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'update');
    await setUserActive(k, actor, req.params.id, req.body.version, true);
    return showUser(k, actor, req.params.id);
  });

  app.post('/users/:id/reset-password', {
    schema: {
      tags: TAGS, summary: '重置密码（不填则生成临时密码，用户下次登录须修改）', params: UserIdParams, body: ResetPasswordBody,
      response: { 200: ResetPasswordResponse },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'user', 'update');
    return resetUserPassword(k, actor, req.params.id, req.body);
  });
};
