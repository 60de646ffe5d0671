import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { type Actor, requirePermission } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { platformError } from '../../platform/http/errors.js';
import { pickPatch, registerScopedCrud, requireInSchool } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';
import { crudAbilities } from './org.abilities.js';
import { CreateClass, CreateGrade, Grade, ListOf, SchoolClass, UpdateClass, UpdateGrade } from './org.schemas.js';

const TAGS = ['组织机构'];

async function listClasses(db: Kysely<Database> | Tx, actor: Actor, schoolIds: number[], filter: { id?: number; gradeIds?: number[] }): Promise<SchoolClass[]> {
  if (schoolIds.length === 0 || (filter.gradeIds && filter.gradeIds.length === 0)) return [];
  let q = db
    .selectFrom('classes as k')
    .leftJoin('users as t', 't.id', 'k.head_teacher_id')
    .leftJoin('rooms as r', 'r.id', 'k.room_id')
    .select(['k.id', 'k.school_id', 'k.grade_id', 'k.name', 'k.head_teacher_id', 't.name as teacher_name', 'k.room_id', 'r.name as room_name', 'k.version'])
    .where('k.school_id', 'in', schoolIds)
    .orderBy('k.name');
  if (filter.id !== undefined) q = q.where('k.id', '=', filter.id);
  if (filter.gradeIds) q = q.where('k.grade_id', 'in', filter.gradeIds);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, gradeId: r.grade_id, name: r.name, headTeacherId: r.head_teacher_id, headTeacherName: r.teacher_name ?? null,
    roomId: r.room_id, roomName: r.room_name ?? null, version: r.version, abilities: crudAbilities(actor, 'org', r.school_id),
  }));
}

export async function listGrades(db: Kysely<Database> | Tx, actor: Actor, schoolIds: number[], id?: number): Promise<Grade[]> {
  if (schoolIds.length === 0) return [];
  let q = db.selectFrom('grades').select(['id', 'school_id', 'name', 'sort', 'version']).where('school_id', 'in', schoolIds).orderBy('sort').orderBy('id');
  if (id !== undefined) q = q.where('id', '=', id);
  const grades = await q.execute();
  const classes = await listClasses(db, actor, schoolIds, { gradeIds: grades.map((g) => g.id) });
  return grades.map((g) => ({
    id: g.id, name: g.name, sort: g.sort, version: g.version, classes: classes.filter((c) => c.gradeId === g.id),
    abilities: crudAbilities(actor, 'org', g.school_id),
  }));
}

async function checkClassRefs(tx: Tx, schoolId: number, b: { gradeId?: number; headTeacherId?: number | null; roomId?: number | null }): Promise<void> {
  if (b.gradeId) await requireInSchool(tx, 'grades', b.gradeId, schoolId, '年级');
  if (b.headTeacherId) await requireInSchool(tx, 'users', b.headTeacherId, schoolId, '班主任');
  if (b.roomId) await requireInSchool(tx, 'rooms', b.roomId, schoolId, '教室');
}

export function gradeRoutes(app: TypedApp, db: Kysely<Database>): void {
  app.get('/grades', {
    schema: { tags: TAGS, summary: '年级与班级', querystring: Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, title: '学校' })) }, { additionalProperties: false }), response: { 200: ListOf(Grade) } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'org', 'read');
    return { items: await listGrades(db, actor, readSchoolIds(actor, req.query.schoolId)) };
  });

  registerScopedCrud<CreateGrade, UpdateGrade, Grade>(app, db, {
    path: '/grades', table: 'grades', entity: 'grade', label: '年级', resource: 'org', tags: TAGS,
    createBody: CreateGrade, updateBody: UpdateGrade, response: Grade,
    toValues: async (b) => ({ name: b.name.trim(), sort: b.sort ?? 0 }),
    toPatch: async (b) => pickPatch(b, { name: 'name', sort: 'sort' }),
    load: async (conn, actor, id) => (await listGrades(conn, actor, actor.readableSchoolIds, id))[0],
    beforeDelete: async ({ tx, id }) => {
      const used = await tx.selectFrom('classes').select('id').where('grade_id', '=', id).limit(1).executeTakeFirst();
      if (used) throw platformError('IN_USE', '该年级下还有班级，请先删除班级');
    },
  });

  registerScopedCrud<CreateClass, UpdateClass, SchoolClass>(app, db, {
    path: '/classes', table: 'classes', entity: 'class', label: '班级', resource: 'org', tags: TAGS,
    createBody: CreateClass, updateBody: UpdateClass, response: SchoolClass,
    toValues: async (b, { tx, schoolId }) => {
      await checkClassRefs(tx, schoolId, b);
      return { grade_id: b.gradeId, name: b.name.trim(), head_teacher_id: b.headTeacherId ?? null, room_id: b.roomId ?? null };
    },
    toPatch: async (b, { tx, schoolId }) => {
      await checkClassRefs(tx, schoolId, b);
      return pickPatch(b, { gradeId: 'grade_id', name: 'name', headTeacherId: 'head_teacher_id', roomId: 'room_id' });
    },
    load: async (conn, actor, id) => (await listClasses(conn, actor, actor.readableSchoolIds, { id }))[0],
  });
}
