import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

type Body = Record<string, unknown>;
type RoomPage = { items: Body[]; total: number; page: number; pageSize: number };

describe('rooms', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let campusId: number;
  let buildingId: number;
  before(async () => {
    w = await startWithTwoSchools();
    head = await w.ts.as('logistics_head');
    const campuses = await head.get<{ items: Body[] }>('/api/v1/campuses');
    campusId = Number(campuses.body.items[0]?.id);
    const b = await head.post('/api/v1/buildings', { campusId, name: '教学楼A', floorsAbove: 4, floorsBelow: 1 });
    buildingId = Number(b.body.id);
  });
  after(async () => { await w.ts.close(); });

  it('creates a floor of classrooms in one step and lists them sorted and paged', async () => {
    const names = ['101', '102', '103', '104', '105'].map((n) => `${n}教室`);
    const res = await head.post('/api/v1/rooms/batch', { campusId, buildingId, floor: 1, roomType: 'classroom', names });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.created, 5);
    const page = await head.get<RoomPage>(`/api/v1/rooms?buildingId=${buildingId}&pageSize=2&page=2&sort=-name`);
    assert.equal(page.body.total, 5);
    assert.deepEqual(page.body.items.map((r) => r.name), ['103教室', '102教室']);
    assert.equal(page.body.items[0]?.roomTypeLabel, '教室');
    assert.equal(page.body.items[0]?.buildingName, '教学楼A');
  });

  it('filters by type, floor and keyword in SQL', async () => {
    await head.post('/api/v1/rooms', { campusId, buildingId, floor: 2, name: '科学实验室', code: 'SY-201', roomType: 'function', capacity: 48 });
    await head.post('/api/v1/rooms', { campusId, buildingId, floor: -1, name: '配电房', roomType: 'other' });
    const lab = await head.get<RoomPage>('/api/v1/rooms?q=sy-2');
    assert.deepEqual(lab.body.items.map((r) => r.name), ['科学实验室']);
    const fn = await head.get<RoomPage>('/api/v1/rooms?roomType=function');
    assert.equal(fn.body.total, 1);
    const basement = await head.get<RoomPage>(`/api/v1/rooms?buildingId=${buildingId}&floor=-1`);
    assert.deepEqual(basement.body.items.map((r) => r.name), ['配电房']);
    const tree = await head.get('/api/v1/org/tree');
    const building = (tree.body.campuses as { buildings: { name: string; roomCount: number; floors: Body[] }[] }[])[0]?.buildings[0];
    assert.equal(building?.roomCount, 7);
    assert.deepEqual(building?.floors.map((f) => f.floor), [-1, 1, 2]);
  });

  it('refuses a floor the building does not have, naming the floor field', async () => {
    const res = await head.post('/api/v1/rooms', { campusId, buildingId, floor: 9, name: '天台', roomType: 'outdoor' });
    assert.equal(res.status, 400);
    assert.equal((res.body.fields as Body[])[0]?.field, 'floor');
    assert.match(String(res.body.message), /楼层/);
    const zero = await head.post('/api/v1/rooms', { campusId, buildingId, floor: 0, name: '零层', roomType: 'other' });
    assert.equal(zero.status, 400);
  });

  it('rejects an unknown room type, bad sort and an oversized page with 400', async () => {
    assert.equal((await head.post('/api/v1/rooms', { campusId, name: '怪房间', roomType: 'spaceship' })).status, 400);
    assert.equal((await head.get('/api/v1/rooms?sort=password_hash')).status, 400);
    assert.equal((await head.get('/api/v1/rooms?pageSize=5000')).status, 400);
  });

  it('edits with version checks and keeps other schools out', async () => {
    const list = await head.get<RoomPage>('/api/v1/rooms?q=科学');
    const room = list.body.items[0]!;
    const upd = await head.patch(`/api/v1/rooms/${room.id}`, { version: room.version, capacity: 50, note: '有通风橱' });
    assert.equal(upd.status, 200);
    assert.equal(upd.body.capacity, 50);
    assert.equal((await head.patch(`/api/v1/rooms/${room.id}`, { version: room.version, capacity: 51 })).status, 409);
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.get(`/api/v1/rooms/${room.id}`)).status, 404);
    assert.equal((await bAdmin.patch(`/api/v1/rooms/${room.id}`, { version: 2, name: 'x' })).status, 404);
    assert.equal((await bAdmin.delete(`/api/v1/rooms/${room.id}?version=2`)).status, 404);
    const bList = await bAdmin.get<RoomPage>('/api/v1/rooms');
    assert.equal(bList.body.total, 0);
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.get(`/api/v1/rooms/${room.id}`)).status, 200);
    assert.equal((await teacher.patch(`/api/v1/rooms/${room.id}`, { version: 2, name: 'x' })).status, 403);
  });

  it('exports the filtered list as a real xlsx with Chinese headers', async () => {
    const res = await head.get(`/api/v1/rooms/export.xlsx?buildingId=${buildingId}&roomType=classroom`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(5).value, '房间名称');
    assert.equal(ws.rowCount, 6);
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.get('/api/v1/rooms/export.xlsx')).status, 403);
  });

  it('deletes a room at its version and audits what it held', async () => {
    const created = await head.post('/api/v1/rooms', { campusId, name: '临时仓库', roomType: 'storeroom' });
    const del = await head.delete(`/api/v1/rooms/${created.body.id}?version=1`);
    assert.equal(del.status, 200);
    assert.equal((await head.get(`/api/v1/rooms/${created.body.id}`)).status, 404);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'before']).where('entity', '=', 'room').where('entity_id', '=', String(created.body.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'delete']);
    assert.match(String(audit[1]?.before), /临时仓库/);
  });
});
