import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROLE_KEYS, ROOM_TYPES } from '@houqin/contracts';
import { type TestServer, startTestServer } from '../../test/test-server.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

describe('demo dataset', () => {
  let ts: TestServer;
  const logged: string[] = [];
  before(async () => {
    ts = await startTestServer();
    assert.equal(await seedDemoIfEmpty(ts.server.db, (line) => logged.push(line)), true);
  });
  after(async () => { await ts.close(); });

  it('is idempotent and logs a short summary', async () => {
    assert.equal(await seedDemoIfEmpty(ts.server.db, (line) => logged.push(line)), false);
    assert.equal(logged.length, 2);
    assert.match(logged[0] ?? '', /示范小学（SFXX）2 个校区.*第二实验小学（DEXX）1 个校区/);
    assert.match(logged[1] ?? '', /Houqin@2026.*jyj-inspector/);
  });

  it('books the demo cards\' depreciation through last month, so net values are below cost', async () => {
    const card = await ts.server.db.kysely.selectFrom('assets').select(['id', 'original_value_fen']).where('name', '=', '生物显微镜').orderBy('id').executeTakeFirstOrThrow();
    const booked = await ts.server.db.kysely.selectFrom('asset_depreciation').select((eb) => eb.fn.sum<number>('amount_fen').as('fen'))
      .where('asset_id', '=', card.id).executeTakeFirstOrThrow();
    // Bought in September 2023, depreciated over its category's life: part of its cost is booked.
    assert.ok(Number(booked.fen) > 0 && Number(booked.fen) < card.original_value_fen, String(booked.fen));
  });

  it('builds one district with two schools, their campuses, buildings and realistic rooms', async () => {
    const db = ts.server.db.kysely;
    const schools = await db.selectFrom('schools').innerJoin('districts', 'districts.id', 'schools.district_id')
      .select(['schools.id', 'schools.code', 'districts.name as district']).orderBy('schools.id').execute();
    assert.deepEqual(schools.map((s) => [s.code, s.district]), [['SFXX', '示范区教育局'], ['DEXX', '示范区教育局']]);
    const sf = schools[0]?.id ?? 0;
    const campuses = await db.selectFrom('campuses').select(['name', 'address']).where('school_id', '=', sf).orderBy('sort').execute();
    assert.deepEqual(campuses.map((c) => c.name), ['本部', '东校区']);
    assert.ok(campuses.every((c) => c.address), 'every campus has an address');
    const buildings = await db.selectFrom('buildings').select('name').where('school_id', '=', sf).execute();
    for (const name of ['教学楼A', '教学楼B', '综合楼', '行政楼', '食堂', '学生宿舍']) assert.ok(buildings.some((b) => b.name === name), name);
    const rooms = await db.selectFrom('rooms').select(['name', 'room_type', 'floor', 'building_id']).where('school_id', '=', sf).execute();
    for (const name of ['一(1)班教室', '科学实验室', '音乐室', '美术室', '计算机房', '图书室', '校医室', '总务处办公室', '配电房', '体育器材室', '总务仓库', '操场']) {
      assert.ok(rooms.some((r) => r.name === name), name);
    }
    assert.ok(rooms.every((r) => (ROOM_TYPES as readonly string[]).includes(r.room_type)));
    const playground = rooms.find((r) => r.name === '操场');
    assert.deepEqual([playground?.room_type, playground?.building_id, playground?.floor], ['outdoor', null, null]);
    assert.equal(rooms.find((r) => r.name === '一(1)班教室')?.floor, 1);
    assert.ok(rooms.length > 80);
  });

  it('has grades 一年级…六年级 whose classes each have a classroom and a 班主任 who keeps it', async () => {
    const db = ts.server.db.kysely;
    const classes = await db.selectFrom('classes')
      .innerJoin('grades', 'grades.id', 'classes.grade_id')
      .innerJoin('schools', 'schools.id', 'classes.school_id')
      .leftJoin('rooms', 'rooms.id', 'classes.room_id')
      .leftJoin('users', 'users.id', 'classes.head_teacher_id')
      .select(['schools.code', 'grades.name as grade', 'classes.name', 'rooms.name as room', 'rooms.keeper_user_id', 'classes.head_teacher_id', 'users.name as teacher'])
      .execute();
    const sf = classes.filter((c) => c.code === 'SFXX');
    assert.deepEqual([...new Set(sf.map((c) => c.grade))], ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级']);
    assert.ok(sf.length >= 18 && sf.length <= 24);
    for (const c of classes) {
      assert.equal(c.room, `${c.name}教室`);
      assert.ok(c.teacher, `${c.name} has a 班主任`);
      assert.equal(c.keeper_user_id, c.head_teacher_id);
    }
    assert.equal(new Set(classes.map((c) => c.head_teacher_id)).size, classes.length, 'one class per 班主任');
    assert.equal(sf.find((c) => c.name === '一(1)班')?.teacher, '李晓梅', 'the teacher account leads 一(1)班');
  });

  it('gives every built-in role an account in each school, and everything has an audit trail', async () => {
    const db = ts.server.db.kysely;
    const roles = await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
      .select(['users.staff_no', 'user_roles.role_key', 'users.must_change_password']).execute();
    const staffNos = new Set(roles.map((r) => r.staff_no));
    for (const no of ['sf-teacher', 'sf-technician', 'sf-head', 'sf-keeper', 'sf-safety', 'sf-canteen', 'sf-dorm', 'sf-finance', 'sf-principal', 'sf-admin',
      'de-teacher', 'de-admin', 'de-head', 'jyj-inspector']) assert.ok(staffNos.has(no), no);
    assert.deepEqual([...new Set(roles.map((r) => r.role_key))].sort(), [...ROLE_KEYS].sort());
    assert.ok(roles.every((r) => r.must_change_password === 0));
    const rooms = await db.selectFrom('rooms').select('id').execute();
    const roomEvents = await db.selectFrom('audit_events').select('entity_id').where('entity', '=', 'room').where('action', '=', 'create').where('actor_name', '=', '演示数据').execute();
    assert.deepEqual(new Set(roomEvents.map((e) => e.entity_id)), new Set(rooms.map((r) => String(r.id))));
  });

  it('lets the demo accounts sign in with the shared password and see their data', async () => {
    const teacher = ts.client();
    const me = await teacher.login('sf-teacher', DEMO_PASSWORD);
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.name, me.body.schoolName, me.body.mustChangePassword, me.body.unreadNotifications], ['李晓梅', '示范小学', false, 1]);
    const inbox = await teacher.get<{ items: { title: string }[] }>('/api/v1/notifications');
    assert.equal(inbox.body.items[0]?.title, '欢迎使用后勤管理系统');
    const headTeacher = await ts.client().login('de-t01', DEMO_PASSWORD);
    assert.equal(headTeacher.body.schoolName, '第二实验小学', 'the extra 班主任 can sign in too');
    const inspector = ts.client();
    assert.equal((await inspector.login('jyj-inspector', DEMO_PASSWORD)).body.schoolId, null);
    const trail = await inspector.get<{ items: { schoolName: string; actionLabel: string }[] }>('/api/v1/audit?entity=department&action=update');
    assert.deepEqual(new Set(trail.body.items.map((i) => i.schoolName)), new Set(['示范小学', '第二实验小学']), 'the bureau reads both schools');
    assert.ok(trail.body.items.every((i) => i.actionLabel === '修改'));
  });
});
