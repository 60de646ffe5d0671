import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { seedChecklistTemplates } from '../../platform/checklists/seed-checklist-templates.js';

type Body = Record<string, unknown>;
type Item = { key: string; label: string; type: string; typeLabel: string; min: number | null; limitText: string | null; required: boolean };
type Template = Body & { id: number; version: number; items: Item[]; abilities: Record<string, boolean> };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

const GAS_ITEMS = [
  { label: '燃气管道无泄漏', type: 'pass_fail', required: true, raisesRepair: true, repairCategory: '燃气' },
  { label: '冷藏柜温度', type: 'number', min: 0, max: 8, unit: '℃' },
];

describe('checklist templates', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let tech: ApiClient;
  let bHead: ApiClient;
  let created: Template;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    // why: school creation will call the seed once the lead wires it in; these schools predate that.
    await db.kysely.transaction().execute(async (tx) => { await seedChecklistTemplates(tx, w.schoolA); });
    await makeUser(db, { schoolId: w.schoolB, staffNo: 'b-head', roles: ['logistics_head'] });
    head = await w.ts.as('logistics_head');
    tech = await w.ts.as('technician');
    bHead = await w.ts.as('b-head', 'DEXX');
  });
  after(async () => { await w.ts.close(); });

  it('gives a school the eight routine checks from the work plans, published and editable', async () => {
    const res = await head.get<Page<Template>>('/api/v1/checklist-templates?pageSize=50');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.total, 8);
    const gas = res.body.items.find((t) => t.name === '每周检查食堂燃气管道和电器');
    assert.ok(gas);
    assert.equal(gas.status, 'published');
    assert.equal(gas.statusLabel, '已发布');
    assert.equal(gas.kindLabel, '食堂');
    assert.equal(gas.latestVersionNo, 1);
    assert.equal(gas.hasDraftChanges, false);
    assert.deepEqual(gas.abilities, { update: true, publish: false, archive: true, restore: false, delete: true, record: true });
    const fridge = gas.items.find((i) => i.key === 'fridge_temp');
    assert.equal(fridge?.limitText, '0～8℃');
    const fire = res.body.items.find((t) => t.name === '开学前校舍和消防设施安全检查');
    assert.equal(fire?.items.find((i) => i.key === 'emergency_minutes')?.limitText, '不低于90分钟');
    const again = await w.ts.server.db.kysely.transaction().execute((tx) => seedChecklistTemplates(tx, w.schoolA));
    assert.equal(again, 0, 'seeding twice adds nothing');
    const canteen = await head.get<Page<Template>>('/api/v1/checklist-templates?kind=canteen&q=燃气');
    assert.deepEqual(canteen.body.items.map((t) => t.name), ['每周检查食堂燃气管道和电器']);
  });

  it('lets technicians read but not write, and needs a login', async () => {
    assert.equal((await w.ts.client().get('/api/v1/checklist-templates')).status, 401);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/checklist-templates')).status, 403);
    const list = await tech.get<Page<Template>>('/api/v1/checklist-templates');
    assert.equal(list.status, 200);
    assert.equal(list.body.items[0]?.abilities.update, false);
    assert.equal(list.body.items[0]?.abilities.record, true);
    assert.equal((await tech.post('/api/v1/checklist-templates', { name: '试', kind: 'general', items: [] })).status, 403);
  });

  it('creates a draft with generated item keys that nobody can fill in yet', async () => {
    const res = await head.post<Template>('/api/v1/checklist-templates', { name: '食堂燃气日检', kind: 'canteen', description: '每天开火前', items: GAS_ITEMS });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    created = res.body;
    assert.equal(created.status, 'draft');
    assert.equal(created.latestVersionNo, 0);
    assert.deepEqual(created.items.map((i) => i.key), ['item_1', 'item_2']);
    assert.equal(created.items[0]?.typeLabel, '合格/不合格');
    assert.equal(created.abilities.record, false);
    assert.equal(created.abilities.publish, true);
  });

  it('refuses bad items with Chinese messages naming the item, and writes nothing', async () => {
    const bad = await head.post('/api/v1/checklist-templates', {
      name: '坏模板', kind: 'general', items: [{ label: '应急照明持续时间', type: 'number', min: 120, max: 90 }],
    });
    assert.equal(bad.status, 400);
    assert.equal((bad.body.fields as Body[])[0]?.field, 'items.0.min');
    assert.match(String(bad.body.message), /第 1 项「应急照明持续时间」：下限 120 不能大于上限 90/);
    const kind = await head.post('/api/v1/checklist-templates', { name: '坏模板', kind: 'spaceship', items: [] });
    assert.equal(kind.status, 400);
    assert.match(String(kind.body.message), /类别/);
    const extra = await head.post('/api/v1/checklist-templates', { name: '坏模板', kind: 'general', items: [{ label: '甲', type: 'text', colour: 'red' }] });
    assert.equal(extra.status, 400);
    const dup = await head.post('/api/v1/checklist-templates', { name: '食堂燃气日检', kind: 'canteen', items: [] });
    assert.equal(dup.status, 409);
    assert.match(String(dup.body.message), /名称/);
    const list = await head.get<Page<Template>>('/api/v1/checklist-templates?q=坏模板');
    assert.equal(list.body.total, 0);
  });

  it('publishes immutable versions: each edit becomes the next version when published', async () => {
    const v1 = await head.post<Template>(`/api/v1/checklist-templates/${created.id}/publish`, { version: created.version });
    assert.equal(v1.status, 200, JSON.stringify(v1.body));
    assert.equal(v1.body.latestVersionNo, 1);
    assert.equal(v1.body.status, 'published');
    assert.equal(v1.body.abilities.publish, false);
    const nothing = await head.post(`/api/v1/checklist-templates/${created.id}/publish`, { version: v1.body.version });
    assert.equal(nothing.status, 409);
    assert.match(String(nothing.body.message), /没有需要发布的修改/);

    // The editor sends items back without the read-only labels the server added.
    const items = [...v1.body.items.map(({ typeLabel: _t, limitText: _l, ...item }) => item), { label: '燃气报警器工作正常', type: 'pass_fail', required: true }];
    const edited = await head.patch<Template>(`/api/v1/checklist-templates/${created.id}`, { version: v1.body.version, items });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.hasDraftChanges, true);
    assert.deepEqual(edited.body.items.map((i) => i.key), ['item_1', 'item_2', 'item_3'], 'existing keys stay stable');
    assert.equal((await head.patch(`/api/v1/checklist-templates/${created.id}`, { version: v1.body.version, name: '旧页面' })).status, 409);

    const v2 = await head.post<Template>(`/api/v1/checklist-templates/${created.id}/publish`, { version: edited.body.version });
    assert.equal(v2.body.latestVersionNo, 2);
    const versions = await tech.get<Page<Body>>(`/api/v1/checklist-templates/${created.id}/versions`);
    assert.deepEqual(versions.body.items.map((v) => [v.versionNo, v.itemCount, v.isLatest, v.publishedByName]), [[2, 3, true, 'logistics_head'], [1, 2, false, 'logistics_head']]);
    const old = await tech.get<{ items: Item[]; versionNo: number }>(`/api/v1/checklist-templates/${created.id}/versions/1`);
    assert.equal(old.status, 200);
    assert.deepEqual(old.body.items.map((i) => i.label), ['燃气管道无泄漏', '冷藏柜温度']);
    assert.equal((await tech.get(`/api/v1/checklist-templates/${created.id}/versions/9`)).status, 404);

    // Editing back to what version 2 says leaves nothing to publish.
    const renamed = await head.patch<Template>(`/api/v1/checklist-templates/${created.id}`, { version: v2.body.version, name: '食堂燃气日检（新）' });
    assert.equal(renamed.body.hasDraftChanges, true);
    const back = await head.patch<Template>(`/api/v1/checklist-templates/${created.id}`, { version: renamed.body.version, name: '食堂燃气日检' });
    assert.equal(back.body.hasDraftChanges, false);
    created = back.body;
  });

  it('keeps other schools out with 404', async () => {
    assert.equal((await bHead.get(`/api/v1/checklist-templates/${created.id}`)).status, 404);
    assert.equal((await bHead.get(`/api/v1/checklist-templates/${created.id}/versions/1`)).status, 404);
    assert.equal((await bHead.get(`/api/v1/checklist-templates/${created.id}/versions`)).status, 404);
    assert.equal((await bHead.patch(`/api/v1/checklist-templates/${created.id}`, { version: created.version, name: '偷改' })).status, 404);
    assert.equal((await bHead.post(`/api/v1/checklist-templates/${created.id}/publish`, { version: created.version })).status, 404);
    assert.equal((await bHead.delete(`/api/v1/checklist-templates/${created.id}?version=${created.version}`)).status, 404);
    const bList = await bHead.get<Page<Template>>('/api/v1/checklist-templates?pageSize=200');
    assert.ok(!bList.body.items.some((t) => t.id === created.id || t.schoolId === w.schoolA));
  });

  it('archives instead of deleting once results exist, and restores', async () => {
    const room = await w.ts.server.db.kysely.selectFrom('schools').select('id').where('id', '=', w.schoolA).executeTakeFirstOrThrow();
    const result = await tech.post('/api/v1/checklist-results', { templateId: created.id, ownerType: 'school', ownerId: room.id });
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const del = await head.delete(`/api/v1/checklist-templates/${created.id}?version=${created.version}`);
    assert.equal(del.status, 409);
    assert.match(String(del.body.message), /请停用/);

    const archived = await head.post<Template>(`/api/v1/checklist-templates/${created.id}/archive`, { version: created.version });
    assert.equal(archived.status, 200);
    assert.equal(archived.body.status, 'archived');
    assert.deepEqual(
      [archived.body.abilities.update, archived.body.abilities.record, archived.body.abilities.restore, archived.body.abilities.delete],
      [false, false, true, false],
    );
    assert.equal((await head.patch(`/api/v1/checklist-templates/${created.id}`, { version: archived.body.version, name: 'x' })).status, 409);
    const start = await tech.post('/api/v1/checklist-results', { templateId: created.id, ownerType: 'school', ownerId: w.schoolA });
    assert.equal(start.status, 409);
    assert.match(String(start.body.message), /已停用/);
    const listed = await head.get<Page<Template>>('/api/v1/checklist-templates?status=archived');
    assert.deepEqual(listed.body.items.map((t) => t.id), [created.id]);
    const restored = await head.post<Template>(`/api/v1/checklist-templates/${created.id}/restore`, { version: archived.body.version });
    assert.equal(restored.body.status, 'published');
    assert.equal((await head.post(`/api/v1/checklist-templates/${created.id}/restore`, { version: restored.body.version })).status, 409);
  });

  it('deletes an unused template with its versions, at its version, and audits every step', async () => {
    const t = await head.post<Template>('/api/v1/checklist-templates', { name: '临时检查', kind: 'general', items: [{ label: '门已锁', type: 'pass_fail' }] });
    const p = await head.post<Template>(`/api/v1/checklist-templates/${t.body.id}/publish`, { version: t.body.version });
    assert.equal((await head.delete(`/api/v1/checklist-templates/${t.body.id}?version=${t.body.version}`)).status, 409, 'stale version');
    assert.equal((await tech.delete(`/api/v1/checklist-templates/${t.body.id}?version=${p.body.version}`)).status, 403);
    const del = await head.delete(`/api/v1/checklist-templates/${t.body.id}?version=${p.body.version}`);
    assert.equal(del.status, 200);
    assert.equal((await head.get(`/api/v1/checklist-templates/${t.body.id}`)).status, 404);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['entity', 'action'])
      .where('entity', 'in', ['checklist_template', 'checklist_template_version']).where('school_id', '=', w.schoolA).orderBy('id').execute();
    const trail = audit.map((a) => `${a.entity}:${a.action}`);
    for (const step of ['checklist_template:create', 'checklist_template_version:create', 'checklist_template:publish', 'checklist_template:update',
      'checklist_template:archive', 'checklist_template:restore', 'checklist_template_version:delete', 'checklist_template:delete']) {
      assert.ok(trail.includes(step), `audit has ${step}`);
    }
  });
});
