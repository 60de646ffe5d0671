import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { ApiClient } from '../api-client.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const WRITES = 300;
const CONCURRENCY = 12;
const KILL_AFTER_ACKS = 40;

interface Outcome { name: string; id?: number; status?: number; failed?: boolean }

describe('crash safety of the embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-crash-'));
  const started: ServerProcess[] = [];
  after(() => {
    for (const s of started) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, with its audit event, through a SIGKILL mid-stream', async (t) => {
    if (process.env.HOUQIN_TEST_DB === 'postgres') {
      t.skip('SQLite only: with PostgreSQL the app process keeps no data of its own, so durability after a crash is PostgreSQL\'s job (its WAL and fsync), not ours');
      return;
    }
    const first = await startServerProcess(dir);
    started.push(first);
    const admin = new ApiClient(first.url);
    const setup = await admin.post('/api/v1/setup', {
      school: { name: '示范小学', code: 'SFXX' }, admin: { staffNo: 'A001', name: '王老师', password: 'Houqin2026' },
    });
    assert.equal(setup.status, 200, JSON.stringify(setup.body));
    admin.csrfToken = String(setup.body.csrfToken);

    // Many concurrent audited creates; the server is killed once some have been acknowledged.
    const outcomes: Outcome[] = [];
    let acked = 0;
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < WRITES) {
        const name = `应急校区${String(next++).padStart(3, '0')}`;
        const outcome: Outcome = { name };
        outcomes.push(outcome);
        try {
          const res = await admin.post<{ id: number; name: string }>('/api/v1/campuses', { name, address: '断电测试' });
          outcome.status = res.status;
          if (res.status >= 200 && res.status < 300) {
            outcome.id = res.body.id;
            acked += 1;
          }
        } catch {
          outcome.failed = true;
        }
        if (!killed && acked >= KILL_AFTER_ACKS) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await first.exited;
    const acknowledged = outcomes.filter((o) => o.id !== undefined);
    assert.ok(killed, 'the server was killed while writes were in flight');
    assert.ok(acknowledged.length >= KILL_AFTER_ACKS);
    assert.ok(outcomes.some((o) => o.failed), 'some writes were cut off by the kill');
    assert.deepEqual(outcomes.filter((o) => o.status !== undefined && (o.status < 200 || o.status >= 300)), [], 'no write was refused before the kill');

    // Restart on the same data directory and address: the old session still works and every acknowledged campus is there.
    const second = await startServerProcess(dir, { port: first.port });
    started.push(second);
    const me = await admin.get('/api/v1/auth/me');
    assert.equal(me.status, 200, 'the session written before the crash survived');
    const list = await admin.get<{ items: { id: number; name: string }[] }>('/api/v1/campuses');
    const listed = new Set(list.body.items.map((c) => c.id));
    for (const o of acknowledged) assert.ok(listed.has(o.id ?? -1), `${o.name} was acknowledged and must survive`);
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0, 'clean shutdown after recovery');

    const db = new SqliteDatabase(path.join(dir, 'houqin.sqlite'), { fileMustExist: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const rows = db.prepare('select id, name from campuses').all() as { id: number; name: string }[];
      const byId = new Map(rows.map((r) => [r.id, r.name]));
      for (const o of acknowledged) assert.equal(byId.get(o.id ?? -1), o.name);
      const audited = new Set((db.prepare("select entity_id from audit_events where entity = 'campus' and action = 'create'").all() as { entity_id: string }[])
        .map((r) => r.entity_id));
      for (const r of rows) assert.ok(audited.has(String(r.id)), `campus ${r.name} has its audit event (row and event commit together)`);
      assert.ok(rows.length >= acknowledged.length + 1);
    } finally {
      db.close();
    }
  });
});
