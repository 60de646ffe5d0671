import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Db, createDb } from './database.js';
import { migrateToLatest } from './migrate.js';
import { insertRows, queryTemplate } from './query-template.js';

/**
 * Compiled-once queries must answer exactly what the same Kysely query would, for every set of
 * values, and never mix one call's values into another's. Run on the real schema (SQLite here;
 * the HTTP suites run every audited insert through these on PostgreSQL too). `job_leases` is used
 * because it stands alone: a primary key to conflict on and no foreign keys to satisfy.
 */
describe('query templates', () => {
  let db: Db;
  let builds = 0;
  const heldBy = queryTemplate((k, p: { holder: string; after: string }) => {
    builds += 1;
    return k.selectFrom('job_leases').select(['name', 'expires_at']).where('holder', '=', p.holder).where('expires_at', '>', p.after).orderBy('name');
  });
  const lease = (name: string, holder: string, expiresAt = '2026-12-01') => ({ name, holder, expires_at: expiresAt });

  before(async () => {
    db = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(db);
  });
  after(async () => { await db.close(); });

  it('inserts rows with their own values, returns them when asked, and selects by each call\'s values', async () => {
    await db.kysely.transaction().execute(async (tx) => {
      const one = await insertRows(tx, 'job_leases', [lease('a', '甲')], { returningAll: true });
      assert.deepEqual(one, [{ name: 'a', holder: '甲', expires_at: '2026-12-01' }]);
      const two = await insertRows(tx, 'job_leases', [lease('b', '乙', '2026-11-01'), lease('c', '甲', '2027-01-01')], { returningAll: true });
      assert.deepEqual(two.map((r) => [r.name, r.holder]), [['b', '乙'], ['c', '甲']]);
      // The same shape again: the compiled statement is reused, the values are this call's.
      await insertRows(tx, 'job_leases', [lease('d', '乙'), lease('e', '丙')]);
    });
    assert.deepEqual(await heldBy.all(db.kysely, { holder: '甲', after: '2000-01-01' }), [
      { name: 'a', expires_at: '2026-12-01' }, { name: 'c', expires_at: '2027-01-01' },
    ]);
    assert.deepEqual((await heldBy.all(db.kysely, { holder: '乙', after: '2026-11-15' })).map((r) => r.name), ['d']);
    assert.equal(await heldBy.first(db.kysely, { holder: '丁', after: '2000-01-01' }), undefined);
    assert.equal(builds, 1, 'the query was built once for all calls');
  });

  it('leaves undefined values out as Kysely does, and writes more rows than it templates', async () => {
    await insertRows(db.kysely, 'job_leases', [lease('f', '戊'), { name: 'g', holder: '戊', expires_at: '2026-12-02', ...{ unused: undefined } }]);
    await insertRows(db.kysely, 'job_leases', Array.from({ length: 30 }, (_, i) => lease(`m${String(i).padStart(2, '0')}`, '己')));
    const names = (await heldBy.all(db.kysely, { holder: '己', after: '2000-01-01' })).map((r) => r.name);
    assert.equal(names.length, 30);
    assert.equal(names.at(-1), 'm29');
    assert.deepEqual((await heldBy.all(db.kysely, { holder: '戊', after: '2000-01-01' })).map((r) => r.name), ['f', 'g']);
  });

  it('skips conflicting rows when told to, and fails on them otherwise', async () => {
    await insertRows(db.kysely, 'job_leases', [lease('a', '庚'), lease('z', '庚')], { onConflictDoNothing: ['name'] });
    assert.deepEqual((await heldBy.all(db.kysely, { holder: '庚', after: '2000-01-01' })).map((r) => r.name), ['z']);
    await assert.rejects(insertRows(db.kysely, 'job_leases', [lease('a', '辛')]), /UNIQUE|unique/);
  });

  it('refuses a missing value instead of writing or matching null', async () => {
    await assert.rejects(heldBy.all(db.kysely, { holder: '甲' } as { holder: string; after: string }), /parameter "after" has no value/);
  });
});
