import type { Kysely } from 'kysely';
import type { AppServices } from '../../app-services.js';
import { auditContextOf } from '../../platform/authz/load-actor.js';
import { type Actor, requirePermission, writableSchoolId } from '../../platform/authz/actor.js';
import { insertAudited, runInTransaction } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { importReportOf } from '../../platform/excel/import-report.js';
import { readImportUpload } from '../../platform/excel/import-upload.js';
import { sendXlsx, writeXlsx } from '../../platform/excel/xlsx-export.js';
import { templateWorkbook } from '../../platform/excel/xlsx-template.js';
import { Type } from 'typebox';
import { ROOM_IMPORT_EXAMPLES, ROOM_IMPORT_SPEC } from './rooms.import-spec.js';
import { importRooms } from './use-cases/import-rooms.js';
import { invalidField, notFound, platformError } from '../../platform/http/errors.js';
import { pagingOf } from '../../platform/http/pagination.js';
import { IdParams, pickPatch, registerScopedCrud } from '../../platform/http/scoped-crud.js';
import type { TypedApp } from '../../platform/http/typed-app.js';
import { readSchoolIds } from '../../platform/authz/read-scope.js';
import { allRooms, findRooms, listRooms } from './rooms.repository.js';
import { checkRoomPeople, checkRoomPlacement } from './rooms.policy.js';
import {
  BatchCreateRooms, BatchCreated, CreateRoom, Room, RoomExportQuery, RoomListQuery, RoomPage, UpdateRoom,
} from './rooms.schemas.js';

const TAGS = ['房间'];
const RoomImportReport = importReportOf(Type.Object({ row: Type.Integer(), id: Type.Integer(), name: Type.String() }));

