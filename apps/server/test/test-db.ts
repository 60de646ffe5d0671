import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Db, createDb } from '../src/platform/db/database.js';

/** Which database this test process runs against: chosen by the runner through HOUQIN_TEST_DB. */
export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.HOUQIN_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDb { db: Db; sqlitePath?: string; pgSchema?: string; dispose(): Promise<void> }

/**
 * A fresh, empty database: a temporary SQLite file, or a new schema in the PostgreSQL
 * database named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDb(): Promise<TestDb> {
  if (testDialect() === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('HOUQIN_TEST_DB=postgres needs TEST_DATABASE_URL');
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const db = createDb({ databaseUrl: url, pgSchema: schema, poolSize: 5 });
    return {
      db,
      pgSchema: schema,
      async dispose() {
        await db.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-test-'));
  const sqlitePath = path.join(dir, 'houqin.sqlite');
  const db = createDb({ sqlitePath });
  return {
    db,
    sqlitePath,
    async dispose() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
