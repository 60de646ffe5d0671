import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { runInTransaction } from './audited-writes.js';
import { type Db, createDb } from './database.js';
import type { Database } from './schema.js';

// The table is not part of the app's schema: these tests drive the driver, not a module.
type Loose = Kysely<Record<string, Record<string, unknown>>>;

/**
 * Transactions queued for SQLite's one connection share a commit (sqlite-group-commit.ts). What
 * must hold regardless: an answer means the change is on disk for every other reader, a failed
 * transaction takes only its own changes with it, and a lost group is reported, not acknowledged.
 */
describe('SQLite group commit', () => {
  let dir: string;
  let db: Db;
  let other: SqliteDatabase.Database;
  let k: Kysely<Database>;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-group-commit-'));
    const file = path.join(dir, 'g.sqlite');
    db = createDb({ sqlitePath: file });
    k = db.kysely;
    await sql`create table notes (id integer primary key, text text not null unique)`.execute(k);
    // A second connection, as another process (the CLI backup, a second server) would read the file.
    other = new SqliteDatabase(file, { readonly: true });
  });
  after(async () => {
    other.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (text: string) => runInTransaction(k, async (tx) => {
    await (tx as unknown as Loose).insertInto('notes').values({ text }).execute();
    return text;
  });
  const onDisk = (prefix: string) => (other.prepare('select text from notes where text like ? order by text').all(`${prefix}%`) as { text: string }[]).map((r) => r.text);

  it('answers each of many concurrent transactions only once every other connection can read its row', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const seen = await Promise.all(texts.map(async (t) => {
      await insert(t);
      return onDisk(t).includes(t);
    }));
    assert.deepEqual(seen, texts.map(() => true));
    assert.equal(onDisk('a').length, 40);
  });

  it('rolls back only the transaction that failed; the others in its group are saved', async () => {
    const results = await Promise.allSettled(['b1', 'b2', 'b1', 'b3'].map((t) => insert(t)));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    assert.deepEqual(onDisk('b'), ['b1', 'b2', 'b3']);
  });

  it('keeps a failed transaction\'s partial writes out even when it wrote before failing', async () => {
    const failing = runInTransaction(k, async (tx) => {
      await (tx as unknown as Loose).insertInto('notes').values({ text: 'c-partial' }).execute();
      throw new Error('校验失败');
    });
    const [bad, good] = await Promise.allSettled([failing, insert('c-ok')]);
    assert.equal(bad.status, 'rejected');
    assert.equal(good.status, 'fulfilled');
    assert.deepEqual(onDisk('c'), ['c-ok']);
  });

  it('reports the whole group as failed when SQLite abandons the shared transaction', async () => {
    // Disk full or an I/O error makes SQLite roll back everything; simulated by rolling back underneath.
    const first = insert('d-first');
    const breaking = runInTransaction(k, async (tx) => {
      await (tx as unknown as Loose).insertInto('notes').values({ text: 'd-second' }).execute();
      db.sqlite?.exec('rollback');
      throw new Error('磁盘已满');
    });
    const [a, b] = await Promise.allSettled([first, breaking]);
    assert.equal(b.status, 'rejected');
    assert.equal(a.status, 'rejected', 'the first transaction was in the lost group and must not be acknowledged');
    assert.deepEqual(onDisk('d'), []);
    // The connection is usable afterwards.
    await insert('d-after');
    assert.deepEqual(onDisk('d'), ['d-after']);
  });

  it('commits the group before a write made outside a transaction, so that write cannot ride on it', async () => {
    const grouped = insert('f-grouped');
    const plain = (k as unknown as Loose).insertInto('notes').values({ text: 'f-plain' }).execute();
    await plain;
    // The plain write was answered by SQLite itself (autocommit): by then the group before it was committed too.
    assert.deepEqual(onDisk('f'), ['f-grouped', 'f-plain']);
    await grouped;
  });

  it('lets a plain query queued behind a transaction see it committed, and commits nothing half-done', async () => {
    const write = insert('e1');
    const count = sql<{ n: number }>`select count(*) as n from notes where text = 'e1'`.execute(k);
    await write;
    assert.equal((await count).rows[0]?.n, 1);
    assert.deepEqual(onDisk('e'), ['e1']);
  });
});
