import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { requirePermission } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { platformError } from '../../platform/http/errors.js';
import { pickPatch, registerScopedCrud } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';
import { crudAbilities } from './org.abilities.js';
import { Campus, CreateCampus, ListOf, UpdateCampus } from './org.schemas.js';
import { Type } from 'typebox';

const TAGS = ['组织机构'];

export async function listCampuses(db: Kysely<Database> | Tx, actor: Actor, schoolIds: number[], id?: number): Promise<Campus[]> {
  if (schoolIds.length === 0) return [];
  let q = db
    .selectFrom('campuses as c')
    .select(['c.id', 'c.school_id', 'c.name', 'c.address', 'c.sort', 'c.version'])
    .select((eb) => [
      eb.selectFrom('buildings').select(sql<number>`count(*)`.as('n')).whereRef('buildings.campus_id', '=', 'c.id').as('building_count'),
      eb.selectFrom('rooms').select(sql<number>`count(*)`.as('n')).whereRef('rooms.campus_id', '=', 'c.id').as('room_count'),
    ])
    .where('c.school_id', 'in', schoolIds)
    .orderBy('c.sort')
    .orderBy('c.id');
  if (id !== undefined) q = q.where('c.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, address: r.address, sort: r.sort, version: r.version,
    buildingCount: Number(r.building_count ?? 0), roomCount: Number(r.room_count ?? 0),
    abilities: crudAbilities(actor, 'org', r.school_id),
  }));
}

export function campusRoutes(app: TypedApp, db: Kysely<Database>): void {
  app.get('/campuses', {
    schema: { tags: TAGS, summary: '校区列表', querystring: Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, title: '学校' })) }, { additionalProperties: false }), response: { 200: ListOf(Campus) } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'org', 'read');
    return { items: await listCampuses(db, actor, readSchoolIds(actor, req.query.schoolId)) };
  });

  registerScopedCrud<CreateCampus, UpdateCampus, Campus>(app, db, {
    path: '/campuses', table: 'campuses', entity: 'campus', label: '校区', resource: 'org', tags: TAGS,
    createBody: CreateCampus, updateBody: UpdateCampus, response: Campus,
    toValues: async (b) => ({ name: b.name.trim(), address: b.address ?? null, sort: b.sort ?? 0 }),
    toPatch: async (b) => pickPatch(b, { name: 'name', address: 'address', sort: 'sort' }),
    load: async (conn, actor, id) => (await listCampuses(conn, actor, actor.readableSchoolIds, id))[0],
    beforeDelete: async ({ tx, id }) => {
      const used = await tx.selectFrom('buildings').select('id').where('campus_id', '=', id).limit(1).executeTakeFirst()
        ?? await tx.selectFrom('rooms').select('id').where('campus_id', '=', id).limit(1).executeTakeFirst();
      if (used) throw platformError('IN_USE', '该校区下还有楼宇或房间，请先移走或删除它们');
    },
  });
}
