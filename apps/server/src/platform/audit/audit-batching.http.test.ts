import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDb, type TestDb } from '../../../test/test-db.js';
import { runInTransaction } from '../db/audited-writes.js';
import { migrateToLatest } from '../db/migrate.js';
import { recordAudit } from './audit.js';

const ctx = { actorId: null, actorName: '系统', schoolId: null, ip: null };

/**
 * Inside runInTransaction audit events are written in batches (platform/audit/audit.ts). The trail
 * must still hold every event of a big write, in the order recorded, and none of a failed one.
 */
describe('audit events of a transaction', () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
    await migrateToLatest(t.db);
  });
  after(async () => { await t.dispose(); });

  const trail = (entity: string) => t.db.kysely.selectFrom('audit_events').select('entity_id').where('entity', '=', entity).orderBy('id').execute();

  it('keeps every event of a 1,234-change write, in order', async () => {
    await runInTransaction(t.db.kysely, async (tx) => {
      for (let i = 0; i < 1234; i += 1) await recordAudit(tx, ctx, { entity: 'batch_test', entityId: i, action: 'create' });
    });
    const rows = await trail('batch_test');
    assert.equal(rows.length, 1234);
    assert.deepEqual(rows.map((r) => Number(r.entity_id)), Array.from({ length: 1234 }, (_, i) => i));
  });

  it('writes no event of a write that failed, even past a batch', async () => {
    await assert.rejects(runInTransaction(t.db.kysely, async (tx) => {
      for (let i = 0; i < 700; i += 1) await recordAudit(tx, ctx, { entity: 'failed_test', entityId: i, action: 'create' });
      throw new Error('写入失败');
    }));
    assert.equal((await trail('failed_test')).length, 0);
  });
});
