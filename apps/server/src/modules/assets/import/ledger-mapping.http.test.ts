import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld } from '../assets.fixtures.js';
import { messyLedger } from './messy-ledger.js';

interface Column { column: number; letter: string; header: string; field: string | null; samples: string[] }
interface Report { headerRow: number; columns: Column[]; fields: { key: string; required: boolean; column: number | null }[]; summary: Record<string, number> }

function upload(c: ApiClient, file: Buffer, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ dryRun: 'true', ...fields })) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file)]), '台账.xlsx');
  return c.request<Report>('POST', '/api/v1/assets/import', form);
}

describe('the ledger check shows each column with sample values for the mapping step', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let ledger: Buffer;
  before(async () => {
    w = await startWithTwoSchools();
    await assetWorld(await w.ts.as('logistics_head'));
    keeper = await w.ts.as('storekeeper');
    ledger = await messyLedger([
      ['ZC-2019-001', '台式计算机', '2010000-01', 'M720', '台', 1, '4,999.00元', 4999, '2019.9', null, null, null, '财政拨款', '联想', null],
      null,
      ['ZC-2019-002', '笔记本电脑', '2010000-01', 'E14', '台', 1, null, '￥6500', '2019年9月', null, null, null, '专项资金', '联想', '旧机'],
    ]);
  });
  after(async () => { await w.ts.close(); });

  it('lists the first rows\' texts under each column, skipping blanks', async () => {
    const res = await upload(keeper, ledger);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const col = (header: string) => res.body.columns.find((c) => c.header === header);
    assert.deepEqual(col('资产名称')?.samples, ['台式计算机', '笔记本电脑']);
    assert.deepEqual(col('原值/金额')?.samples, ['4999', '¥6500']);
    assert.deepEqual(col('备注')?.samples, ['旧机']);
    assert.equal(col('品牌')?.field, 'brand');
  });

  it('re-checks with the user\'s mapping: a column set to 不导入 is left out, the samples stay', async () => {
    const first = await upload(keeper, ledger);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const mapping = Object.fromEntries(first.body.fields.filter((f) => f.column !== null && f.key !== 'brand').map((f) => [f.key, f.column]));
    const res = await upload(keeper, ledger, { mapping: JSON.stringify(mapping) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const brand = res.body.columns.find((c) => c.header === '品牌');
    assert.equal(brand?.field, null);
    assert.deepEqual(brand?.samples, ['联想', '联想']);
    assert.equal(res.body.fields.find((f) => f.key === 'brand')?.column, null);
    assert.deepEqual(res.body.summary, { new: 2, unchanged: 0, changed: 0, error: 0, skipped: 0 });
  });

  it('refuses a check without login or by a teacher', async () => {
    const anon = await upload(w.ts.client(), ledger);
    assert.equal(anon.status, 401);
    assert.equal((await upload(await w.ts.as('teacher'), ledger)).status, 403);
  });
});
