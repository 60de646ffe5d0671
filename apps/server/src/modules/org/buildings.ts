import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { type Actor, requirePermission } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { platformError } from '../../platform/http/errors.js';
import { pickPatch, registerScopedCrud, requireInSchool } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';
import { crudAbilities } from './org.abilities.js';
import { Building, BuildingQuery, CreateBuilding, ListOf, UpdateBuilding } from './org.schemas.js';

const TAGS = ['组织机构'];

export async function listBuildings(db: Kysely<Database> | Tx, actor: Actor, schoolIds: number[], filter: { id?: number; campusId?: number }): Promise<Building[]> {
  if (schoolIds.length === 0) return [];
  let q = db
    .selectFrom('buildings as b')
    .innerJoin('campuses as c', 'c.id', 'b.campus_id')
    .select(['b.id', 'b.school_id', 'b.campus_id', 'c.name as campus_name', 'b.name', 'b.code', 'b.floors_above', 'b.floors_below', 'b.sort', 'b.version'])
    .select((eb) => eb.selectFrom('rooms').select(sql<number>`count(*)`.as('n')).whereRef('rooms.building_id', '=', 'b.id').as('room_count'))
    .where('b.school_id', 'in', schoolIds)
    .orderBy('c.sort').orderBy('b.sort').orderBy('b.name');
  if (filter.id !== undefined) q = q.where('b.id', '=', filter.id);
  if (filter.campusId !== undefined) q = q.where('b.campus_id', '=', filter.campusId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, campusId: r.campus_id, campusName: r.campus_name, name: r.name, code: r.code, floorsAbove: r.floors_above,
    floorsBelow: r.floors_below, sort: r.sort, version: r.version, roomCount: Number(r.room_count ?? 0),
    abilities: crudAbilities(actor, 'org', r.school_id),
  }));
}

export function buildingRoutes(app: TypedApp, db: Kysely<Database>): void {
  app.get('/buildings', { schema: { tags: TAGS, summary: '楼宇列表', querystring: BuildingQuery, response: { 200: ListOf(Building) } } }, async (req) => {
    const actor = requirePermission(req.actor, 'org', 'read');
    return { items: await listBuildings(db, actor, readSchoolIds(actor, req.query.schoolId), { campusId: req.query.campusId }) };
  });

  registerScopedCrud<CreateBuilding, UpdateBuilding, Building>(app, db, {
    path: '/buildings', table: 'buildings', entity: 'building', label: '楼宇', resource: 'org', tags: TAGS,
    createBody: CreateBuilding, updateBody: UpdateBuilding, response: Building,
    toValues: async (b, { tx, schoolId }) => {
      await requireInSchool(tx, 'campuses', b.campusId, schoolId, '校区');
      return { campus_id: b.campusId, name: b.name.trim(), code: b.code ?? null, floors_above: b.floorsAbove, floors_below: b.floorsBelow ?? 0, sort: b.sort ?? 0 };
    },
    toPatch: async (b, { tx, schoolId, current }) => {
      if (b.campusId !== undefined && b.campusId !== current.campus_id) {
        await requireInSchool(tx, 'campuses', b.campusId, schoolId, '校区');
        const hasRooms = await tx.selectFrom('rooms').select('id').where('building_id', '=', Number(current.id)).limit(1).executeTakeFirst();
        if (hasRooms) throw platformError('IN_USE', '楼宇内已有房间，不能改到其他校区');
      }
      return pickPatch(b, { campusId: 'campus_id', name: 'name', code: 'code', floorsAbove: 'floors_above', floorsBelow: 'floors_below', sort: 'sort' });
    },
    load: async (conn, actor, id) => (await listBuildings(conn, actor, actor.readableSchoolIds, { id }))[0],
    beforeDelete: async ({ tx, id }) => {
      const used = await tx.selectFrom('rooms').select('id').where('building_id', '=', id).limit(1).executeTakeFirst();
      if (used) throw platformError('IN_USE', '该楼宇下还有房间，请先删除或移走房间');
    },
  });
}
