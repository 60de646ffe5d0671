import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { ApiClient } from '../../../test/api-client.js';
import { makeSchool, makeUser } from '../../../test/factories.js';
import { createTestDb } from '../../../test/test-db.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { loadConfig } from '../../config/config.js';
import { startServer } from '../../server.js';
import type { Actor } from '../../platform/authz/actor.js';
import { registerFileOwner } from '../../platform/files/file-owners.js';
import type { FileStorage } from '../../platform/files/file-storage.js';
import { LocalFileStorage } from '../../platform/files/local-file-storage.js';
import { makeRoom } from '../qr/qr.fixtures.js';
import { uploadFile } from './use-cases/upload-file.js';

interface FileDto { id: number; originalName: string; mime: string; size: number; width: number | null; height: number | null; sha256: string; url: string; thumbnailUrl: string | null; abilities: { delete: boolean } }

function form(fields: Record<string, string>, file?: { data: Uint8Array; name: string; type: string }): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  if (file) fd.append('file', new Blob([file.data], { type: file.type }), file.name);
  return fd;
}

function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.includes('.')) : [];
}

const pngOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer();

describe('files', () => {
  let world: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let roomA = 0;
  let roomB = 0;
  let dataDir = '';
  let png: Buffer;
  let uploaded: FileDto;

  before(async () => {
    world = await startWithTwoSchools();
    dataDir = world.ts.server.services.config.dataDir;
    roomA = await makeRoom(world.ts.server.db, world.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 });
    roomB = await makeRoom(world.ts.server.db, world.schoolB, { name: '二校教室' });
    keeper = await world.ts.as('storekeeper');
    teacher = await world.ts.as('teacher');
    png = await pngOf(800, 600);
  });
  after(async () => { await world.ts.close(); });

  it('stores a real PNG with its size, hash and a small JPEG thumbnail', async () => {
    const res = await keeper.post<FileDto>('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, { data: png, name: '教室照片.png', type: 'image/png' }));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    uploaded = res.body;
    assert.equal(uploaded.originalName, '教室照片.png');
    assert.equal(uploaded.mime, 'image/png');
    assert.equal(uploaded.size, png.length);
    assert.deepEqual([uploaded.width, uploaded.height], [800, 600]);
    assert.equal(uploaded.sha256, crypto.createHash('sha256').update(png).digest('hex'));
    assert.ok(uploaded.thumbnailUrl);
    const now = new Date().toISOString();
    const onDisk = storedFiles(dataDir);
    assert.equal(onDisk.length, 2);
    assert.ok(onDisk.every((f) => f.startsWith(path.join(String(world.schoolA), now.slice(0, 4), now.slice(5, 7)))), onDisk.join());

    const content = await teacher.get(uploaded.url);
    assert.equal(content.status, 200);
    assert.equal(content.headers.get('content-type'), 'image/png');
    assert.match(content.headers.get('content-disposition') ?? '', /inline; .*filename\*=UTF-8''%E6%95%99/);
    assert.ok(content.raw.equals(png));
    const thumb = await teacher.get(uploaded.thumbnailUrl ?? '');
    assert.equal(thumb.status, 200);
    assert.equal(thumb.headers.get('content-type'), 'image/jpeg');
    const meta = await sharp(thumb.raw).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.deepEqual([meta.width, meta.height], [320, 240]);
    const audit = await world.ts.server.db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'file').execute();
    assert.deepEqual(audit, [{ action: 'create' }]);
  });

  it('refuses anything that is not really an image or PDF with 415, storing nothing', async () => {
    const before = storedFiles(dataDir).length;
    const text = await keeper.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, {
      data: new TextEncoder().encode('这不是照片，只是一段文字'), name: 'photo.jpg', type: 'image/jpeg',
    }));
    assert.equal(text.status, 415);
    assert.match(String(text.body.message), /JPG/);
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(128, 0x3c);
    exe.write('PE\0\0', 128, 'latin1');
    const renamed = await keeper.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, { data: exe, name: 'setup.png', type: 'image/png' }));
    assert.equal(renamed.status, 415);
    const json = await keeper.post('/api/v1/files', { ownerType: 'room', ownerId: roomA });
    assert.equal(json.status, 415);
    assert.equal(storedFiles(dataDir).length, before);
  });

  it('accepts a PDF, which has no thumbnail', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
    const res = await keeper.post<FileDto>('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, { data: pdf, name: '平面图.pdf', type: 'application/pdf' }));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.mime, 'application/pdf');
    assert.equal(res.body.thumbnailUrl, null);
    assert.equal((await keeper.get(`/api/v1/files/${res.body.id}/thumbnail`)).status, 404);
    const download = await keeper.get(`${res.body.url}?download=true`);
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment/);
  });

  it('checks who may upload, and the fields', async () => {
    const file = { data: png, name: 'a.png', type: 'image/png' };
    assert.equal((await world.ts.client().post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, file))).status, 401);
    const byTeacher = await teacher.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, file));
    assert.equal(byTeacher.status, 403);
    assert.match(String(byTeacher.body.message), /房间/);
    assert.equal((await (await world.ts.as('principal')).post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, file))).status, 403);
    assert.equal((await keeper.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomB) }, file))).status, 404);
    const noOwner = await keeper.post('/api/v1/files', form({ ownerType: 'room' }, file));
    assert.equal(noOwner.status, 400);
    assert.equal((noOwner.body.fields as { field: string }[])[0]?.field, 'ownerId');
    const badType = await keeper.post('/api/v1/files', form({ ownerType: 'spaceship', ownerId: '1' }, file));
    assert.equal(badType.status, 400);
    assert.equal((badType.body.fields as { field: string }[])[0]?.field, 'ownerType');
    const noFile = await keeper.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }));
    assert.equal(noFile.status, 400);
  });

  it('lists and serves files only to people who can see the owner', async () => {
    const list = await teacher.get<{ items: FileDto[]; total: number }>(`/api/v1/files?ownerType=room&ownerId=${roomA}`);
    assert.equal(list.status, 200);
    assert.equal(list.body.items[0]?.id, uploaded.id);
    assert.equal(list.body.items[0]?.abilities.delete, false);
    const bAdmin = await world.ts.as('b-sysadmin');
    assert.equal((await bAdmin.get(`/api/v1/files?ownerType=room&ownerId=${roomA}`)).status, 404);
    assert.equal((await bAdmin.get(uploaded.url)).status, 404);
    assert.equal((await bAdmin.get(uploaded.thumbnailUrl ?? '')).status, 404);
    assert.equal((await world.ts.client().get(uploaded.url)).status, 401);
    assert.equal((await teacher.get('/api/v1/files?ownerType=room')).status, 400);
    assert.equal((await teacher.get('/api/v1/files/abc/content')).status, 400);
  });

  it('lets the uploader delete within 24 hours, and file:delete holders any time', async () => {
    assert.equal((await teacher.delete(`/api/v1/files/${uploaded.id}`)).status, 403);
    assert.equal((await (await world.ts.as('b-sysadmin')).delete(`/api/v1/files/${uploaded.id}`)).status, 404);
    assert.equal((await world.ts.client().delete(`/api/v1/files/${uploaded.id}`)).status, 401);

    const own = await keeper.post<FileDto>('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomA) }, { data: await pngOf(40, 30), name: 'b.png', type: 'image/png' }));
    assert.equal(own.body.abilities.delete, true);
    const before = storedFiles(dataDir).length;
    const del = await keeper.delete(`/api/v1/files/${own.body.id}`);
    assert.equal(del.status, 200);
    assert.equal(storedFiles(dataDir).length, before - 2);
    assert.equal((await keeper.get(own.body.url)).status, 404);

    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000).toISOString();
    await world.ts.server.db.kysely.updateTable('files').set({ created_at: dayAgo }).where('id', '=', uploaded.id).execute();
    const late = await keeper.delete(`/api/v1/files/${uploaded.id}`);
    assert.equal(late.status, 403);
    assert.match(String(late.body.message), /24 小时/);
    const admin = await world.ts.as('sysadmin');
    assert.equal((await admin.delete(`/api/v1/files/${uploaded.id}`)).status, 200);
    const audit = await world.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'entity_id']).where('entity', '=', 'file').where('action', '=', 'delete').execute();
    assert.deepEqual(audit.map((a) => a.entity_id).sort(), [String(own.body.id), String(uploaded.id)].sort());
  });

  it('removes the stored bytes when the database refuses the row', async () => {
    const puts: string[] = [];
    const deletes: string[] = [];
    const inner = new LocalFileStorage(path.join(dataDir, 'files'));
    // why: a spy around the real store, to see that what was put is deleted again.
    const storage: FileStorage = {
      put: async (key, data) => { puts.push(key); await inner.put(key, data); },
      get: (key) => inner.get(key),
      delete: async (key) => { deletes.push(key); await inner.delete(key); },
    };
    registerFileOwner('test_owner', { label: '测试', canRead: async () => true, canAttach: async () => true });
    // A school that does not exist: the files.school_id foreign key fails the insert.
    const ghost: Actor = {
      userId: 1, name: '幽灵', staffNo: 'x', schoolId: 987654, districtId: null, departmentId: null, roles: ['sysadmin'],
      permissions: new Set(['file:create']), dataScope: 'school', readableSchoolIds: [987654], mustChangePassword: false, sessionId: '', ip: null,
    };
    const before = storedFiles(dataDir).length;
    await assert.rejects(uploadFile(world.ts.server.db, storage, ghost, { ownerType: 'test_owner', ownerId: 1, fileName: 'x.png', data: png }));
    assert.equal(puts.length, 2);
    assert.deepEqual([...deletes].sort(), [...puts].sort());
    assert.equal(storedFiles(dataDir).length, before);
  });
});

