import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { Notifier, Outbox } from '../../platform/notify/notifier.js';
import { notifyUsers } from '../../platform/notify/notify-users.js';
import { type RobotServer, startRobotServer } from '../../platform/notify/test-robot-server.js';
import { WecomRobotChannel } from '../../platform/notify/wecom-channel.js';

interface Item { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null }
interface Page { items: Item[]; total: number; page: number; pageSize: number }

describe('notifications inbox', () => {
  let w: TwoSchools;
  let robot: RobotServer;
  const idOf = async (staffNo: string) =>
    (await w.ts.server.db.kysely.selectFrom('users').select('id').where('staff_no', '=', staffNo).executeTakeFirstOrThrow()).id;

  before(async () => {
    w = await startWithTwoSchools();
    robot = await startRobotServer();
  });
  after(async () => {
    await robot.close();
    await w.ts.close();
  });

  it('writes inbox rows inside the caller transaction and posts to robots only after commit', async () => {
    const db = w.ts.server.db.kysely;
    const teacher = await idOf('teacher');
    const technician = await idOf('technician');
    const notifier = new Notifier([new WecomRobotChannel(`${robot.url}/send`)]);

    const rolledBack = new Outbox();
    await assert.rejects(db.transaction().execute(async (tx) => {
      await notifyUsers(tx, { schoolId: w.schoolA, userIds: [teacher], kind: 'test', title: '不会出现', body: '事务回滚' }, rolledBack);
      throw new Error('rollback');
    }));
    assert.equal((await db.selectFrom('notifications').select('id').where('title', '=', '不会出现').execute()).length, 0);

    const outbox = new Outbox();
    const written = await db.transaction().execute((tx) => notifyUsers(tx, {
      schoolId: w.schoolA, userIds: [teacher, technician, teacher], kind: 'repair.dispatched', title: '新的维修任务',
      body: '教学楼A 101 灯管不亮', link: '/repairs/1',
    }, outbox));
    assert.equal(written, 2, 'duplicate recipients get one notice');
    assert.equal(robot.received.length, 0, 'nothing leaves before the caller flushes after commit');
    await outbox.flushTo(notifier);
    assert.equal(robot.received.length, 1);
    assert.match(JSON.stringify(robot.received[0]?.body), /新的维修任务/);
  });

  it('answers 401 without a session', async () => {
    const c = w.ts.client();
    assert.equal((await c.get('/api/v1/notifications')).status, 401);
    assert.equal((await c.get('/api/v1/notifications/unread-count')).status, 401);
    assert.equal((await c.post('/api/v1/notifications/read-all')).status, 401);
  });

  it('shows users only their own notices, newest first, with an unread filter and count', async () => {
    const db = w.ts.server.db.kysely;
    await notifyUsers(db, { schoolId: w.schoolA, userIds: [await idOf('teacher')], kind: 'repair.done', title: '报修已完成', body: '请验收' });
    await notifyUsers(db, { schoolId: w.schoolB, userIds: [await idOf('b-teacher')], kind: 'other', title: '别校消息', body: '看不到' });
    const c = await w.ts.as('teacher');
    const list = await c.get<Page>('/api/v1/notifications');
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((i) => i.title), ['报修已完成', '新的维修任务']);
    assert.equal(list.body.total, 2);
    assert.equal(list.body.items[1]?.link, '/repairs/1');
    const count = await c.get<{ count: number }>('/api/v1/notifications/unread-count');
    assert.equal(count.body.count, 2);
    const me = await c.get<{ unreadNotifications: number }>('/api/v1/auth/me');
    assert.equal(me.body.unreadNotifications, 2, 'the header badge agrees');
    const paged = await c.get<Page>('/api/v1/notifications?page=2&pageSize=1');
    assert.deepEqual([paged.body.items[0]?.title, paged.body.total, paged.body.page], ['新的维修任务', 2, 2]);
  });

  it('marks one notice read, refuses another user\'s notice with 404, and marks all read', async () => {
    const c = await w.ts.as('teacher');
    const [newest, older] = (await c.get<Page>('/api/v1/notifications')).body.items;
    const read = await c.post<Item>(`/api/v1/notifications/${newest?.id}/read`);
    assert.equal(read.status, 200);
    assert.ok(read.body.readAt, 'readAt is set');
    const again = await c.post<Item>(`/api/v1/notifications/${newest?.id}/read`);
    assert.equal(again.body.readAt, read.body.readAt, 'reading twice keeps the first time');
    const unread = await c.get<Page>('/api/v1/notifications?unread=true');
    assert.deepEqual(unread.body.items.map((i) => i.id), [older?.id]);

    const other = await w.ts.as('technician');
    const foreign = await other.post(`/api/v1/notifications/${older?.id}/read`);
    assert.equal(foreign.status, 404);
    assert.match(String(foreign.body.message), /消息不存在/);
    const otherSchool = await w.ts.as('b-teacher');
    assert.equal((await otherSchool.post(`/api/v1/notifications/${older?.id}/read`)).status, 404);
    assert.equal((await c.post('/api/v1/notifications/99999999/read')).status, 404);
    assert.equal((await c.get<Page>('/api/v1/notifications?unread=true')).body.total, 1, 'the other user did not mark it read');

    const all = await c.post<{ count: number }>('/api/v1/notifications/read-all');
    assert.deepEqual(all.body, { count: 1 });
    assert.equal((await c.get<{ count: number }>('/api/v1/notifications/unread-count')).body.count, 0);
    const techCount = await other.get<{ count: number }>('/api/v1/notifications/unread-count');
    assert.equal(techCount.body.count, 1, 'read-all touches only the caller\'s inbox');
  });

  it('rejects bad input with a Chinese message naming the field', async () => {
    const c = await w.ts.as('teacher');
    const badId = await c.post('/api/v1/notifications/abc/read');
    assert.equal(badId.status, 400);
    assert.match(String(badId.body.message), /消息编号/);
    const badQuery = await c.get('/api/v1/notifications?unread=maybe');
    assert.equal(badQuery.status, 400);
    assert.match(String(badQuery.body.message), /只看未读/);
    const bigPage = await c.get('/api/v1/notifications?pageSize=5000');
    assert.equal(bigPage.status, 400);
  });

  it('answers 403 when the school has taken the inbox away from a role', async () => {
    const db = w.ts.server.db.kysely;
    const now = new Date().toISOString();
    await db.insertInto('role_settings').values({
      school_id: w.schoolA, role_key: 'finance', data_scope: 'school', permissions: JSON.stringify(['school:read']), created_at: now, updated_at: now,
    }).execute();
    const c = await w.ts.as('finance');
    const res = await c.get('/api/v1/notifications');
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'FORBIDDEN');
  });
});
