import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TwoSchools, startWithTwoSchools } from '../../test/test-server.js';
import { runInTransaction } from '../platform/db/audited-writes.js';
import { generateMaintenance } from '../modules/maintenance/jobs/generate-maintenance.js';
import { DEMO_MAINTENANCE_PLANS, seedDemoMaintenance } from './seed-demo-maintenance.js';

describe('demo 保养计划', () => {
  let w: TwoSchools;
  before(async () => { w = await startWithTwoSchools(); });
  after(async () => { await w.ts.close(); });

  it('gives the school active plans linked to its checklists, which the generator accepts', async () => {
    const db = w.ts.server.db.kysely;
    const made = await runInTransaction(db, (tx) => seedDemoMaintenance(tx, { actorId: null, actorName: '演示数据', schoolId: w.schoolA, ip: null }, w.schoolA));
    assert.equal(made, DEMO_MAINTENANCE_PLANS.length);
    const head = await w.ts.as('logistics_head');
    const list = await head.get<{ items: { name: string; active: boolean; checklistTemplateName: string | null; nextDueDate: string | null; assigneeName: string | null }[] }>('/api/v1/maintenance-plans?pageSize=50');
    assert.equal(list.body.items.length, DEMO_MAINTENANCE_PLANS.length);
    assert.ok(list.body.items.every((p) => p.active && p.checklistTemplateName === p.name && p.nextDueDate !== null));
    assert.equal(list.body.items.find((p) => p.name === '每周检查照明')?.assigneeName, 'technician');
    const run = await generateMaintenance(db, { ignoreLease: true });
    assert.equal(run.failed, 0, run.lastError);
  });
});
