import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetWorld, desk } from './assets.fixtures.js';

type Body = Record<string, unknown>;
type Settings = { numberingPattern: string; numberingExample: string; depreciationStart: string; thresholds: Body[]; version: number };

describe('asset settings and classification', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let keeper: ApiClient;
  let world: Awaited<ReturnType<typeof assetWorld>>;
  before(async () => {
    w = await startWithTwoSchools();
    head = await w.ts.as('logistics_head');
    keeper = await w.ts.as('storekeeper');
    world = await assetWorld(head);
  });
  after(async () => { await w.ts.close(); });

  it('ships the GB/T 14885 classification as a tree with default lives and flags what is unverified', async () => {
    const res = await keeper.get<{ items: Body[] }>('/api/v1/asset-categories');
    assert.equal(res.status, 200);
    const byCode = new Map(res.body.items.map((c) => [c.code, c]));
    assert.equal(byCode.get('2010000')?.name, '计算机设备及软件');
    assert.equal(byCode.get('2010000')?.lifeMonths, 72);
    assert.equal(byCode.get('2010000')?.verified, true);
    assert.equal(byCode.get('2010000-01')?.effectiveLifeMonths, 72);
    assert.equal(byCode.get('2010000-01')?.verified, false);
    assert.equal(byCode.get('4000000')?.depreciable, false);
    assert.equal(byCode.get('1000000')?.gb2022Class, '房屋和构筑物');
    const codes = res.body.items.map((c) => String(c.code));
    assert.ok(codes.indexOf('2000000') < codes.indexOf('2010000') && codes.indexOf('2010000') < codes.indexOf('2010000-01'), 'parents come first');
  });

  it('changes a category life for new cards, with version checks, and adds local rows', async () => {
    const id = world.category('6010000-01');
    const cats = await head.get<{ items: Body[] }>('/api/v1/asset-categories');
    const version = Number(cats.body.items.find((c) => c.id === id)?.version);
    const upd = await head.patch(`/api/v1/asset-categories/${id}`, { version, lifeMonths: 96 });
    assert.equal(upd.status, 200, JSON.stringify(upd.body));
    assert.equal(upd.body.effectiveLifeMonths, 96);
    assert.equal((await head.patch(`/api/v1/asset-categories/${id}`, { version, lifeMonths: 12 })).status, 409);
    const card = await keeper.post('/api/v1/assets', desk(id));
    assert.equal(card.body.lifeMonths, 96);

    const added = await head.post('/api/v1/asset-categories', { parentId: world.category('3000000'), code: '3000000-10', name: '实验室通风设备', lifeMonths: 120 });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.equal(added.body.level, 2);
    assert.equal(added.body.verified, false);
    assert.equal((await head.post('/api/v1/asset-categories', { parentId: world.category('3000000'), code: '3000000-10', name: '重复' })).status, 409);
    assert.equal((await head.post('/api/v1/asset-categories', { parentId: world.category('3000000'), code: '编码', name: 'x' })).status, 400);

    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.patch(`/api/v1/asset-categories/${id}`, { version: version + 1, lifeMonths: 12 })).status, 404);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/asset-categories')).status, 403);
    assert.equal((await keeper.patch(`/api/v1/asset-categories/${id}`, { version: version + 1, lifeMonths: 12 })).status, 403);
  });

  it('numbers new cards by an edited pattern and rejects unusable patterns', async () => {
    const s = await head.get<Settings>('/api/v1/asset-settings');
    assert.equal(s.status, 200);
    assert.equal(s.body.numberingPattern, 'ZC{YYYY}{CAT:3}{SEQ:4}');
    assert.equal(s.body.depreciationStart, 'same_month');
    const put = await head.put<Settings>('/api/v1/asset-settings', { ...pick(s.body), numberingPattern: 'SF-{YY}-{SEQ:5}' });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.match(put.body.numberingExample, /^SF-\d{2}-00001$/);
    const card = await keeper.post('/api/v1/assets', desk(world.category('6010000-03')));
    assert.equal(card.body.code, 'SF-26-00001');

    const bad = await head.put('/api/v1/asset-settings', { ...pick(put.body), numberingPattern: 'SF-{YYYY}' });
    assert.equal(bad.status, 400);
    assert.equal((bad.body.fields as Body[])[0]?.field, 'numberingPattern');
    assert.match(String(bad.body.message), /流水号/);
    assert.equal((await head.put('/api/v1/asset-settings', { ...pick(s.body) })).status, 409);
    assert.equal((await keeper.put('/api/v1/asset-settings', { ...pick(put.body) })).status, 403);
    assert.equal((await w.ts.client().get('/api/v1/asset-settings')).status, 401);
  });

  it('applies a local ¥1,500 threshold for 专用设备 and the next-month start rule to new cards', async () => {
    const s = await head.get<Settings>('/api/v1/asset-settings');
    const thresholds = [...s.body.thresholds.map((t) => ({ categoryCode: t.categoryCode, effectiveFrom: t.effectiveFrom, amountFen: t.amountFen })),
      { categoryCode: '3000000', effectiveFrom: '2022-03-01', amountFen: 150_000 }];
    const put = await head.put<Settings>('/api/v1/asset-settings', { ...pick(s.body), thresholds, depreciationStart: 'next_month' });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body.thresholds.find((t) => t.categoryCode === '3000000' && t.effectiveFrom === '2022-03-01')?.categoryName, '专用设备');
    const microscope = await keeper.post('/api/v1/assets', { ...desk(world.category('3000000-01')), name: '显微镜', originalValueFen: 120_000, acquiredOn: '2026-05-20' });
    assert.equal(microscope.body.accountingClass, 'low_value');
    const pc = await keeper.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '电脑', originalValueFen: 120_000, acquiredOn: '2026-05-20' });
    assert.equal(pc.body.accountingClass, 'fixed');
    assert.equal(pc.body.depStartMonth, '2026-06');

    const unknown = await head.put('/api/v1/asset-settings', { ...pick(put.body), thresholds: [...thresholds, { categoryCode: '9999999', effectiveFrom: '2024-01-01', amountFen: 1 }] });
    assert.equal(unknown.status, 400);
    assert.equal((unknown.body.fields as Body[])[0]?.field, 'thresholds/4/categoryCode');
  });
});

function pick(s: Settings) {
  return {
    version: s.version, numberingPattern: s.numberingPattern, depreciationStart: s.depreciationStart,
    thresholds: s.thresholds.map((t) => ({ categoryCode: t.categoryCode, effectiveFrom: t.effectiveFrom, amountFen: t.amountFen })),
  };
}
