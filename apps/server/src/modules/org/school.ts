import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { auditContextOf } from '../../platform/authz/load-actor.js';
import { type Actor, hasPermission, requirePermission, writableSchoolId } from '../../platform/authz/actor.js';
import { runInTransaction, updateAudited } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { isValidTimeZone } from '../../platform/calendar/time-zone.js';
import { invalidField, notFound } from '../../platform/http/errors.js';
import { pickPatch } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';
import { OrgTree, School, UpdateSchool } from './org.schemas.js';

const TAGS = ['组织机构'];

async function loadSchool(db: Kysely<Database>, actor: Actor, schoolIds: number[]) {
  const id = schoolIds[0];
  if (id === undefined) throw notFound('学校');
  // scope: id comes from readSchoolIds, already limited to the actor's readable schools.
  const row = await db
    .selectFrom('schools as s')
    .leftJoin('districts as d', 'd.id', 's.district_id')
    .select(['s.id', 's.name', 's.code', 's.timezone', 's.address', 's.version', 'd.name as district_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('学校');
  return {
    id: row.id, name: row.name, code: row.code, timezone: row.timezone, address: row.address, districtName: row.district_name ?? null,
    version: row.version, abilities: { update: actor.schoolId === row.id && hasPermission(actor, 'school', 'update') },
  };
}

/** Campus → building → floor with room counts, for the rooms page tree; one grouped query. */
async function loadTree(db: Kysely<Database>, schoolIds: number[]): Promise<OrgTree> {
  if (schoolIds.length === 0) return { campuses: [] };
  const campuses = await db.selectFrom('campuses').select(['id', 'name']).where('school_id', 'in', schoolIds).orderBy('sort').orderBy('id').execute();
  const buildings = await db.selectFrom('buildings').select(['id', 'name', 'campus_id']).where('school_id', 'in', schoolIds).orderBy('sort').orderBy('name').execute();
  const counts = await db
    .selectFrom('rooms')
    .select(['campus_id', 'building_id', 'floor', sql<number>`count(*)`.as('n')])
    .where('school_id', 'in', schoolIds)
    .groupBy(['campus_id', 'building_id', 'floor'])
    .execute();
  return {
    campuses: campuses.map((c) => ({
      id: c.id,
      name: c.name,
      roomCount: counts.filter((n) => n.campus_id === c.id).reduce((s, n) => s + Number(n.n), 0),
      buildings: buildings.filter((b) => b.campus_id === c.id).map((b) => {
        const floors = counts.filter((n) => n.building_id === b.id).sort((x, y) => (x.floor ?? -999) - (y.floor ?? -999));
        return {
          id: b.id, name: b.name,
          roomCount: floors.reduce((s, n) => s + Number(n.n), 0),
          floors: floors.map((f) => ({ floor: f.floor, roomCount: Number(f.n) })),
        };
      }),
    })),
  };
}

const SchoolQuery = Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, title: '学校' })) }, { additionalProperties: false });
const SchoolList = Type.Object({ items: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), code: Type.String() })) });

export function schoolRoutes(app: TypedApp, db: Kysely<Database>): void {
  app.get('/school', { schema: { tags: TAGS, summary: '本校信息', querystring: SchoolQuery, response: { 200: School } } }, async (req) => {
    const actor = requirePermission(req.actor, 'school', 'read');
    return loadSchool(db, actor, readSchoolIds(actor, req.query.schoolId));
  });

  // A bureau reader picks the school a report or calendar is about; a school's own staff get their school.
  app.get('/schools', { schema: { tags: TAGS, summary: '可查看的学校（教育局账号为本区全部学校）', response: { 200: SchoolList } } }, async (req) => {
    const actor = requirePermission(req.actor, 'school', 'read');
    const ids = readSchoolIds(actor);
    if (ids.length === 0) return { items: [] };
    // scope: ids come from readSchoolIds, limited to the actor's readable schools.
    const items = await db.selectFrom('schools').select(['id', 'name', 'code']).where('id', 'in', ids).orderBy('code').execute();
    return { items };
  });

  app.patch('/school', { schema: { tags: TAGS, summary: '修改本校信息', body: UpdateSchool, response: { 200: School } } }, async (req) => {
    const actor = requirePermission(req.actor, 'school', 'update');
    const schoolId = writableSchoolId(actor);
    if (req.body.timezone !== undefined && !isValidTimeZone(req.body.timezone)) throw invalidField('timezone', '「时区」无效，例如 Asia/Shanghai');
    await runInTransaction(db, (tx) => updateAudited(tx, auditContextOf(actor), {
      table: 'schools', entity: 'school', label: '学校', id: schoolId, schoolIds: [schoolId], schoolColumn: 'id',
      version: req.body.version, patch: pickPatch(req.body, { name: 'name', address: 'address', timezone: 'timezone' }),
    }));
    return loadSchool(db, actor, [schoolId]);
  });

  app.get('/org/tree', { schema: { tags: TAGS, summary: '校区-楼宇-楼层树', querystring: SchoolQuery, response: { 200: OrgTree } } }, async (req) => {
    const actor = requirePermission(req.actor, 'room', 'read');
    return loadTree(db, readSchoolIds(actor, req.query.schoolId));
  });
}
