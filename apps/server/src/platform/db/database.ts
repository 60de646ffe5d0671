import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createRequire } from 'node:module';
import type pgTypes from 'pg';
import type { Database } from './schema.js';
import { GroupCommitSqliteDialect, registerGroupCommit } from './sqlite-group-commit.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Human-readable "SQLite 3.x" / "PostgreSQL 15.x" for /api/health. */
  version(): Promise<string>;
  close(): Promise<void>;
  /** The SQLite handle, for the online backup; undefined on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  /** The PostgreSQL schema this connection is pinned to, when not the default. */
  pgSchema?: string;
}

export interface DbOptions {
  databaseUrl?: string | undefined;
  sqlitePath?: string;
  /** PostgreSQL schema to use (tests isolate themselves this way). */
  pgSchema?: string;
  poolSize?: number;
}

let pgModule: typeof pgTypes | undefined;
/** pg loads only when a PostgreSQL URL is configured; an embedded install never pays for it. */
export function loadPg(): typeof pgTypes {
  if (!pgModule) {
    pgModule = createRequire(import.meta.url)('pg') as typeof pgTypes;
    // why: PostgreSQL returns int8 (count(*), sum) and numeric as strings; our values fit in a JS number.
    pgModule.types.setTypeParser(20, (v) => Number(v));
    pgModule.types.setTypeParser(1700, (v) => Number(v));
  }
  return pgModule;
}

export type SqliteSynchronous = 'full' | 'normal';

/**
 * HOUQIN_SQLITE_SYNCHRONOUS=normal|full (default normal). Under WAL both survive a crash of the
 * process and neither can corrupt the file. NORMAL syncs the log at checkpoints only, so a power
 * cut or kernel crash may lose the last commits before it; FULL fsyncs on every commit. Since
 * concurrent transactions share a commit (sqlite-group-commit.ts), FULL costs about 6% in write
 * throughput (357 against 381 reports/s; BENCHMARKS.md, "Issue 3 — repairs"; it was 1.8× before).
 * NORMAL is SQLite's advice for WAL and what Rails 8 ships; a school server without a UPS can choose full.
 */
export function sqliteSynchronousOf(value: string | undefined): SqliteSynchronous {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'normal') return 'normal';
  if (v === 'full') return 'full';
  throw new Error(`环境变量 HOUQIN_SQLITE_SYNCHRONOUS 只能是 full 或 normal，当前为 "${value}"`);
}

export function openSqlite(file: string, synchronous = sqliteSynchronousOf(process.env.HOUQIN_SQLITE_SYNCHRONOUS)): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = new SqliteDatabase(file);
  // WAL keeps readers unblocked while one writer commits; the sync level is the operator's choice above.
  handle.pragma('journal_mode = WAL');
  handle.pragma(`synchronous = ${synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  // A 16 MB page cache (default 2 MB) keeps the hot index pages of a busy school in memory, and
  // checkpointing every 10,000 WAL pages (default 1,000) writes a page changed by many commits back
  // once instead of many times: commit time fell by a quarter in the submit bench (BENCHMARKS.md).
  // 64 MB measured no faster at submitting, and a 50,000-row ledger import filled it, taking the
  // import's peak RSS over its 500 MB target (540 MB; 507 MB at 32 MB; 424–486 MB at 16 MB).
  handle.pragma('cache_size = -16384');
  handle.pragma('wal_autocheckpoint = 10000');
  return handle;
}

export function createDb(options: DbOptions): Db {
  if (options.databaseUrl && /^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    const pool = new (loadPg()).Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      kysely,
      dialect: 'postgres',
      ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}),
      async version() {
        const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(kysely);
        return `PostgreSQL ${r.rows[0]?.v ?? '?'}`;
      },
      close: () => kysely.destroy(),
    };
  }
  if (options.databaseUrl) throw new Error(`不支持的 DATABASE_URL：只接受 postgres:// 开头的地址`);
  const handle = openSqlite(options.sqlitePath ?? ':memory:');
  const dialect = new GroupCommitSqliteDialect(handle);
  const kysely = new Kysely<Database>({ dialect });
  registerGroupCommit(kysely as Kysely<unknown>, dialect.driver);
  return {
    kysely,
    dialect: 'sqlite',
    sqlite: handle,
    async version() {
      const r = handle.prepare('select sqlite_version() as v').get() as { v: string };
      return `SQLite ${r.v}`;
    },
    close: () => kysely.destroy(),
  };
}
