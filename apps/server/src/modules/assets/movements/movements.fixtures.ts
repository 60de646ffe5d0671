import assert from 'node:assert/strict';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

export type Body = Record<string, unknown>;
export type Detail = Body & { movement: Body & { id: number; version: number; status: string; statusLabel: string; abilities: Record<string, boolean> }; lines: Body[]; steps: Body[]; hint: string | null };

/**
 * Two schools; in school A a classroom led by `teacher` (三年级1班教室), a second room, and cards
 * created by the storekeeper. `cards(n, extra)` makes n more cards and returns their ids.
 */
export async function movementWorld() {
  const w: TwoSchools = await startWithTwoSchools();
  const keeper = await w.ts.as('storekeeper');
  const head = await w.ts.as('logistics_head');
  const teacher = await w.ts.as('teacher');
  const principal = await w.ts.as('principal');
  const world = await assetWorld(head);
  const classRoom = world.roomId('三年级1班教室');
  const otherRoom = world.roomId('三年级2班教室');
  const teacherId = Number((await teacher.get('/api/v1/auth/me')).body.id);
  const grade = await head.post('/api/v1/grades', { name: '三年级' });
  const cls = await head.post('/api/v1/classes', { gradeId: grade.body.id, name: '三年级1班', headTeacherId: teacherId, roomId: classRoom });
  assert.equal(cls.status, 200, JSON.stringify(cls.body));
  const furniture = world.category('6010000-01');
  async function cards(count: number, extra: Body = {}): Promise<number[]> {
    const res = await keeper.post<{ items: Body[] }>('/api/v1/assets/batch', { ...desk(furniture, extra), count });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items.map((a) => Number(a.id));
  }
  const kysely = w.ts.server.db.kysely;
  return { w, keeper, head, teacher, principal, classRoom, otherRoom, teacherId, cards, kysely, furniture };
}

/** POST a step with the document's current version. */
export async function step(client: ApiClient, d: Detail, action: string, body: Body = {}) {
  return client.post<Detail>(`/api/v1/asset-movements/${d.movement.id}/${action}`, { version: d.movement.version, ...body });
}

export async function notices(client: ApiClient, kind: string): Promise<Body[]> {
  const res = await client.get<{ items: Body[] }>('/api/v1/notifications?pageSize=100');
  return res.body.items.filter((n) => n.kind === kind);
}

export const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The teacher's loan of the 便携投影仪 (set idle first), approved by the principal and lent by the storekeeper, due in 3 days. */
export async function lentProjectorLoan(t: Awaited<ReturnType<typeof movementWorld>>): Promise<{ projector: number; lent: Detail }> {
  const projector = Number((await t.cards(1, { name: '便携投影仪' }))[0]);
  const card = await t.keeper.get(`/api/v1/assets/${projector}`);
  assert.equal((await t.keeper.patch(`/api/v1/assets/${projector}`, { version: card.body.version, status: 'idle' })).status, 200);
  const created = await t.teacher.post<Detail>('/api/v1/asset-movements', { kind: 'loan', assetIds: [projector], reason: '公开课借用投影仪', dueDate: inDays(3), submit: true });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const approved = await step(t.principal, created.body, 'approve');
  const lent = await step(t.keeper, approved.body, 'lend');
  assert.equal(lent.status, 200, JSON.stringify(lent.body));
  return { projector, lent: lent.body };
}
