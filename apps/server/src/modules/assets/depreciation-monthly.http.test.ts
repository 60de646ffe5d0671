import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetWorld, desk } from './assets.fixtures.js';
import { runDepreciationJob } from './jobs/depreciation-job.js';

/** The job on the 15th of a month books the month before (Asia/Shanghai). */
const jobAt = (month: string) => new Date(`${month}-15T02:00:00Z`);

describe('monthly depreciation run, one month at a time', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let cardId: number;
  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    const world = await assetWorld(await w.ts.as('logistics_head'));
    // ¥1,000.01 over 3 months: 333.33, 333.33, then the remainder 333.35.
    const card = await keeper.post('/api/v1/assets', {
      ...desk(world.category('2010000-01')), name: '办公电脑', originalValueFen: 100_001, lifeMonths: 3, acquiredOn: '2025-01-10',
    });
    assert.equal(card.status, 200, JSON.stringify(card.body));
    assert.equal(card.body.accountingClass, 'fixed');
    cardId = Number(card.body.id);
  });
  after(async () => { await w.ts.close(); });

  it('books each month on its own run, the last month takes the remainder, exact to the fen', async () => {
    const db = w.ts.server.db.kysely;
    const amounts: number[] = [];
    for (const month of ['2025-02', '2025-03', '2025-04', '2025-05']) {
      const run = await runDepreciationJob(db, jobAt(month));
      assert.equal(run.claimed, true);
      amounts.push(run.amountFen);
      const card = await keeper.get(`/api/v1/assets/${cardId}`);
      assert.equal(card.body.accumulatedDepreciationFen, amounts.reduce((s, a) => s + a, 0));
    }
    assert.deepEqual(amounts, [33_333, 33_333, 33_335, 0]);
    const card = await keeper.get(`/api/v1/assets/${cardId}`);
    assert.equal(card.body.netValueFen, 0);
    assert.equal(card.body.depreciatedMonths, 3);
    const rows = await db.selectFrom('asset_depreciation').select(['month', 'amount_fen', 'accumulated_fen']).where('asset_id', '=', cardId).orderBy('month').execute();
    assert.deepEqual(rows.map((r) => [r.month, Number(r.amount_fen), Number(r.accumulated_fen)]), [
      ['2025-01', 33_333, 33_333], ['2025-02', 33_333, 66_666], ['2025-03', 33_335, 100_001],
    ]);
  });

  it('books nothing in or after the month a card leaves the books', async () => {
    const create = await keeper.post('/api/v1/assets', {
      ...desk((await assetWorld(await w.ts.as('logistics_head'))).category('2010000-01')), name: '投影仪', originalValueFen: 120_000, lifeMonths: 12, acquiredOn: '2025-06-01',
    });
    const id = Number(create.body.id);
    const db = w.ts.server.db.kysely;
    assert.equal((await runDepreciationJob(db, jobAt('2025-07'))).assets, 1, '2025-06 booked');
    await db.updateTable('assets').set({ disposed_on: '2025-07-20' }).where('id', '=', id).where('school_id', '=', w.schoolA).execute();
    assert.equal((await runDepreciationJob(db, jobAt('2025-08'))).assets, 0, 'disposed in 2025-07: no month from then on');
    const rows = await db.selectFrom('asset_depreciation').select('month').where('asset_id', '=', id).execute();
    assert.deepEqual(rows.map((r) => r.month), ['2025-06']);
  });
});
