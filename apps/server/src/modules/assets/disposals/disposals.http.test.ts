import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeDistrict, makeSchool, makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
type Detail = { disposal: Body & { id: number; version: number; abilities: Record<string, boolean> }; items: Body[]; chain: Body[]; log: Body[] };
const today = () => new Date().toISOString().slice(0, 10);
const fieldOf = (res: { body: unknown }) => ((res.body as Body).fields as Body[] | undefined)?.[0]?.field;

describe('报废/报损 (asset disposal)', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let principal: ApiClient;
  let finance: ApiClient;
  let inspector: ApiClient;
  let png: Buffer;
  let projector: number;
  let chair: number;
  let request: Detail;

  const step = (c: ApiClient, body: Body) => c.post<Detail>(`/api/v1/asset-disposals/${request.disposal.id}/steps`, { version: request.disposal.version, ...body });
  const upload = async (c: ApiClient, id: number, name: string) => {
    const fd = new FormData();
    fd.append('ownerType', 'asset_disposal');
    fd.append('ownerId', String(id));
    fd.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name);
    const res = await c.request<Body>('POST', '/api/v1/files', fd);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return Number(res.body.id);
  };

  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    principal = await w.ts.as('principal');
    finance = await w.ts.as('finance');
    inspector = await w.ts.as('inspector');
    const head = await w.ts.as('logistics_head');
    const world = await assetWorld(head);
    const room = world.roomId('三年级1班教室');
    const p = await keeper.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '教室投影仪', originalValueFen: 350_000, roomId: room });
    assert.equal(p.status, 200, JSON.stringify(p.body));
    projector = Number(p.body.id);
    chair = Number((await keeper.post('/api/v1/assets', { ...desk(world.category('6010000-01')), name: '旧教师椅', originalValueFen: 30_000, roomId: room })).body.id);
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 250, g: 250, b: 250 } } }).png().toBuffer();
  });
  after(async () => { await w.ts.close(); });

  const scrap = (assetIds: number[], extra: Body = {}) => ({
    kind: 'scrap', legalCondition: 'obsolete', reason: '灯泡烧毁、主板老化，厂家已停产无配件', appraisal: '经信息中心技术鉴定：无维修价值', proposedMethod: 'recycle', assetIds, ...extra,
  });

  it('refuses requests from the wrong people or with bad input', async () => {
    assert.equal((await w.ts.client().post('/api/v1/asset-disposals', scrap([projector]))).status, 401);
    assert.equal((await (await w.ts.as('teacher')).post('/api/v1/asset-disposals', scrap([projector]))).status, 403);
    assert.equal((await principal.post('/api/v1/asset-disposals', scrap([projector]))).status, 403);
    const noCondition = await keeper.post('/api/v1/asset-disposals', { ...scrap([projector]), legalCondition: undefined });
    assert.equal(noCondition.status, 400);
    assert.match(String(noCondition.body.message), /报废报损情形/);
    const noAppraisal = await keeper.post('/api/v1/asset-disposals', scrap([projector], { appraisal: '  ' }));
    assert.equal(noAppraisal.status, 400);
    assert.equal(fieldOf(noAppraisal), 'appraisal');
    const unknownCard = await keeper.post('/api/v1/asset-disposals', scrap([999_999]));
    assert.equal(fieldOf(unknownCard), 'assetIds');
  });

  it('submits a scrapping request: the card becomes 待报废 and the chain follows the value tier', async () => {
    const res = await keeper.post<Detail>('/api/v1/asset-disposals', scrap([projector]));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    request = res.body;
    assert.deepEqual(request.disposal.steps, ['asset_review', 'collective', 'principal', 'bureau', 'finance_bureau']);
    assert.equal(request.disposal.currentStepLabel, '资产管理员审核');
    assert.equal(request.disposal.totalOriginalFen, 350_000);
    assert.equal(request.items[0]?.statusLabel, '待报废');
    const card = await keeper.get(`/api/v1/assets/${projector}`);
    assert.equal(card.body.status, 'pending_disposal');
    const again = await keeper.post('/api/v1/asset-disposals', scrap([projector]));
    assert.equal(again.status, 409);
    assert.match(String(again.body.message), /教室投影仪/);
  });

  it('walks the chain: review, collective decision with minutes, principal', async () => {
    const early = await step(principal, { step: 'principal', decision: 'approve' });
    assert.equal(early.status, 409);
    assert.match(String((early.body as unknown as Body).message), /资产管理员审核/);
    let res = await step(keeper, { step: 'asset_review', decision: 'approve', note: '已超年限，无维修价值' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const stale = await keeper.post(`/api/v1/asset-disposals/${request.disposal.id}/steps`, { version: request.disposal.version, step: 'collective', decision: 'approve' });
    assert.equal(stale.status, 409);
    request = res.body;
    const noMinutes = await step(keeper, { step: 'collective', decision: 'approve', meetingDate: today() });
    assert.equal(fieldOf(noMinutes), 'minutesFileId');
    const minutes = await upload(keeper, request.disposal.id, '校务会纪要.png');
    res = await step(keeper, { step: 'collective', decision: 'approve', meetingDate: today(), minutesFileId: minutes });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    request = res.body;
    assert.equal((await step(finance, { step: 'principal', decision: 'approve' })).status, 403);
    res = await step(principal, { step: 'principal', decision: 'approve', note: '同意报废' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    request = res.body;
    assert.equal(request.disposal.currentStep, 'bureau');
  });

  it('lets the district inspector approve online, and nobody from another district', async () => {
    const waiting = await inspector.get<{ items: Body[] }>('/api/v1/asset-disposals?actionable=true');
    assert.equal(waiting.status, 200);
    assert.deepEqual(waiting.body.items.map((i) => i.schoolName), ['示范小学']);
    const db = w.ts.server.db;
    const other = await makeDistrict(db, '邻区教育局', 'D02');
    await makeUser(db, { schoolId: null, districtId: other, staffNo: 'inspector-2', roles: ['inspector'] });
    const stranger = await w.ts.as('inspector-2');
    assert.equal((await stranger.get(`/api/v1/asset-disposals/${request.disposal.id}`)).status, 404);
    assert.equal((await step(stranger, { step: 'bureau', decision: 'approve' })).status, 404);
    const res = await step(inspector, { step: 'bureau', decision: 'approve', note: '同意' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    request = res.body;
    assert.equal(request.log.at(-1)?.mode, 'online');
    assert.equal(request.disposal.currentStep, 'finance_bureau');
  });

  it('records the finance bureau by document, then completes: the card leaves the books and keeps its history', async () => {
    const noDoc = await step(keeper, { step: 'finance_bureau', decision: 'approve' });
    assert.equal(fieldOf(noDoc), 'docNo');
    let res = await step(keeper, { step: 'finance_bureau', decision: 'approve', docNo: '示财资〔2026〕12号', docDate: today() });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    request = res.body;
    assert.equal(request.disposal.statusLabel, '待处置');
    assert.ok(request.chain.every((c) => c.state === 'done'));
    const future = await keeper.post(`/api/v1/asset-disposals/${request.disposal.id}/complete`, { version: request.disposal.version, method: 'recycle', disposedOn: '2099-01-01', proceedsFen: 5_000 });
    assert.equal(fieldOf(future), 'disposedOn');
    res = await keeper.post<Detail>(`/api/v1/asset-disposals/${request.disposal.id}/complete`, {
      version: request.disposal.version, method: 'recycle', disposedOn: today(), proceedsFen: 5_000, proceedsNote: '已上缴国库', recipient: '再生资源回收公司',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.disposal.statusLabel, '已处置');
    const card = await keeper.get(`/api/v1/assets/${projector}`);
    assert.equal(card.body.status, 'disposed');
    assert.equal(card.body.disposedOn, today());
    const disposed = await keeper.get<{ items: Body[] }>('/api/v1/assets?status=disposed');
    assert.deepEqual(disposed.body.items.map((i) => i.id), [projector]);
    const history = await keeper.get<{ items: Body[] }>(`/api/v1/assets/${projector}/history`);
    const steps = history.body.items.filter((i) => i.kind === 'disposal').map((i) => String(i.note));
    assert.equal(steps.length, 7);
    assert.ok(steps.some((n) => n.startsWith('主管部门审批：同意')));
    assert.ok(steps.some((n) => n.startsWith('处置完成：报废回收')));
    const pdf = await keeper.get(`/api/v1/asset-disposals/${request.disposal.id}/form.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.raw.subarray(0, 4).toString(), '%PDF');
    const xlsx = await keeper.get('/api/v1/asset-disposals/export.xlsx');
    assert.equal(xlsx.status, 200);
    assert.match(String(xlsx.headers.get('content-type')), /spreadsheetml/);
  });

  it('gives the cards back their status when a request is rejected, and hides it from other schools', async () => {
    const res = await keeper.post<Detail>('/api/v1/asset-disposals', { kind: 'loss', legalCondition: 'shortage', reason: '盘点缺失', proposedMethod: 'write_off', assetIds: [chair] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    request = res.body;
    assert.deepEqual(request.disposal.steps, ['asset_review', 'collective', 'principal']);
    assert.equal(fieldOf(await step(keeper, { step: 'asset_review', decision: 'reject' })), 'note');
    const rejected = await step(keeper, { step: 'asset_review', decision: 'reject', note: '已找到，在三年级2班' });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.disposal.statusLabel, '已驳回');
    assert.equal((await keeper.get(`/api/v1/assets/${chair}`)).body.status, 'in_use');
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-keeper', roles: ['storekeeper'] });
    const bKeeper = await w.ts.as('b-keeper', 'DEXX');
    assert.equal((await bKeeper.get(`/api/v1/asset-disposals/${request.disposal.id}`)).status, 404);
    assert.equal((await bKeeper.post(`/api/v1/asset-disposals/${request.disposal.id}/withdraw`, { version: 1, reason: 'x' })).status, 404);
    assert.equal((await bKeeper.get<{ total: number }>('/api/v1/asset-disposals')).body.total, 0);
  });

  it('keeps tiers, appraisal rule and compensation ratios as a school setting', async () => {
    const head = await w.ts.as('logistics_head');
    const current = await head.get('/api/v1/asset-disposal-settings');
    assert.equal(current.status, 200);
    assert.deepEqual((current.body.tiers as Body[]).map((t) => t.minFen), [0, 50_000, 100_001]);
    const body = {
      version: current.body.version, tiers: [{ minFen: 0, approvals: ['principal'] }], landBuildingTopTier: true, appraisalConditions: [],
      compensation: { ratios: [{ cause: 'human', pct: 80 }], minimumFen: 1_000, rounding: 'yuan' },
    };
    assert.equal((await keeper.put('/api/v1/asset-disposal-settings', body)).status, 403);
    assert.equal(fieldOf(await head.put('/api/v1/asset-disposal-settings', { ...body, tiers: [{ minFen: 100, approvals: ['principal'] }] })), 'tiers');
    const saved = await head.put('/api/v1/asset-disposal-settings', body);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal((saved.body.compensation as { ratios: Body[] }).ratios.find((r) => r.cause === 'human')?.pct, 80);
    assert.equal((await head.put('/api/v1/asset-disposal-settings', body)).status, 409);
  });
});
