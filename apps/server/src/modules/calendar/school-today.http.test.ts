import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeSchool } from '../../../test/factories.js';
import { type TestDb, createTestDb } from '../../../test/test-db.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { schoolToday } from './school-today.js';

/**
 * "Not later than today" (处置日期, 损坏日期, 取得日期 …) is the school's today: between midnight
 * and 8 a.m. in China the server's UTC date is still yesterday, and a storekeeper completing a
 * disposal at 00:30 with today's date was refused.
 */
describe("a school's today", () => {
  let t: TestDb;
  let school = 0;
  before(async () => {
    t = await createTestDb();
    await migrateToLatest(t.db);
    school = await makeSchool(t.db, '示范小学', 'SFXX');
  });
  after(async () => { await t.dispose(); });

  it('is the date in the school\'s time zone, not the UTC date', async () => {
    // 2026-11-21 16:36 UTC is 2026-11-22 00:36 in Asia/Shanghai.
    assert.equal(await schoolToday(t.db.kysely, school, new Date('2026-11-21T16:36:00Z')), '2026-11-22');
    assert.equal(await schoolToday(t.db.kysely, school, new Date('2026-11-21T15:59:00Z')), '2026-11-21');
  });

  it('is 404 for a school that does not exist', async () => {
    await assert.rejects(schoolToday(t.db.kysely, 999_999), (e: { status?: number }) => e.status === 404);
  });
});
