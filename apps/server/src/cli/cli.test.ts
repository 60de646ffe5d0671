import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { makeSchool } from '../../test/factories.js';
import { createSession } from '../platform/auth/sessions.js';
import { verifyPassword } from '../platform/auth/passwords.js';
import { createDb, openSqlite } from '../platform/db/database.js';
import { runCli } from './run-cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the real CLI in a child process, as an operator would. */
function houqin(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', ...args], {
      cwd: root, env: { ...process.env, HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The same commands in this process: quick checks of messages and refusals. */
async function inProcess(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { out: (line: string) => { stdout += `${line}\n`; }, err: (line: string) => { stderr += `${line}\n`; } };
  const code = await runCli(args, io, { HOUQIN_DATA_DIR: dataDir, ...env });
  return { code, stdout, stderr };
}

describe('administration CLI (SQLite)', () => {
  let dir: string;
  let dbFile: string;
  const sql = <T>(query: string, ...params: unknown[]): T[] => {
    const db = new SqliteDatabase(dbFile, { fileMustExist: true });
    try {
      return db.prepare(query).all(...params) as T[];
    } finally {
      db.close();
    }
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-cli-'));
    dbFile = path.join(dir, 'houqin.sqlite');
  });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('prints help and refuses unknown commands and flags with a usage exit code', async () => {
    const help = await inProcess(dir, ['help']);
    assert.equal(help.code, 0);
    for (const name of ['migrate', 'create-admin', 'reset-password', 'backup', 'restore', 'demo']) assert.match(help.stdout, new RegExp(`^  ${name}$`, 'm'));
    const unknown = await inProcess(dir, ['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /没有 frobnicate 这个命令/);
    const missing = await inProcess(dir, ['create-admin', '--school-code', 'SFXX']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /缺少参数 --staff-no/);
    const extra = await inProcess(dir, ['migrate', '--force']);
    assert.equal(extra.code, 2);
    assert.match(extra.stderr, /不认识的参数 --force/);
  });

  it('migrates a new database, then reports it is current', async () => {
    const first = await houqin(dir, ['migrate']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /已执行 \d+ 个数据库迁移/);
    const again = await inProcess(dir, ['migrate']);
    assert.match(again.stdout, /已是最新/);
    const db = createDb({ sqlitePath: dbFile });
    await makeSchool(db, '示范小学', 'SFXX');
    await makeSchool(db, '第二实验小学', 'DEXX');
    await db.close();
  });

  it('creates an administrator with a temporary password that must be changed, audited as CLI', async () => {
    const res = await houqin(dir, ['create-admin', '--school-code', 'SFXX', '--staff-no', 'A900', '--name', '王管理']);
    assert.equal(res.code, 0, res.stderr);
    const password = /临时密码：(\S+)/.exec(res.stdout)?.[1] ?? '';
    const [user] = sql<{ id: number; password_hash: string; must_change_password: number }>(
      "select id, password_hash, must_change_password from users where staff_no = 'A900'");
    assert.ok(user);
    assert.equal(user.must_change_password, 1);
    assert.ok(await verifyPassword(user.password_hash, password), 'the printed password works');
    assert.deepEqual(sql<{ role_key: string }>('select role_key from user_roles where user_id = ?', user.id).map((r) => r.role_key), ['sysadmin']);
    const audit = sql<{ action: string; actor_name: string }>("select action, actor_name from audit_events where entity = 'user' and entity_id = ?", String(user.id));
    assert.deepEqual(audit.map((a) => [a.action, a.actor_name]), [['create', 'CLI'], ['roles', 'CLI']]);

    const unknown = await inProcess(dir, ['create-admin', '--school-code', 'NOPE', '--staff-no', 'A901', '--name', '某某']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /找不到学校代码为 NOPE 的学校.*SFXX（示范小学）/);
    const duplicate = await inProcess(dir, ['create-admin', '--school-code', 'SFXX', '--staff-no', 'A900', '--name', '重复']);
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.stderr, /已有工号为 A900/);
    const weak = await inProcess(dir, ['create-admin', '--school-code', 'SFXX', '--staff-no', 'A902', '--name', '弱密码', '--password', '12345678']);
    assert.equal(weak.code, 2);
    assert.match(weak.stderr, /--password 不符合要求：密码必须同时包含字母和数字/);
    assert.equal(sql("select id from users where staff_no in ('A901', 'A902')").length, 0, 'failed commands write nothing');
  });

  it('resets a password: unlocks, signs out every device, forces a change, audited as CLI', async () => {
    const db = createDb({ sqlitePath: dbFile });
    const user = await db.kysely.selectFrom('users').select('id').where('staff_no', '=', 'A900').executeTakeFirstOrThrow();
    await createSession(db.kysely, user.id, { ip: null, userAgent: 'phone' });
    await createSession(db.kysely, user.id, { ip: null, userAgent: 'desktop' });
    await db.kysely.updateTable('users').set({ must_change_password: 0, failed_login_count: 5, locked_until: '2099-01-01T00:00:00.000Z' }).where('id', '=', user.id).execute();
    await db.close();

    const res = await houqin(dir, ['reset-password', '--staff-no', 'A900', '--password', 'Fresh2026pw']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /已重置 王管理（工号 A900，示范小学）的密码/);
    const [row] = sql<{ password_hash: string; must_change_password: number; failed_login_count: number; locked_until: string | null }>(
      'select password_hash, must_change_password, failed_login_count, locked_until from users where id = ?', user.id);
    assert.deepEqual([row?.must_change_password, row?.failed_login_count, row?.locked_until], [1, 0, null]);
    assert.ok(await verifyPassword(row?.password_hash ?? '', 'Fresh2026pw'));
    assert.equal(sql('select id from sessions where user_id = ?', user.id).length, 0);
    const audit = sql<{ actor_name: string }>("select actor_name from audit_events where action = 'password_reset' and entity_id = ?", String(user.id));
    assert.deepEqual(audit.map((a) => a.actor_name), ['CLI']);

    assert.equal((await inProcess(dir, ['reset-password', '--staff-no', 'NOBODY'])).code, 1);
    const other = createDb({ sqlitePath: dbFile });
    const dexx = await other.kysely.selectFrom('schools').select('id').where('code', '=', 'DEXX').executeTakeFirstOrThrow();
    await other.kysely.insertInto('users').values({
      school_id: dexx.id, district_id: null, staff_no: 'A900', name: '二校同工号', phone: null, department_id: null, password_hash: 'x',
      must_change_password: 0, active: 1, failed_login_count: 0, locked_until: null, last_login_at: null, created_at: 'x', updated_at: 'x',
    }).execute();
    await other.close();
    const ambiguous = await inProcess(dir, ['reset-password', '--staff-no', 'A900']);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /多所学校存在，请加上 --school-code：.*SFXX.*DEXX/);
    const chosen = await inProcess(dir, ['reset-password', '--staff-no', 'A900', '--school-code', 'DEXX']);
    assert.equal(chosen.code, 0, chosen.stderr);
    assert.match(chosen.stdout, /二校同工号.*第二实验小学/);
    assert.match(chosen.stdout, /临时密码：\S+/);
  });

  let backupFile = '';
  it('takes a consistent online backup while another connection keeps writing', async () => {
    const writer = openSqlite(dbFile);
    const insert = writer.prepare("insert into audit_events (school_id, actor_id, actor_name, at, entity, entity_id, action) values (1, null, '写入测试', ?, 'load', ?, 'create')");
    const batch = writer.transaction((n: number) => { for (let i = 0; i < 50; i++) insert.run(new Date().toISOString(), `${n}-${i}`); });
    const count = () => (writer.prepare("select count(*) as n from audit_events where entity = 'load'").get() as { n: number }).n;
    let running = true;
    let batches = 0;
    const errors: unknown[] = [];
    const loop = () => {
      if (!running) return;
      try { batch(batches++); } catch (err) { errors.push(err); }
      setImmediate(loop);
    };
    loop();
    const before = count();
    backupFile = path.join(dir, 'manual', 'during-writes.sqlite');
    const res = await houqin(dir, ['backup', '--out', backupFile]);
    const batchesDuring = batches;
    running = false;
    const afterCount = count();
    writer.close();

    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /备份完成：.*during-writes\.sqlite.*已通过完整性检查/);
    assert.deepEqual(errors, [], 'the writer was never blocked');
    assert.ok(batchesDuring > 2, 'writes really happened while the backup ran');
    const copy = new SqliteDatabase(backupFile, { readonly: true });
    try {
      assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(copy.pragma('journal_mode', { simple: true }), 'delete', 'a backup is one self-contained file');
      const n = (copy.prepare("select count(*) as n from audit_events where entity = 'load'").get() as { n: number }).n;
      assert.ok(n >= before && n <= afterCount, `${n} rows, between ${before} and ${afterCount}`);
      assert.equal(n % 50, 0, 'no half-committed batch made it into the copy');
    } finally {
      copy.close();
    }
    const refused = await inProcess(dir, ['backup', '--out', backupFile]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /目标文件已存在/);
    const byDefault = await inProcess(dir, ['backup']);
    assert.equal(byDefault.code, 0, byDefault.stderr);
    assert.match(byDefault.stdout, /backups\/houqin-\d{8}-\d{6}\.sqlite/);
  });

  it('refuses to restore a file that is not an intact Houqin database', async () => {
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database at all'.repeat(100));
    const notDb = await inProcess(dir, ['restore', '--from', garbage]);
    assert.equal(notDb.code, 1);
    assert.match(notDb.stderr, /不是有效的 SQLite 数据库文件/);
    const foreign = path.join(dir, 'foreign.sqlite');
    const f = new SqliteDatabase(foreign);
    f.exec('create table notes (id integer primary key, text text)');
    f.close();
    const noHistory = await inProcess(dir, ['restore', '--from', foreign]);
    assert.equal(noHistory.code, 1);
    assert.match(noHistory.stderr, /缺少数据库迁移记录表/);
    const missing = await inProcess(dir, ['restore', '--from', path.join(dir, 'nope.sqlite')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /找不到备份文件/);
  });

  it('refuses to restore while a server holds the database, then restores and keeps the previous file', async () => {
    const usersNow = () => sql('select id from users').length;
    const server = openSqlite(dbFile);
    server.prepare("update schools set address = '服务运行中' where code = 'SFXX'").run();
    const countBefore = usersNow();
    const busy = await houqin(dir, ['restore', '--from', backupFile]);
    assert.equal(busy.code, 1);
    assert.match(busy.stderr, /正被运行中的后勤服务使用.*停止服务/);
    assert.equal(usersNow(), countBefore, 'nothing was replaced');
    server.prepare("insert into users (school_id, staff_no, name, password_hash, created_at, updated_at) values (1, 'AFTER', '备份后新增', 'x', 'x', 'x')").run();
    server.close();

    const res = await houqin(dir, ['restore', '--from', backupFile]);
    assert.equal(res.code, 0, res.stderr);
    const kept = /另存为 (\S+)/.exec(res.stdout)?.[1] ?? '';
    assert.equal(sql("select id from users where staff_no = 'AFTER'").length, 0, 'the restored database is the backup');
    assert.equal(sql<{ integrity_check: string }>('pragma integrity_check')[0]?.integrity_check, 'ok');
    const previous = new SqliteDatabase(kept, { readonly: true });
    try {
      assert.equal(previous.prepare("select name from users where staff_no = 'AFTER'").all().length, 1, 'the pre-restore copy has the newer row');
    } finally {
      previous.close();
    }
    assert.ok(!fs.existsSync(`${dbFile}.restore-tmp`));
  });

  it('prints the PostgreSQL tools to use when DATABASE_URL points at PostgreSQL', async () => {
    const env = { DATABASE_URL: 'postgres://houqin:s3cret@db.example.cn:5432/houqin' };
    const backup = await inProcess(dir, ['backup', '--out', '/var/backups/houqin.dump'], env);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /^pg_dump --format=custom --no-owner --file=\/var\/backups\/houqin\.dump postgres:\/\/houqin:s3cret@db\.example\.cn:5432\/houqin$/m);
    const dump = path.join(dir, 'x.dump');
    fs.writeFileSync(dump, 'PGDMP');
    const restore = await inProcess(dir, ['restore', '--from', dump], env);
    assert.match(restore.stdout, /^pg_restore --clean --if-exists --no-owner --single-transaction --dbname=postgres:\/\/\S+ \S+x\.dump$/m);
    const plain = path.join(dir, 'x.sql');
    fs.writeFileSync(plain, 'select 1;');
    assert.match((await inProcess(dir, ['restore', '--from', plain], env)).stdout, /^psql --single-transaction .*x\.sql/m);
  });

  it('loads the demo dataset into an empty database only', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-cli-demo-'));
    try {
      const first = await houqin(fresh, ['demo']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /已导入演示数据：示范区教育局/);
      assert.match(first.stdout, /密码均为 Houqin@2026/);
      const second = await inProcess(fresh, ['demo']);
      assert.equal(second.code, 0);
      assert.match(second.stdout, /已经有学校，演示数据未导入/);
      assert.equal(fs.existsSync(path.join(fresh, 'houqin.sqlite')), true);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