describe('upload size limit', () => {
  it('answers 413 in Chinese for a file over maxUploadBytes', async () => {
    const testDb = await createTestDb();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-files-'));
    const config = { ...loadConfig({}), host: '127.0.0.1', port: 0, dataDir, webDir: path.join(dataDir, 'no-web'), maxUploadBytes: 64 * 1024 };
    const server = await startServer(config, { db: testDb.db });
    try {
      const schoolId = await makeSchool(testDb.db, '示范小学', 'SFXX');
      await makeUser(testDb.db, { schoolId, staffNo: 'keeper', roles: ['storekeeper'] });
      const roomId = await makeRoom(testDb.db, schoolId, { name: '仓库' });
      server.services.setupState.done = true;
      const client = new ApiClient(server.url);
      assert.equal((await client.login('keeper', 'Houqin2026')).status, 200);
      const big = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#888' } }).png({ compressionLevel: 0 }).toBuffer();
      assert.ok(big.length > 64 * 1024);
      const res = await client.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomId) }, { data: big, name: 'big.png', type: 'image/png' }));
      assert.equal(res.status, 413);
      assert.match(String(res.body.message), /不能超过 64 KB/);
      assert.deepEqual(storedFiles(dataDir), []);
      const small = await client.post('/api/v1/files', form({ ownerType: 'room', ownerId: String(roomId) }, { data: await pngOf(20, 20), name: 's.png', type: 'image/png' }));
      assert.equal(small.status, 200);
    } finally {
      await server.close();
      await testDb.dispose().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
