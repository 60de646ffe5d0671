import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { CliError } from './command.js';

// One step copies every page: the copy is a single read transaction, so it is consistent and is
// not restarted by writes from the running server (the backup API restarts multi-step copies).
const ALL_PAGES = 0x7fffffff;

/** Online, consistent copy of a live SQLite database into a single self-contained file. */
export async function backupSqlite(sourcePath: string, destPath: string): Promise<void> {
  const source = new SqliteDatabase(sourcePath, { fileMustExist: true, timeout: 5000 });
  try {
    await source.backup(destPath, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  makeSelfContained(destPath);
}

/** A backup is one file: no -wal beside it to lose when it is copied around. */
export function makeSelfContained(file: string): void {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Checks that a file is an intact Houqin SQLite database (integrity and migration history). */
export function verifyHouqinSqlite(file: string): { migrations: number } {
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(file, { fileMustExist: true });
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length) throw new CliError(`备份文件已损坏（PRAGMA integrity_check）：${problems.slice(0, 5).join('；')}`);
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) throw new CliError('这不是后勤系统的数据库备份：缺少数据库迁移记录表（kysely_migration）');
    const row = db.prepare('select count(*) as n from kysely_migration').get() as { n: number };
    db.pragma('journal_mode = DELETE');
    return { migrations: row.n };
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new CliError('该文件不是有效的 SQLite 数据库文件');
    throw err;
  } finally {
    db?.close();
  }
}

/**
 * Takes the database for ourselves, proving no server has it open: a running server keeps a
 * connection (and its shared WAL lock) for its whole life, so an exclusive lock is refused.
 * Returns the connection holding the lock; close it to release.
 */
export function lockExclusively(file: string): SqliteDatabase.Database {
  const db = new SqliteDatabase(file, { fileMustExist: true, timeout: 1000 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare('select count(*) from sqlite_master').get();
    db.exec('COMMIT');
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new CliError('数据库正被运行中的后勤服务使用。请先停止服务（例如在运行 npm start 的窗口按 Ctrl+C，或 systemctl stop houqin），再执行恢复。');
    }
    throw err;
  }
}

/** Removes the write-ahead log files of a database that is no longer open. */
export function removeWalFiles(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
