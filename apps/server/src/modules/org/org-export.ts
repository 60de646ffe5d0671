import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { requirePermission } from '../../platform/authz/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { sendXlsx, writeXlsx } from '../../platform/excel/xlsx-export.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { listBuildings } from './buildings.js';
import { listCampuses } from './campuses.js';
import { listDepartments } from './departments.js';
import { listGrades } from './grades.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';

type Cell = string | number | null;

/** The whole organisation in one workbook: 校区, 楼宇, 部门, 年级班级 (one sheet each). */
export function orgExportRoute(app: TypedApp, db: Kysely<Database>): void {
  app.get('/org/export.xlsx', {
    schema: {
      tags: ['组织机构'], summary: '导出组织机构（校区、楼宇、部门、班级）',
      querystring: Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, title: '学校' })) }, { additionalProperties: false }),
    },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'org', 'export');
    const schoolIds = readSchoolIds(actor, req.query.schoolId);
    const [campuses, buildings, departments, grades] = await Promise.all([
      listCampuses(db, actor, schoolIds), listBuildings(db, actor, schoolIds, {}), listDepartments(db, actor, schoolIds), listGrades(db, actor, schoolIds),
    ]);
    const classes = grades.flatMap((g) => g.classes.map((c) => ({ grade: g.name, ...c })));
    const body = await writeXlsx<Record<string, Cell>>([
      { name: '校区', rows: campuses.map((c) => ({ a: c.name, b: c.address, c: c.buildingCount, d: c.roomCount })), columns: [
        { header: '校区', width: 16, value: (r) => r.a }, { header: '地址', width: 30, value: (r) => r.b },
        { header: '楼宇数', value: (r) => r.c }, { header: '房间数', value: (r) => r.d }] },
      { name: '楼宇', rows: buildings.map((b) => ({ a: b.campusName, b: b.name, c: b.code, d: b.floorsAbove, e: b.floorsBelow, f: b.roomCount })), columns: [
        { header: '校区', value: (r) => r.a }, { header: '楼宇', width: 16, value: (r) => r.b }, { header: '编号', value: (r) => r.c },
        { header: '地上层数', value: (r) => r.d }, { header: '地下层数', value: (r) => r.e }, { header: '房间数', value: (r) => r.f }] },
      { name: '部门', rows: departments.map((d) => ({ a: d.name, b: d.leaderName, c: d.userCount })), columns: [
        { header: '部门', width: 16, value: (r) => r.a }, { header: '负责人', value: (r) => r.b }, { header: '人数', value: (r) => r.c }] },
      { name: '年级班级', rows: classes.map((c) => ({ a: c.grade, b: c.name, c: c.headTeacherName, d: c.roomName })), columns: [
        { header: '年级', value: (r) => r.a }, { header: '班级', value: (r) => r.b }, { header: '班主任', value: (r) => r.c },
        { header: '教室', width: 20, value: (r) => r.d }] },
    ]);
    return sendXlsx(reply, `组织机构-${new Date().toISOString().slice(0, 10)}.xlsx`, body);
  });
}
