import { loadConfig } from '../src/config/config.js';
import { type RunningServer, startServer } from '../src/server.js';
import { ApiClient } from './api-client.js';
import { TEST_PASSWORD, makeDistrict, makeSchool, makeUser } from './factories.js';
import { type TestDb, createTestDb } from './test-db.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestServer {
  server: RunningServer;
  testDb: TestDb;
  url: string;
  client(): ApiClient;
  /** Logs in a fresh client as the given 工号. */
  as(staffNo: string, schoolCode?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/** A real server on a random loopback port over a fresh database. */
export async function startTestServer(): Promise<TestServer> {
  const testDb = await createTestDb();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-data-'));
  const config = { ...loadConfig({}), host: '127.0.0.1', port: 0, dataDir, webDir: path.join(dataDir, 'no-web') };
  const server = await startServer(config, { db: testDb.db });
  const client = () => new ApiClient(server.url);
  return {
    server,
    testDb,
    url: server.url,
    client,
    async as(staffNo, schoolCode) {
      const c = client();
      const res = await c.login(staffNo, TEST_PASSWORD, schoolCode);
      if (res.status !== 200) throw new Error(`login ${staffNo} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return c;
    },
    async close() {
      await server.close();
      await testDb.dispose().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TwoSchools { ts: TestServer; schoolA: number; schoolB: number; districtId: number }

/**
 * The usual world: two schools in one district, with one account per role in school A
 * (工号 = role key) and an administrator in school B (b-sysadmin), plus a bureau inspector.
 */
export async function startWithTwoSchools(): Promise<TwoSchools> {
  const ts = await startTestServer();
  const db = ts.server.db;
  const districtId = await makeDistrict(db);
  const schoolA = await makeSchool(db, '示范小学', 'SFXX', districtId);
  const schoolB = await makeSchool(db, '第二实验小学', 'DEXX', districtId);
  for (const role of ['teacher', 'technician', 'logistics_head', 'storekeeper', 'principal', 'sysadmin', 'finance'] as const) {
    await makeUser(db, { schoolId: schoolA, staffNo: role, roles: [role] });
  }
  await makeUser(db, { schoolId: schoolB, staffNo: 'b-sysadmin', roles: ['sysadmin'] });
  await makeUser(db, { schoolId: schoolB, staffNo: 'b-teacher', roles: ['teacher'] });
  await makeUser(db, { schoolId: null, districtId, staffNo: 'inspector', roles: ['inspector'] });
  ts.server.services.setupState.done = true;
  return { ts, schoolA, schoolB, districtId };
}