export function roomRoutes(app: TypedApp, { db }: AppServices): void {
  const k: Kysely<Database> = db.kysely;
  const loadOne = async (conn: Kysely<Database> | Parameters<typeof findRooms>[0], actor: Actor, id: number) =>
    (await findRooms(conn, db.dialect, actor, actor.readableSchoolIds, [id]))[0];

  app.get('/rooms', { schema: { tags: TAGS, summary: '房间列表（分页、筛选、排序）', querystring: RoomListQuery, response: { 200: RoomPage } } }, async (req) => {
    const actor = requirePermission(req.actor, 'room', 'read');
    const { page, pageSize, sort, schoolId, ...filters } = req.query;
    return listRooms(k, db.dialect, actor, readSchoolIds(actor, schoolId), filters, sort, pagingOf({ page, pageSize }));
  });

  app.get('/rooms/export.xlsx', { schema: { tags: TAGS, summary: '导出房间（Excel）', querystring: RoomExportQuery } }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'room', 'export');
    const { sort, schoolId, ...filters } = req.query;
    const rows: Room[] = [];
    for await (const r of allRooms(k, db.dialect, actor, readSchoolIds(actor, schoolId), filters, sort)) rows.push(r);
    const body = await writeXlsx([{
      name: '房间',
      rows,
      columns: [
        { header: '校区', value: (r) => r.campusName },
        { header: '楼宇', value: (r) => r.buildingName },
        { header: '楼层', width: 8, value: (r) => r.floor },
        { header: '房间编号', value: (r) => r.code },
        { header: '房间名称', width: 20, value: (r) => r.name },
        { header: '房间类型', value: (r) => r.roomTypeLabel },
        { header: '容纳人数', value: (r) => r.capacity },
        { header: '面积（㎡）', value: (r) => r.areaM2 },
        { header: '所属部门', value: (r) => r.departmentName },
        { header: '管理人', value: (r) => r.keeperName },
        { header: '二维码', value: (r) => r.qrCode },
        { header: '状态', width: 8, value: (r) => (r.active ? '启用' : '停用') },
        { header: '备注', width: 30, value: (r) => r.note },
      ],
    }]);
    return sendXlsx(reply, `房间清单-${new Date().toISOString().slice(0, 10)}.xlsx`, body);
  });

  app.get('/rooms/import/template.xlsx', { schema: { tags: TAGS, summary: '下载房间导入模板' } }, async (req, reply) => {
    requirePermission(req.actor, 'room', 'import');
    return sendXlsx(reply, '房间导入模板.xlsx', await templateWorkbook(ROOM_IMPORT_SPEC, ROOM_IMPORT_EXAMPLES));
  });

  app.post('/rooms/import', {
    schema: {
      tags: TAGS, summary: '导入房间（multipart：file，dryRun 默认 true 只检查）', consumes: ['multipart/form-data'],
      response: { 200: RoomImportReport },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'room', 'import');
    return importRooms(k, actor, await readImportUpload(req));
  });

  app.get('/rooms/:id', { schema: { tags: TAGS, summary: '房间详情', params: IdParams, response: { 200: Room } } }, async (req) => {
    const actor = requirePermission(req.actor, 'room', 'read');
    const room = await loadOne(k, actor, req.params.id);
    if (!room) throw notFound('房间');
    return room;
  });

  app.post('/rooms/batch', { schema: { tags: TAGS, summary: '批量新建房间（同一楼层）', body: BatchCreateRooms, response: { 200: BatchCreated } } }, async (req) => {
    const actor = requirePermission(req.actor, 'room', 'create');
    const schoolId = writableSchoolId(actor);
    const names = req.body.names.map((n) => n.trim());
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup !== undefined) throw invalidField('names', `房间名称「${dup}」重复`);
    if (names.some((n) => n === '')) throw invalidField('names', '房间名称不能为空');
    return runInTransaction(k, async (tx) => {
      const placement = { campusId: req.body.campusId, buildingId: req.body.buildingId ?? null, floor: req.body.floor ?? null };
      await checkRoomPlacement(tx, schoolId, placement);
      let existing = tx.selectFrom('rooms').select('name').where('school_id', '=', schoolId).where('campus_id', '=', placement.campusId).where('name', 'in', names);
      existing = placement.buildingId === null ? existing.where('building_id', 'is', null) : existing.where('building_id', '=', placement.buildingId);
      const clash = await existing.limit(5).execute();
      if (clash.length) throw invalidField('names', `房间「${clash.map((c) => c.name).join('」「')}」已存在`);
      const ids: number[] = [];
      for (const name of names) {
        const row = await insertAudited(tx, auditContextOf(actor), 'rooms', 'room', {
          school_id: schoolId, campus_id: placement.campusId, building_id: placement.buildingId, floor: placement.floor,
          name, room_type: req.body.roomType, active: 1,
        });
        ids.push(row.id);
      }
      const items = await findRooms(tx, db.dialect, actor, [schoolId], ids);
      return { created: items.length, items };
    });
  });

  registerScopedCrud<CreateRoom, UpdateRoom, Room>(app, k, {
    path: '/rooms', table: 'rooms', entity: 'room', label: '房间', resource: 'room', tags: TAGS,
    createBody: CreateRoom, updateBody: UpdateRoom, response: Room,
    toValues: async (b, { tx, schoolId }) => {
      await checkRoomPlacement(tx, schoolId, { campusId: b.campusId, buildingId: b.buildingId ?? null, floor: b.floor ?? null });
      await checkRoomPeople(tx, schoolId, b);
      return {
        campus_id: b.campusId, building_id: b.buildingId ?? null, floor: b.floor ?? null, code: b.code?.trim() || null, name: b.name.trim(),
        room_type: b.roomType, capacity: b.capacity ?? null, area_m2: b.areaM2 ?? null, department_id: b.departmentId ?? null,
        keeper_user_id: b.keeperUserId ?? null, note: b.note ?? null, active: 1,
      };
    },
    toPatch: async (b, { tx, schoolId, current }) => {
      const placement = {
        campusId: b.campusId ?? Number(current.campus_id),
        buildingId: b.buildingId !== undefined ? b.buildingId : (current.building_id as number | null),
        floor: b.floor !== undefined ? b.floor : (current.floor as number | null),
      };
      await checkRoomPlacement(tx, schoolId, placement);
      await checkRoomPeople(tx, schoolId, b);
      const patch = pickPatch(b, {
        campusId: 'campus_id', buildingId: 'building_id', floor: 'floor', code: 'code', name: 'name', roomType: 'room_type',
        capacity: 'capacity', areaM2: 'area_m2', departmentId: 'department_id', keeperUserId: 'keeper_user_id', note: 'note',
      });
      if (b.active !== undefined) patch.active = b.active ? 1 : 0;
      return patch;
    },
    load: (conn, actor, id) => loadOne(conn, actor, id),
    beforeDelete: async ({ tx, id, schoolId }) => {
      const klass = await tx.selectFrom('classes').select('name').where('room_id', '=', id).limit(1).executeTakeFirst();
      if (klass) throw platformError('IN_USE', `该房间是「${klass.name}」的教室，请先在班级中更换教室`);
      const qr = await tx.selectFrom('qr_codes').select('code').where('school_id', '=', schoolId).where('target_type', '=', 'room').where('target_id', '=', id).limit(1).executeTakeFirst();
      if (qr) throw platformError('IN_USE', `该房间已绑定二维码 ${qr.code}，请先解绑，或把房间改为停用`);
    },
  });
}
