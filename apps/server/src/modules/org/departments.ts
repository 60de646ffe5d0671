import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { type Actor, requirePermission } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { platformError } from '../../platform/http/errors.js';
import { pickPatch, registerScopedCrud, requireInSchool } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';
import { crudAbilities } from './org.abilities.js';
import { CreateDepartment, Department, ListOf, UpdateDepartment } from './org.schemas.js';

const TAGS = ['组织机构'];

export async function listDepartments(db: Kysely<Database> | Tx, actor: Actor, schoolIds: number[], id?: number): Promise<Department[]> {
  if (schoolIds.length === 0) return [];
  let q = db
    .selectFrom('departments as d')
    .leftJoin('users as leader', 'leader.id', 'd.leader_user_id')
    .select(['d.id', 'd.school_id', 'd.name', 'd.leader_user_id', 'leader.name as leader_name', 'd.sort', 'd.version'])
    .select((eb) => eb.selectFrom('users').select(sql<number>`count(*)`.as('n')).whereRef('users.department_id', '=', 'd.id').as('user_count'))
    .where('d.school_id', 'in', schoolIds)
    .orderBy('d.sort').orderBy('d.id');
  if (id !== undefined) q = q.where('d.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, leaderUserId: r.leader_user_id, leaderName: r.leader_name ?? null, sort: r.sort, version: r.version,
    userCount: Number(r.user_count ?? 0), abilities: crudAbilities(actor, 'org', r.school_id),
  }));
}

export function departmentRoutes(app: TypedApp, db: Kysely<Database>): void {
  app.get('/departments', {
    schema: { tags: TAGS, summary: '部门列表', querystring: Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, title: '学校' })) }, { additionalProperties: false }), response: { 200: ListOf(Department) } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'org', 'read');
    return { items: await listDepartments(db, actor, readSchoolIds(actor, req.query.schoolId)) };
  });

  registerScopedCrud<CreateDepartment, UpdateDepartment, Department>(app, db, {
    path: '/departments', table: 'departments', entity: 'department', label: '部门', resource: 'org', tags: TAGS,
    createBody: CreateDepartment, updateBody: UpdateDepartment, response: Department,
    toValues: async (b, { tx, schoolId }) => {
      if (b.leaderUserId !== undefined) await requireInSchool(tx, 'users', b.leaderUserId, schoolId, '负责人');
      return { name: b.name.trim(), leader_user_id: b.leaderUserId ?? null, sort: b.sort ?? 0 };
    },
    toPatch: async (b, { tx, schoolId }) => {
      if (b.leaderUserId) await requireInSchool(tx, 'users', b.leaderUserId, schoolId, '负责人');
      return pickPatch(b, { name: 'name', leaderUserId: 'leader_user_id', sort: 'sort' });
    },
    load: async (conn, actor, id) => (await listDepartments(conn, actor, actor.readableSchoolIds, id))[0],
    beforeDelete: async ({ tx, id }) => {
      const used = await tx.selectFrom('users').select('id').where('department_id', '=', id).limit(1).executeTakeFirst()
        ?? await tx.selectFrom('rooms').select('id').where('department_id', '=', id).limit(1).executeTakeFirst();
      if (used) throw platformError('IN_USE', '该部门还有人员或房间，请先调整后再删除');
    },
  });
}
