import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { makeRoom } from '../qr/qr.fixtures.js';
import { categoryIdOf, userIdOf } from './repairs.fixtures.js';

interface Request {
  id: number; status: string; workOrder: { status: string; assigneeName: string | null; teamName: string | null } | null;
  sla: { respondRemainingMinutes: number | null; resolveRemainingMinutes: number | null; label: string } | null;
}
interface Page<T> { items: T[] }

/**
 * Submitting answers from what it wrote instead of reading the request back (written-item.ts).
 * The answer must be exactly what the request list shows for it afterwards, in every shape a new
 * report can take: on the board, routed to a person or a team, waiting for triage, at a typed place.
 */
describe('submitting a report: the answer is the request as the list shows it', () => {
  let w: TwoSchools;
  let teacher: ApiClient;
  let head: ApiClient;
  let room = 0;

  before(async () => {
    w = await startWithTwoSchools();
    room = await makeRoom(w.ts.server.db, w.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 });
    teacher = await w.ts.as('teacher');
    head = await w.ts.as('logistics_head');
    // No photos in these reports: the answer's shape is what is checked here.
    const settings = await head.get<{ version: number }>('/api/v1/repair-settings');
    assert.equal((await head.put('/api/v1/repair-settings', { version: settings.body.version, photoRule: 'never' })).status, 200);
  });
  after(async () => { await w.ts.close(); });

  async function submitAndCompare(body: Record<string, unknown>): Promise<Request> {
    const res = await teacher.post<Request>('/api/v1/repair-requests', body);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const listed = (await teacher.get<Page<Request>>('/api/v1/repair-requests?mine=true&pageSize=100')).body.items.find((r) => r.id === res.body.id);
    // Remaining minutes (and the label saying them) are counted from each answer's own "now".
    const settled = (r: Request | undefined) => r && { ...r, sla: r.sla && { ...r.sla, respondRemainingMinutes: 0, resolveRemainingMinutes: 0, label: '' } };
    assert.deepEqual(settled(res.body), settled(listed));
    return res.body;
  }

  it('on the dispatch board, routed to a technician or a team, at a typed place', async () => {
    const db = w.ts.server.db;
    const water = await categoryIdOf(db, w.schoolA, '水');
    const power = await categoryIdOf(db, w.schoolA, '电');
    const plain = await submitAndCompare({ roomId: room, categoryId: water, description: '水龙头漏水', urgency: 'normal' });
    assert.equal(plain.workOrder?.status, 'pending_dispatch');

    const techId = await userIdOf(db, 'technician', w.schoolA);
    assert.equal((await head.post('/api/v1/repair-routing-rules', { categoryId: power, assigneeId: techId })).status, 200);
    const routed = await submitAndCompare({ roomId: room, categoryId: power, description: '灯管不亮', urgency: 'urgent' });
    assert.deepEqual([routed.workOrder?.status, routed.workOrder?.assigneeName], ['assigned', 'technician']);

    const team = await head.post<{ id: number }>('/api/v1/repair-teams', { name: '水电组', memberIds: [techId] });
    assert.equal(team.status, 200, JSON.stringify(team.body));
    assert.equal((await head.post('/api/v1/repair-routing-rules', { categoryId: water, teamId: team.body.id })).status, 200);
    const toTeam = await submitAndCompare({ locationText: '操场东侧饮水机', categoryId: water, description: '饮水机不出水', urgency: 'normal' });
    assert.deepEqual([toTeam.workOrder?.teamName, toTeam.workOrder?.assigneeName], ['水电组', null]);
  });

  it('waiting for triage when the school converts by hand', async () => {
    const settings = await head.get<{ version: number }>('/api/v1/repair-settings');
    assert.equal((await head.put('/api/v1/repair-settings', { version: settings.body.version, autoConvert: false })).status, 200);
    const other = await categoryIdOf(w.ts.server.db, w.schoolA, '其他');
    const waiting = await submitAndCompare({ roomId: room, categoryId: other, description: '窗帘掉了', urgency: 'normal' });
    assert.deepEqual([waiting.status, waiting.workOrder], ['submitted', null]);
  });
});
