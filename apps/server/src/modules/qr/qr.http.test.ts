import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import type { ApiClient } from '../../../test/api-client.js';
import type { Kysely } from 'kysely';
import { runInTransaction } from '../../platform/db/audited-writes.js';
import { qrOneCodePerTargetMigration } from '../../platform/db/migrations/2026-11-21-0020-qr-one-code-per-target.js';
import { translateDbError } from '../../platform/http/db-errors.js';
import { QR_CODE_ALPHABET } from '../../platform/qr/qr-code-text.js';
import { makeRoom } from './qr.fixtures.js';
import { unlinkQrCodeOfTarget } from './use-cases/unlink-qr-code.js';

interface CodeDto { id: number; code: string; url: string; targetId: number | null; targetName: string | null; targetLocation: string | null; version: number; batchName: string | null }
interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

describe('QR codes', () => {
  let world: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let rooms: { a1: number; a2: number; a3: number; b1: number };
  let codes: string[];

  before(async () => {
    world = await startWithTwoSchools();
    const db = world.ts.server.db;
    rooms = {
      a1: await makeRoom(db, world.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 }),
      a2: await makeRoom(db, world.schoolA, { name: '科学实验室', buildingName: '实验楼', floor: 1 }),
      a3: await makeRoom(db, world.schoolA, { name: '食堂', floor: null }),
      b1: await makeRoom(db, world.schoolB, { name: '二校教室', buildingName: '教学楼', floor: 2 }),
    };
    keeper = await world.ts.as('storekeeper');
    teacher = await world.ts.as('teacher');
  });
  after(async () => { await world.ts.close(); });

  describe('batches', () => {
    it('refuses anonymous users, teachers and bad input', async () => {
      assert.equal((await world.ts.client().post('/api/v1/qr-batches', { name: '一楼', count: 5 })).status, 401);
      assert.equal((await teacher.post('/api/v1/qr-batches', { name: '一楼', count: 5 })).status, 403);
      const tooMany = await keeper.post('/api/v1/qr-batches', { name: '一楼', count: 1001 });
      assert.equal(tooMany.status, 400);
      assert.match(String(tooMany.body.message), /数量/);
      const blank = await keeper.post('/api/v1/qr-batches', { name: '   ', count: 3 });
      assert.equal(blank.status, 400);
      assert.equal((blank.body.fields as { field: string }[])[0]?.field, 'name');
    });

    it('pre-generates unguessable unlinked codes, visible only to the school', async () => {
      const res = await keeper.post('/api/v1/qr-batches', { name: '第一批', count: 6 });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.size, 6);
      assert.equal(res.body.linkedCount, 0);
      const list = await keeper.get<Page<CodeDto>>(`/api/v1/qr-codes?batchId=${String(res.body.id)}&pageSize=50`);
      assert.equal(list.status, 200);
      assert.equal(list.body.total, 6);
      codes = list.body.items.map((c) => c.code);
      assert.equal(new Set(codes).size, 6);
      for (const c of list.body.items) {
        assert.equal(c.code.length, 10);
        assert.ok([...c.code].every((ch) => QR_CODE_ALPHABET.includes(ch)), c.code);
        assert.ok(c.url.endsWith(`/q/${c.code}`));
        assert.equal(c.targetId, null);
        assert.equal(c.batchName, '第一批');
      }
      const batches = await teacher.get<Page<{ name: string; size: number }>>('/api/v1/qr-batches');
      assert.deepEqual(batches.body.items.map((b) => [b.name, b.size]), [['第一批', 6]]);
      const other = await (await world.ts.as('b-sysadmin')).get<Page<CodeDto>>('/api/v1/qr-codes');
      assert.equal(other.body.total, 0);
      const audit = await world.ts.server.db.kysely.selectFrom('audit_events').select(['action']).where('entity', '=', 'qr_batch').execute();
      assert.deepEqual(audit, [{ action: 'create' }]);
    });
  });

  describe('linking', () => {
    const codeOf = async (code: string) => (await keeper.get<CodeDto>(`/api/v1/qr-codes/${code}`)).body;

    it('links, refuses a second code for the same room unless replacing, relinks and unlinks', async () => {
      const [c1 = '', c2 = ''] = codes;
      const linked = await keeper.post<CodeDto>(`/api/v1/qr-codes/${c1}/link`, { targetType: 'room', targetId: rooms.a1, version: 1 });
      assert.equal(linked.status, 200, JSON.stringify(linked.body));
      assert.equal(linked.body.targetName, '三年级二班');
      assert.equal(linked.body.targetLocation, '教学楼 3层');

      const stale = await keeper.post(`/api/v1/qr-codes/${c1}/link`, { targetType: 'room', targetId: rooms.a2, version: 1 });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, 'STALE_VERSION');

      const taken = await keeper.post(`/api/v1/qr-codes/${c2}/link`, { targetType: 'room', targetId: rooms.a1, version: 1 });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.code, 'QR_TARGET_TAKEN');
      assert.match(String(taken.body.message), new RegExp(c1));

      const replaced = await keeper.post<CodeDto>(`/api/v1/qr-codes/${c2}/link`, { targetType: 'room', targetId: rooms.a1, version: 1, replace: true });
      assert.equal(replaced.status, 200);
      assert.equal((await codeOf(c1)).targetId, null);

      // The printed label moves to another room and keeps working.
      const relinked = await keeper.post<CodeDto>(`/api/v1/qr-codes/${c2}/link`, { targetType: 'room', targetId: rooms.a2, version: replaced.body.version });
      assert.equal(relinked.status, 200);
      assert.equal(relinked.body.code, c2);
      assert.equal(relinked.body.targetName, '科学实验室');

      const unlinked = await keeper.post<CodeDto>(`/api/v1/qr-codes/${c2}/unlink`, { version: relinked.body.version });
      assert.equal(unlinked.status, 200);
      assert.equal(unlinked.body.targetId, null);
      const again = await keeper.post(`/api/v1/qr-codes/${c2}/unlink`, { version: unlinked.body.version });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'QR_NOT_LINKED');
      const staleUnlink = await keeper.post(`/api/v1/qr-codes/${c2}/unlink`, { version: 1 });
      assert.equal(staleUnlink.status, 409);

      const actions = await world.ts.server.db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'qr_code').orderBy('id').execute();
      assert.deepEqual(actions.map((a) => a.action), ['link', 'unlink', 'link', 'relink', 'unlink']);
      const filtered = await keeper.get<Page<CodeDto>>('/api/v1/qr-codes?linked=false&sort=code');
      assert.ok(filtered.body.items.some((c) => c.code === c2));
      assert.deepEqual(filtered.body.items.map((c) => c.code), [...filtered.body.items.map((c) => c.code)].sort());
    });

    it('answers 404 for another school\'s room or code, 403/401 for the wrong people, 400 for bad input', async () => {
      const c3 = codes[2] ?? '';
      const foreignRoom = await keeper.post(`/api/v1/qr-codes/${c3}/link`, { targetType: 'room', targetId: rooms.b1, version: 1 });
      assert.equal(foreignRoom.status, 404);
      assert.match(String(foreignRoom.body.message), /房间/);
      const bAdmin = await world.ts.as('b-sysadmin');
      assert.equal((await bAdmin.post(`/api/v1/qr-codes/${c3}/link`, { targetType: 'room', targetId: rooms.b1, version: 1 })).status, 404);
      assert.equal((await bAdmin.get(`/api/v1/qr-codes/${c3}`)).status, 404);
      assert.equal((await teacher.post(`/api/v1/qr-codes/${c3}/link`, { targetType: 'room', targetId: rooms.a3, version: 1 })).status, 403);
      assert.equal((await world.ts.client().post(`/api/v1/qr-codes/${c3}/unlink`, { version: 1 })).status, 401);
      const badId = await keeper.post(`/api/v1/qr-codes/${c3}/link`, { targetType: 'room', targetId: 'x', version: 1 });
      assert.equal(badId.status, 400);
      assert.equal((badId.body.fields as { field: string }[])[0]?.field, 'targetId');
      const notYet = await keeper.post(`/api/v1/qr-codes/${c3}/link`, { targetType: 'canteen', targetId: 1, version: 1 });
      assert.equal(notYet.status, 400);
      assert.equal((notYet.body.fields as { field: string }[])[0]?.field, 'targetType');
      assert.equal((await keeper.post(`/api/v1/qr-codes/${c3}/link`, { targetType: 'asset', targetId: 999999, version: 1 })).status, 404, 'no such asset');
      assert.equal((await keeper.get('/api/v1/qr-codes?sort=nonsense')).status, 400);
      assert.equal((await (await world.ts.as('inspector')).get('/api/v1/qr-codes')).status, 403);
    });
  });

  describe('resolve (phone landing page)', () => {
    let code = '';
    before(async () => {
      code = codes[3] ?? '';
      const res = await keeper.post(`/api/v1/qr-codes/${code}/link`, { targetType: 'room', targetId: rooms.a1, version: 1 });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    });

    it('shows anonymous visitors only the public face', async () => {
      const res = await world.ts.client().get(`/api/v1/qr/resolve/${code}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'linked');
      assert.equal(res.body.schoolName, '示范小学');
      assert.equal(res.body.loginRequired, true);
      assert.deepEqual(res.body.actions, []);
      assert.deepEqual(res.body.target, { type: 'room', typeLabel: '房间', id: null, name: '三年级二班', location: '教学楼 3层' });
      assert.doesNotMatch(JSON.stringify(res.body), /钥匙|门卫/);
    });

    it('gives a user of the school the room and the actions their role allows', async () => {
      const res = await teacher.get(`/api/v1/qr/resolve/${code.toLowerCase().slice(0, 5)}-${code.toLowerCase().slice(5)}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.loginRequired, false);
      assert.equal((res.body.target as { id: number }).id, rooms.a1);
      assert.deepEqual(res.body.actions, [
        { key: 'view_room', label: '查看房间', href: `/m/rooms/${rooms.a1}` },
        { key: 'repair', label: '报修', href: `/m/repair/new?roomId=${rooms.a1}` },
      ]);
    });

    it('treats another school\'s user like a visitor', async () => {
      const res = await (await world.ts.as('b-teacher')).get(`/api/v1/qr/resolve/${code}`);
      assert.equal(res.body.loginRequired, true);
      assert.deepEqual(res.body.actions, []);
      assert.equal((res.body.target as { id: number | null }).id, null);
      assert.match(String(res.body.message), /示范小学/);
    });

    it('says an unlinked label is not attached yet, offering managers to link it', async () => {
      const blank = codes[4] ?? '';
      const anon = await world.ts.client().get(`/api/v1/qr/resolve/${blank}`);
      assert.equal(anon.status, 200);
      assert.equal(anon.body.status, 'unlinked');
      assert.equal(anon.body.target, null);
      assert.match(String(anon.body.message), /尚未绑定/);
      assert.deepEqual(anon.body.actions, []);
      const mine = await keeper.get(`/api/v1/qr/resolve/${blank}`);
      assert.deepEqual(mine.body.actions, [{ key: 'link', label: '绑定到房间', href: `/m/qr/${blank}/link` }]);
      assert.deepEqual((await teacher.get(`/api/v1/qr/resolve/${blank}`)).body.actions, []);
    });

    it('answers 404 in Chinese for a code that does not exist', async () => {
      const res = await world.ts.client().get('/api/v1/qr/resolve/ZZZZZZZZZZ');
      assert.equal(res.status, 404);
      assert.match(String(res.body.message), /未找到这个二维码/);
      assert.equal((await world.ts.client().get('/api/v1/qr/resolve/not-a-code')).status, 404);
    });
  });

  describe('labels PDF', () => {
    it('prints one label per room, creating and auditing codes for rooms without one', async () => {
      const before = await world.ts.server.db.kysely.selectFrom('qr_codes').select('id').where('target_id', '=', rooms.a3).execute();
      assert.equal(before.length, 0);
      const res = await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a1, rooms.a2, rooms.a3], layout: 'a4-3x8' });
      assert.equal(res.status, 200, res.raw.toString('utf8').slice(0, 300));
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      assert.equal(res.raw.subarray(0, 4).toString('latin1'), '%PDF');
      assert.equal(pageCount(res.raw), 1);
      const created = await world.ts.server.db.kysely.selectFrom('qr_codes').select(['id', 'code']).where('target_type', '=', 'room')
        .where('target_id', 'in', [rooms.a1, rooms.a2, rooms.a3]).execute();
      assert.equal(created.length, 3);
      const audited = await world.ts.server.db.kysely.selectFrom('audit_events').select('entity_id').where('entity', '=', 'qr_code')
        .where('action', '=', 'create').execute();
      assert.equal(audited.length, 2);

      // Printing again reuses the codes: the labels already on the doors stay valid.
      const again = await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a3, rooms.a1, rooms.a2], layout: 'single-50x30' });
      assert.equal(pageCount(again.raw), 3);
      const after = await world.ts.server.db.kysely.selectFrom('qr_codes').select('id').where('target_type', '=', 'room').execute();
      assert.equal(after.length, 3);
    });

    it('skips used slots on a part-used sheet and prints whole batches', async () => {
      const res = await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a1, rooms.a2, rooms.a3], layout: 'a4-3x8', startPosition: 23 });
      assert.equal(res.status, 200);
      assert.equal(pageCount(res.raw), 2);
      const batch = await keeper.post('/api/v1/qr-batches', { name: '第二批', count: 12 });
      const sheet = await keeper.post('/api/v1/qr/labels', { batchId: batch.body.id, layout: 'a4-2x5' });
      assert.equal(sheet.status, 200);
      assert.equal(pageCount(sheet.raw), 2);
    });

    it('checks permissions, school and input', async () => {
      assert.equal((await world.ts.client().post('/api/v1/qr/labels', { roomIds: [rooms.a1], layout: 'a4-3x8' })).status, 401);
      assert.equal((await teacher.post('/api/v1/qr/labels', { roomIds: [rooms.a1], layout: 'a4-3x8' })).status, 403);
      assert.equal((await (await world.ts.as('principal')).post('/api/v1/qr/labels', { roomIds: [rooms.a1], layout: 'a4-3x8' })).status, 403);
      const foreign = await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a1, rooms.b1], layout: 'a4-3x8' });
      assert.equal(foreign.status, 404);
      assert.match(String(foreign.body.message), /房间/);
      const bBatch = await (await world.ts.as('b-sysadmin')).post('/api/v1/qr-batches', { name: '二校', count: 2 });
      assert.equal((await keeper.post('/api/v1/qr/labels', { batchId: bBatch.body.id, layout: 'a4-3x8' })).status, 404);
      assert.equal((await keeper.post('/api/v1/qr/labels', { layout: 'a4-3x8' })).status, 400);
      assert.equal((await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a1], batchId: 1, layout: 'a4-3x8' })).status, 400);
      assert.equal((await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a1], layout: 'a5' })).status, 400);
      const slot = await keeper.post('/api/v1/qr/labels', { roomIds: [rooms.a1], layout: 'a4-2x5', startPosition: 11 });
      assert.equal(slot.status, 400);
      assert.equal((slot.body.fields as { field: string }[])[0]?.field, 'startPosition');
    });
  });

  describe('database guard and helpers for other modules', () => {
    it('migration 0020 makes the database refuse a second code for the same target', async () => {
      const db = world.ts.server.db;
      await qrOneCodePerTargetMigration().up(db.kysely as unknown as Kysely<unknown>);
      const now = new Date().toISOString();
      const row = (code: string) => ({
        school_id: world.schoolA, code, batch_id: null, target_type: 'room', target_id: rooms.b1 + 1000, linked_at: now, created_at: now, updated_at: now,
      });
      await db.kysely.insertInto('qr_codes').values(row('TESTAAAAAA')).execute();
      const err = await db.kysely.insertInto('qr_codes').values(row('TESTBBBBBB')).execute().then(() => undefined, (e: unknown) => e);
      assert.equal(translateDbError(err)?.code, 'DUPLICATE');
      // Unlinked codes are not targets: any number of them may exist.
      await db.kysely.insertInto('qr_codes').values([{ ...row('TESTCCCCCC'), target_type: null, target_id: null }, { ...row('TESTDDDDDD'), target_type: null, target_id: null }]).execute();
    });

    it('unlinkQrCodeOfTarget frees the label of a deleted room, audited', async () => {
      const db = world.ts.server.db;
      const ctx = { actorId: null, actorName: '测试', schoolId: world.schoolA, ip: null };
      await runInTransaction(db.kysely, (tx) => unlinkQrCodeOfTarget(tx, ctx, world.schoolA, 'room', rooms.a3));
      const left = await db.kysely.selectFrom('qr_codes').select('id').where('target_type', '=', 'room').where('target_id', '=', rooms.a3).execute();
      assert.equal(left.length, 0);
      const last = await db.kysely.selectFrom('audit_events').select(['entity', 'action']).orderBy('id', 'desc').executeTakeFirst();
      assert.deepEqual(last, { entity: 'qr_code', action: 'unlink' });
    });
  });
});
