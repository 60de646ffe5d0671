import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestServer, startTestServer } from '../../../test/test-server.js';

describe('first-run setup', () => {
  let ts: TestServer;
  before(async () => { ts = await startTestServer(); });
  after(async () => { await ts.close(); });

  it('answers 503 with a Chinese message on API routes until a school exists', async () => {
    const res = await ts.client().get('/api/v1/auth/me');
    assert.equal(res.status, 503);
    assert.equal(res.body.code, 'SETUP_REQUIRED');
    assert.match(String(res.body.message), /初始化/);
    const health = await ts.client().get('/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.database, ts.server.db.dialect);
    assert.match(String(health.body.databaseVersion), /^(SQLite|PostgreSQL) \d+\.\d+/);
    const status = await ts.client().get('/api/v1/setup/status');
    assert.deepEqual(status.body, { done: false });
  });

  it('rejects a weak admin password and writes nothing', async () => {
    const res = await ts.client().post('/api/v1/setup', {
      school: { name: '示范小学', code: 'SFXX' }, admin: { staffNo: 'A001', name: '王老师', password: '12345678' },
    });
    assert.equal(res.status, 400);
    assert.equal((res.body.fields as { field: string }[])[0]?.field, 'admin.password');
    const schools = await ts.server.db.kysely.selectFrom('schools').select('id').execute();
    assert.equal(schools.length, 0);
  });

  it('creates the school, its calendar and the admin, signs them in, and cannot be replayed', async () => {
    const c = ts.client();
    const res = await c.post('/api/v1/setup', {
      school: { name: '示范小学', code: 'SFXX' }, admin: { staffNo: 'A001', name: '王老师', password: 'Houqin2026' },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.schoolName, '示范小学');
    assert.ok((res.body.roles as string[]).includes('sysadmin'));
    c.csrfToken = String(res.body.csrfToken);
    const me = await c.get('/api/v1/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.name, '王老师');
    const holidays = await ts.server.db.kysely.selectFrom('calendar_days').select(['date', 'kind']).where('date', '=', '2026-10-01').execute();
    assert.deepEqual(holidays.map((h) => h.kind), ['holiday']);
    const again = await ts.client().post('/api/v1/setup', {
      school: { name: '冒名小学', code: 'FAKE' }, admin: { staffNo: 'X', name: '黑客', password: 'Houqin2026' },
    });
    assert.equal(again.status, 409);
    const audit = await ts.server.db.kysely.selectFrom('audit_events').select(['entity', 'action']).where('entity', '=', 'school').execute();
    assert.deepEqual(audit, [{ entity: 'school', action: 'create' }]);
  });
});
