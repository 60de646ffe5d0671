import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { loadActor } from '../../../platform/authz/load-actor.js';
import { addDays } from '../../../platform/calendar/dates.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import { AppError } from '../../../platform/http/errors.js';
import { makeRoom } from '../../qr/qr.fixtures.js';
import { categoryIdOf } from '../repairs.fixtures.js';
import { districtRepairSummary, repairSummary } from './summary.js';

// The district summary (one report over every school of an inspector's district) is measured in
// BENCHMARKS.md; these checks pin what it adds up, over requests reported through the API.
describe('repair summary over a district', () => {
  let w: TwoSchools;
  let period = { from: '', to: '' };

  const actorOf = async (staffNo: string, schoolId: number | null) => {
    const db = w.ts.server.db.kysely;
    let q = db.selectFrom('users').select('id').where('staff_no', '=', staffNo);
    q = schoolId === null ? q.where('school_id', 'is', null) : q.where('school_id', '=', schoolId);
    const actor = await loadActor(db, (await q.executeTakeFirstOrThrow()).id, 'test', null);
    assert.ok(actor);
    return actor;
  };

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    const today = localDate(new Date(), 'Asia/Shanghai');
    period = { from: addDays(today, -1), to: addDays(today, 1) };
    const report = async (staffNo: string, schoolId: number, description: string) => {
      const room = await makeRoom(db, schoolId, { name: `${description}室`, buildingName: '教学楼', floor: 1 });
      const client = await w.ts.as(staffNo);
      const res = await client.post('/api/v1/repair-requests', { roomId: room, categoryId: await categoryIdOf(db, schoolId, '水'), description, urgency: 'urgent' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    };
    await report('teacher', w.schoolA, '水管漏水');
    await report('teacher', w.schoolA, '水龙头坏了');
    await report('b-teacher', w.schoolB, '厕所堵了');
  });
  after(async () => { await w.ts.close(); });

  it('adds up every school of the district, with counts per school', async () => {
    const s = await districtRepairSummary(w.ts.server.db.kysely, await actorOf('inspector', null), period);
    assert.deepEqual([s.districtId, s.schoolCount, s.requests, s.workOrders, s.completed], [w.districtId, 2, 3, 3, 0]);
    assert.deepEqual(s.bySchool.map((r) => [r.label, r.count]), [['示范小学', 2], ['第二实验小学', 1]]);
    assert.deepEqual(s.byCategory.map((r) => [r.label, r.count]), [['水', 2], ['水', 1]], 'each school has its own categories');
    assert.equal(s.byMonth.reduce((a, m) => a + m.count, 0), 3);
  });

  it('keeps the one-school summary to its school', async () => {
    const s = await repairSummary(w.ts.server.db.kysely, await actorOf('logistics_head', w.schoolA), period);
    assert.deepEqual([s.schoolId, s.requests, s.byBuilding.length], [w.schoolA, 2, 1]);
  });

  it('answers over HTTP for the inspector, 403 for a school account, 401 without login, 400 for a bad date', async () => {
    const inspector = await w.ts.as('inspector');
    const res = await inspector.get<{ requests: number; bySchool: { label: string; count: number }[] }>(`/api/v1/repair-reports/district-summary?from=${period.from}&to=${period.to}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.requests, res.body.bySchool.map((r) => r.count)], [3, [2, 1]]);
    assert.equal((await (await w.ts.as('logistics_head')).get('/api/v1/repair-reports/district-summary')).status, 403);
    assert.equal((await w.ts.client().get('/api/v1/repair-reports/district-summary')).status, 401);
    const bad = await inspector.get<{ fields: { field: string }[] }>('/api/v1/repair-reports/district-summary?from=2026-13-45');
    assert.equal(bad.status, 400);
  });

  it('is for district readers only', async () => {
    await assert.rejects(districtRepairSummary(w.ts.server.db.kysely, await actorOf('logistics_head', w.schoolA), period),
      (err) => err instanceof AppError && err.status === 403);
  });
});
