import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PARSED_IMPORT_KEEP_MS, parsedImportCache } from './parsed-import-cache.js';

/**
 * The commit of an import reuses what its check parsed, but only for the very same bytes and
 * options, only while fresh, and never at the price of a wrong answer: any doubt means reading the
 * workbook again.
 */
describe('parsed import cache', () => {
  const setUp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-parse-cache-'));
    let clock = Date.now();
    const cache = parsedImportCache(dir, () => clock);
    let parses = 0;
    const parse = (value: unknown) => async () => { parses += 1; return value; };
    return { dir, cache, parse, parses: () => parses, at: () => clock };
  };
  const rows = { rows: [{ row: 4, values: { name: '投影仪', acquiredOn: '2019-09-01' } }], header: new Map([['name', 1]]) };
  const file = Buffer.from('the same workbook');

  it('a commit of the checked file and options loads the check\'s reading instead of parsing again', async () => {
    const t = setUp();
    assert.deepEqual(await t.cache.read('ledger:1:{}', file, t.parse(rows), 'check'), rows);
    assert.deepEqual(await t.cache.read('ledger:1:{}', file, t.parse('parsed again'), 'commit'), rows);
    assert.equal(t.parses(), 1);
  });

  it('other bytes, other options, another school or no check at all mean a fresh parse', async () => {
    const t = setUp();
    await t.cache.read('ledger:1:{}', file, t.parse(rows), 'check');
    assert.equal(await t.cache.read('ledger:1:{}', Buffer.from('an edited workbook'), t.parse('edited'), 'commit'), 'edited');
    assert.equal(await t.cache.read('ledger:1:{"headerRow":3}', file, t.parse('remapped'), 'commit'), 'remapped');
    assert.equal(await t.cache.read('ledger:2:{}', file, t.parse('school 2'), 'commit'), 'school 2');
    assert.equal(await t.cache.read('other:1:{}', Buffer.from('never checked'), t.parse('fresh'), 'commit'), 'fresh');
    assert.equal(t.parses(), 5);
  });

  it('a check left too long ago is parsed again and its entry is cleared by the next check', async () => {
    const t = setUp();
    await t.cache.read('ledger:1:{}', file, t.parse(rows), 'check');
    const entry = fs.readdirSync(t.dir)[0] as string;
    fs.utimesSync(path.join(t.dir, entry), new Date(t.at() - PARSED_IMPORT_KEEP_MS - 1000), new Date(t.at() - PARSED_IMPORT_KEEP_MS - 1000));
    assert.equal(await t.cache.read('ledger:1:{}', file, t.parse('parsed again'), 'commit'), 'parsed again');
    await t.cache.read('ledger:1:{}', Buffer.from('another file'), t.parse(rows), 'check');
    assert.deepEqual(fs.readdirSync(t.dir).filter((n) => n === entry), []);
  });

  it('a damaged entry is parsed again, not trusted', async () => {
    const t = setUp();
    await t.cache.read('ledger:1:{}', file, t.parse(rows), 'check');
    for (const name of fs.readdirSync(t.dir)) fs.writeFileSync(path.join(t.dir, name), 'not a serialized value');
    assert.equal(await t.cache.read('ledger:1:{}', file, t.parse('parsed again'), 'commit'), 'parsed again');
  });

  it('a check that fails to parse leaves nothing for a commit to load', async () => {
    const t = setUp();
    const broken = async () => { throw new Error('not a workbook'); };
    await assert.rejects(t.cache.read('ledger:1:{}', file, broken, 'check'), /not a workbook/);
    assert.equal(await t.cache.read('ledger:1:{}', file, t.parse('parsed'), 'commit'), 'parsed');
  });
});
