import { type Actor, hasPermission, requirePermission } from '../../../platform/authz/actor.js';
import { forbidden } from '../../../platform/http/errors.js';
import { Deleted, IdParams, VersionQuery } from '../../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { AppServices } from '../../../app-services.js';
import { addContractorAccount } from './add-contractor-account.js';
import { createContractor, deleteContractor, listContractors, showContractor, updateContractor } from './contractors.js';
import {
  ContractorDto, ContractorList, ContractorListQuery, CreateContractor, CreateContractorAccount, CreateContractorAccountResponse, UpdateContractor,
} from './contractors.schemas.js';

const TAGS = ['报修设置'];

function ownSchoolOrThrow(actor: Actor): number {
  if (actor.schoolId === null) throw forbidden('外包单位属于各学校，请在学校账号中查看');
  return actor.schoolId;
}

/** Configurers manage contractors; dispatchers read them to pick one when outsourcing. */
function readerOrThrow(actor: Actor | null): Actor {
  return actor && hasPermission(actor, 'work_order', 'dispatch') ? actor : requirePermission(actor, 'repair_settings', 'read');
}

/** 外包单位 (维修商): who the school outsources repairs to, and their workers' logins. */
export function contractorRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/repair-contractors', {
    schema: { tags: TAGS, summary: '外包单位（维修商）及其承接分类、账号、在办委外工单数', querystring: ContractorListQuery, response: { 200: ContractorList } },
  }, async (req) => {
    const actor = readerOrThrow(req.actor);
    return { items: await listContractors(k, actor, ownSchoolOrThrow(actor), { active: req.query.active }) };
  });

  app.get('/repair-contractors/:id', {
    schema: { tags: TAGS, summary: '外包单位详情', params: IdParams, response: { 200: ContractorDto } },
  }, async (req) => {
    const actor = readerOrThrow(req.actor);
    return showContractor(k, actor, ownSchoolOrThrow(actor), req.params.id);
  });

  app.post('/repair-contractors', {
    schema: { tags: TAGS, summary: '新建外包单位', body: CreateContractor, response: { 200: ContractorDto } },
  }, async (req) => createContractor(k, requirePermission(req.actor, 'repair_settings', 'create'), req.body));

  app.patch('/repair-contractors/:id', {
    schema: { tags: TAGS, summary: '修改外包单位（categoryIds 为完整的承接分类）', params: IdParams, body: UpdateContractor, response: { 200: ContractorDto } },
  }, async (req) => updateContractor(k, requirePermission(req.actor, 'repair_settings', 'update'), req.params.id, req.body));

  app.delete('/repair-contractors/:id', {
    schema: { tags: TAGS, summary: '删除外包单位（已有工单或账号的只能停用）', params: IdParams, querystring: VersionQuery, response: { 200: Deleted } },
  }, async (req) => {
    await deleteContractor(k, requirePermission(req.actor, 'repair_settings', 'delete'), req.params.id, req.query.version);
    return { id: req.params.id, deleted: true };
  });

  app.post('/repair-contractors/:id/accounts', {
    schema: {
      tags: TAGS, summary: '添加外包单位账号（角色为「外包维修人员」，只能看到委外给本单位的工单；不填密码则生成临时密码）',
      params: IdParams, body: CreateContractorAccount, response: { 200: CreateContractorAccountResponse },
    },
  }, async (req) => addContractorAccount(k, requirePermission(req.actor, 'repair_settings', 'create'), req.params.id, req.body));
}

