import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetSearchPinyinMigration } from '../../platform/db/migrations/2026-11-21-0260-asset-search-pinyin.js';
import { assetWorld, desk } from './assets.fixtures.js';

type Page = { items: Array<Record<string, unknown>>; total: number };

describe('asset search by number, name and pinyin', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  const names = async (q: string) => {
    const res = await keeper.get<Page>(`/api/v1/assets?q=${encodeURIComponent(q)}&sort=name`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items.map((a) => a.name).sort();
  };
  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    const world = await assetWorld(await w.ts.as('logistics_head'));
    const equipment = world.category('2010000-01');
    for (const [name, brand] of [['生物显微镜', '奥林巴斯'], ['重庆造篮球架', null], ['银行卡读卡器', null], ['多媒体教学一体机', 'Seewo']] as const) {
      const res = await keeper.post('/api/v1/assets', { ...desk(equipment), name, ...(brand ? { brand } : {}) });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
  });
  after(async () => { await w.ts.close(); });

  it('finds a card by its name\'s pinyin initials, in either case', async () => {
    assert.deepEqual(await names('swxwj'), ['生物显微镜']);
    assert.deepEqual(await names('SWX'), ['生物显微镜']);
    assert.deepEqual(await names('dmt'), ['多媒体教学一体机']);
  });

  it('finds a card by part of its full pinyin, polyphones read as words', async () => {
    assert.deepEqual(await names('xianwei'), ['生物显微镜']);
    assert.deepEqual(await names('chongqing'), ['重庆造篮球架']);
    assert.deepEqual(await names('yinhang'), ['银行卡读卡器']);
  });

  it('still finds cards by number prefix, name fragment and brand, and answers an empty page for no match', async () => {
    assert.equal((await keeper.get<Page>('/api/v1/assets?q=ZC2026')).body.total, 4);
    assert.deepEqual(await names('显微'), ['生物显微镜']);
    assert.deepEqual(await names('seewo'), ['多媒体教学一体机']);
    const none = await keeper.get<Page>('/api/v1/assets?q=qqqq');
    assert.equal(none.status, 200);
    assert.equal(none.body.total, 0);
  });

  it('keeps the search inside the reader\'s school', async () => {
    const other = await w.ts.as('b-sysadmin');
    const res = await other.get<Page>('/api/v1/assets?q=swxwj');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.total, 0);
  });

  it('refuses a search without login or with an over-long keyword', async () => {
    assert.equal((await w.ts.client().get('/api/v1/assets?q=swxwj')).status, 401);
    const long = await keeper.get<{ fields?: Array<{ field: string }> }>(`/api/v1/assets?q=${'x'.repeat(61)}`);
    assert.equal(long.status, 400);
    assert.equal(long.body.fields?.[0]?.field, 'q');
  });

  it('backfills the pinyin of cards written before the migration', async () => {
    const db = w.ts.testDb.db.kysely;
    // The text cards carried before pinyin search: number and name only.
    await sql`update assets set search_text = lower(code || ' ' || name) where name = ${'生物显微镜'}`.execute(db);
    assert.deepEqual(await names('swxwj'), []);
    await assetSearchPinyinMigration().up(db as unknown as Kysely<unknown>);
    assert.deepEqual(await names('swxwj'), ['生物显微镜']);
    assert.deepEqual(await names('显微'), ['生物显微镜']);
  });
});
