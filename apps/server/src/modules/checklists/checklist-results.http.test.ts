import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { auditContextOf } from '../../platform/authz/load-actor.js';
import { localDate } from '../../platform/calendar/time-zone.js';
import { type RepairRaiseRequest, registerRepairRaiser } from '../../platform/checklists/repair-raiser.js';
import { platformError } from '../../platform/http/errors.js';
import { makeRoom } from '../qr/qr.fixtures.js';

type Body = Record<string, unknown>;
type Item = { key: string; label: string; value: unknown; outcome: string | null; outcomeLabel: string | null; answerText: string; repairRequestId: number | null; abilities: { raiseRepair: boolean } };
type Result = Body & { id: number; version: number; versionNo: number; items: Item[]; abilities: Record<string, boolean> };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

const ITEMS = [
  { key: 'gas', label: '燃气管道无泄漏', type: 'pass_fail', required: true, raisesRepair: true, repairCategory: '燃气' },
  { key: 'light', label: '应急照明持续时间', type: 'number', min: 90, unit: '分钟', raisesRepair: true, repairCategory: '消防' },
  { key: 'hygiene', label: '卫生状况', type: 'choice', options: ['好', '一般', '差'], failOptions: ['差'] },
  { key: 'photos', label: '现场照片', type: 'photo' },
];

function photoForm(ownerType: string, ownerId: number, png: Buffer): FormData {
  const fd = new FormData();
  fd.append('ownerType', ownerType);
  fd.append('ownerId', String(ownerId));
  fd.append('file', new Blob([png], { type: 'image/png' }), '现场.png');
  return fd;
}

describe('checklist results', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let tech: ApiClient;
  let principal: ApiClient;
  let bHead: ApiClient;
  let templateId = 0;
  let roomA = 0;
  let roomB = 0;
  let png: Buffer;
  let failed: Result;
  const base = () => ({ templateId, ownerType: 'room', ownerId: roomA });
  const resultCount = async () => Number((await w.ts.server.db.kysely.selectFrom('checklist_results').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    await makeUser(db, { schoolId: w.schoolB, staffNo: 'b-head', roles: ['logistics_head'] });
    roomA = await makeRoom(db, w.schoolA, { name: '操作间', buildingName: '食堂', floor: 1 });
    roomB = await makeRoom(db, w.schoolB, { name: '二校食堂' });
    head = await w.ts.as('logistics_head');
    tech = await w.ts.as('technician');
    principal = await w.ts.as('principal');
    bHead = await w.ts.as('b-head', 'DEXX');
    const t = await head.post('/api/v1/checklist-templates', { name: '食堂燃气日检', kind: 'canteen', items: ITEMS });
    templateId = Number(t.body.id);
    assert.equal((await head.post(`/api/v1/checklist-templates/${templateId}/publish`, { version: t.body.version })).status, 200);
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 80, b: 20 } } }).png().toBuffer();
  });
  after(async () => { await w.ts.close(); });

  it('needs a login and the checklist permission', async () => {
    assert.equal((await w.ts.client().get('/api/v1/checklist-results')).status, 401);
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.post('/api/v1/checklist-results', { ...base(), submit: true, answers: { gas: { value: true } } })).status, 403);
    assert.equal((await teacher.get('/api/v1/checklist-results')).status, 403);
    assert.equal((await principal.get('/api/v1/checklist-results')).status, 200);
  });

  it('submits at once, judging every item (limits inclusive) and the whole as 不合格', async () => {
    const res = await tech.post<Result>('/api/v1/checklist-results', {
      ...base(), submit: true, note: '开火前检查',
      answers: { gas: { value: false, remark: '阀门接头' }, light: { value: 90 }, hygiene: { value: '一般' } },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    failed = res.body;
    assert.deepEqual([failed.status, failed.outcome, failed.outcomeLabel, failed.versionNo], ['submitted', 'fail', '不合格', 1]);
    assert.equal(failed.ownerName, '食堂 操作间');
    assert.equal(failed.ownerTypeLabel, '房间');
    assert.equal(failed.roomId, roomA);
    assert.deepEqual(failed.failedLabels, ['燃气管道无泄漏']);
    assert.equal(failed.submittedByName, 'technician');
    const by = Object.fromEntries(failed.items.map((i) => [i.key, i]));
    assert.deepEqual([by.gas?.outcome, by.gas?.answerText], ['fail', '不合格']);
    assert.deepEqual([by.light?.outcome, by.light?.answerText], ['pass', '90分钟']);
    assert.equal(by.hygiene?.outcome, 'pass');
    assert.deepEqual([by.photos?.outcome, by.photos?.value], ['na', null]);
    assert.equal(failed.abilities.correct, true);
  });

  it('refuses bad answers with messages naming the item, writing nothing', async () => {
    const before = await resultCount();
    const missing = await tech.post('/api/v1/checklist-results', { ...base(), submit: true, answers: { light: { value: 100 } } });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.fields, [{ field: 'answers.gas', message: '「燃气管道无泄漏」为必填项' }]);
    const choice = await tech.post('/api/v1/checklist-results', { ...base(), submit: true, answers: { gas: { value: true }, hygiene: { value: '很差' } } });
    assert.equal(choice.status, 400);
    assert.match(String(choice.body.message), /「卫生状况」「很差」不是可选的选项/);
    const number = await tech.post('/api/v1/checklist-results', { ...base(), submit: true, answers: { gas: { value: true }, light: { value: '九十' } } });
    assert.match(String(number.body.message), /「应急照明持续时间」应填写数字/);
    const unknown = await tech.post('/api/v1/checklist-results', { ...base(), answers: { hose: { value: true } } });
    assert.equal(unknown.status, 400);
    assert.match(String(unknown.body.message), /不是这份检查表第 1 版的检查项/);
    const owner = await tech.post('/api/v1/checklist-results', { ...base(), ownerType: 'spaceship' });
    assert.equal(owner.status, 400);
    assert.equal((owner.body.fields as Body[])[0]?.field, 'ownerType');
    const version = await tech.post('/api/v1/checklist-results', { ...base(), versionNo: 7 });
    assert.equal(version.status, 400);
    assert.match(String(version.body.message), /没有第 7 版/);
    assert.equal(await resultCount(), before);
  });

  it('answers 404 for another school\'s template, subject and result', async () => {
    assert.equal((await bHead.post('/api/v1/checklist-results', { ...base(), ownerId: roomB })).status, 404);
    const foreignRoom = await tech.post('/api/v1/checklist-results', { ...base(), ownerId: roomB });
    assert.equal(foreignRoom.status, 404);
    assert.match(String(foreignRoom.body.message), /房间/);
    assert.equal((await tech.post('/api/v1/checklist-results', { ...base(), ownerType: 'school', ownerId: w.schoolB })).status, 404);
    assert.equal((await bHead.get(`/api/v1/checklist-results/${failed.id}`)).status, 404);
    assert.equal((await bHead.post(`/api/v1/checklist-results/${failed.id}/items/gas/raise-repair`, {})).status, 404);
    assert.equal((await bHead.get<Page<Result>>('/api/v1/checklist-results')).body.total, 0);
  });

  it('validates a draft against the version it started on after a new version is published', async () => {
    const draft = await tech.post<Result>('/api/v1/checklist-results', base());
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    assert.deepEqual([draft.body.status, draft.body.versionNo, draft.body.outcome], ['draft', 1, null]);

    const t = await head.get<{ version: number; items: Body[] }>(`/api/v1/checklist-templates/${templateId}`);
    const items = [...ITEMS, { key: 'alarm', label: '燃气报警器工作正常', type: 'pass_fail', required: true }];
    const edited = await head.patch(`/api/v1/checklist-templates/${templateId}`, { version: t.body.version, items });
    assert.equal((await head.post(`/api/v1/checklist-templates/${templateId}/publish`, { version: edited.body.version })).body.latestVersionNo, 2);

    const answers = { gas: { value: true }, light: { value: 120 }, hygiene: { value: '好' } };
    const claimed = await tech.post(`/api/v1/checklist-results/${draft.body.id}/submit`, { version: draft.body.version, versionNo: 2, answers });
    assert.equal(claimed.status, 409);
    assert.match(String(claimed.body.message), /第 1 版.*第 2 版/);
    assert.equal((await tech.post(`/api/v1/checklist-results/${draft.body.id}/submit`, { version: draft.body.version + 1, answers })).status, 409);
    const done = await tech.post<Result>(`/api/v1/checklist-results/${draft.body.id}/submit`, { version: draft.body.version, versionNo: 1, answers });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual([done.body.versionNo, done.body.itemCount, done.body.outcome], [1, 4, 'pass']);
    assert.deepEqual(done.body.items.map((i) => i.key), ['gas', 'light', 'hygiene', 'photos']);

    const fresh = await tech.post('/api/v1/checklist-results', { ...base(), submit: true, answers });
    assert.equal(fresh.status, 400, 'a new result uses version 2 and its new required item');
    assert.match(String(fresh.body.message), /燃气报警器工作正常/);
    const pinned = await tech.post<Result>('/api/v1/checklist-results', { ...base(), versionNo: 1, submit: true, answers });
    assert.equal(pinned.status, 200);
    assert.equal(pinned.body.versionNo, 1);
  });

  it('saves a draft with photos taken on the spot, then keeps the submitted result unchangeable', async () => {
    const draft = await tech.post<Result>('/api/v1/checklist-results', { ...base(), versionNo: 1 });
    const photo = await tech.post('/api/v1/files', photoForm('checklist_result', draft.body.id, png));
    assert.equal(photo.status, 200, JSON.stringify(photo.body));
    const headPhoto = await head.post('/api/v1/files', photoForm('room', roomA, png));
    assert.equal(headPhoto.status, 200, JSON.stringify(headPhoto.body));

    const someoneElses = await tech.patch(`/api/v1/checklist-results/${draft.body.id}`, { version: draft.body.version, answers: { photos: { value: [headPhoto.body.id] } } });
    assert.equal(someoneElses.status, 400);
    assert.match(String(someoneElses.body.message), /「现场照片」引用的图片（编号 \d+）不存在或不是您上传的/);
    const saved = await tech.patch<Result>(`/api/v1/checklist-results/${draft.body.id}`, {
      version: draft.body.version, answers: { photos: { value: [photo.body.id] }, hygiene: { value: '差' } },
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const preview = Object.fromEntries(saved.body.items.map((i) => [i.key, i]));
    assert.deepEqual(preview.photos?.value, [photo.body.id]);
    assert.equal(preview.hygiene?.outcome, 'fail', 'a draft previews the outcome');
    assert.equal(saved.body.status, 'draft');
    assert.equal((await principal.post(`/api/v1/checklist-results/${draft.body.id}/submit`, { version: saved.body.version })).status, 403);

    const incomplete = await tech.post(`/api/v1/checklist-results/${draft.body.id}/submit`, { version: saved.body.version });
    assert.equal(incomplete.status, 400, 'the saved answers lack a required item');
    const answers = { gas: { value: true }, hygiene: { value: '差' }, photos: { value: [photo.body.id] } };
    const done = await tech.post<Result>(`/api/v1/checklist-results/${draft.body.id}/submit`, { version: saved.body.version, answers });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual(done.body.failedLabels, ['卫生状况']);
    assert.equal((await tech.get(`/api/v1/files/${photo.body.id}/content`)).status, 200);

    const edit = await tech.patch(`/api/v1/checklist-results/${draft.body.id}`, { version: done.body.version, answers });
    assert.equal(edit.status, 409);
    assert.match(String(edit.body.message), /不能修改或删除；如有错误请提交更正/);
    assert.equal((await head.delete(`/api/v1/checklist-results/${draft.body.id}?version=${done.body.version}`)).status, 409);
    assert.equal((await tech.post('/api/v1/files', photoForm('checklist_result', draft.body.id, png))).status, 403);

    const abandoned = await tech.post<Result>('/api/v1/checklist-results', base());
    assert.equal((await principal.delete(`/api/v1/checklist-results/${abandoned.body.id}?version=1`)).status, 403);
    assert.equal((await tech.delete(`/api/v1/checklist-results/${abandoned.body.id}?version=1`)).status, 200);
    assert.equal((await tech.get(`/api/v1/checklist-results/${abandoned.body.id}`)).status, 404);
  });

  it('corrects a submitted result by appending a new one that points at it', async () => {
    const answers = { gas: { value: true }, light: { value: 95 }, hygiene: { value: '好' } };
    const wrongOwner = await tech.post('/api/v1/checklist-results', { ...base(), ownerType: 'school', ownerId: w.schoolA, submit: true, answers, corrects: { resultId: failed.id, reason: '复查' } });
    assert.equal(wrongOwner.status, 400);
    assert.equal((await principal.post('/api/v1/checklist-results', { ...base(), submit: true, answers, corrects: { resultId: failed.id, reason: '复查' } })).status, 403);
    const fix = await tech.post<Result>('/api/v1/checklist-results', { ...base(), submit: true, answers, corrects: { resultId: failed.id, reason: '阀门已拧紧，复查合格' } });
    assert.equal(fix.status, 200, JSON.stringify(fix.body));
    assert.deepEqual([fix.body.correctsResultId, fix.body.correctionReason, fix.body.versionNo, fix.body.outcome], [failed.id, '阀门已拧紧，复查合格', 1, 'pass']);
    const original = await tech.get<Result>(`/api/v1/checklist-results/${failed.id}`);
    assert.equal(original.body.correctedByResultId, fix.body.id);
    assert.equal(original.body.outcome, 'fail', 'the original is never edited');
    assert.equal(original.body.abilities.correct, false);
    const twice = await tech.post('/api/v1/checklist-results', { ...base(), submit: true, answers, corrects: { resultId: failed.id, reason: '再次更正' } });
    assert.equal(twice.status, 409);
    const current = await head.get<Page<Result>>(`/api/v1/checklist-results?current=true&ownerType=room&ownerId=${roomA}&pageSize=100`);
    assert.ok(!current.body.items.some((r) => r.id === failed.id));
    assert.ok(current.body.items.some((r) => r.id === fix.body.id));
  });

  it('raises a repair from a failed item with one tap, only once', async () => {
    // The repairs module registers the real raiser when its routes load; start from none to see the fallback.
    const noRepairs = registerRepairRaiser(null);
    const url = `/api/v1/checklist-results/${failed.id}/items/gas`;
    const unavailable = await tech.post(`${url}/raise-repair`, {});
    assert.equal(unavailable.status, 409);
    assert.match(String(unavailable.body.message), /报修模块暂不可用/);
    const preview = await tech.get<{ draft: Body; raiserAvailable: boolean; canRaise: boolean }>(`${url}/repair-draft`);
    assert.deepEqual(preview.body.draft, { roomId: roomA, categoryName: '燃气', description: '食堂燃气日检 · 燃气管道无泄漏：不合格；备注：阀门接头' });
    assert.deepEqual([preview.body.raiserAvailable, preview.body.canRaise], [false, false]);

    const restore = registerRepairRaiser(async () => { throw platformError('VALIDATION_FAILED', '报修分类「燃气」不存在'); });
    const refused = await tech.post(`${url}/raise-repair`, {});
    assert.equal(refused.status, 400);
    restore();
    const raisedWith: RepairRaiseRequest[] = [];
    let nextId = 500;
    const restoreAgain = registerRepairRaiser(async (request) => {
      raisedWith.push(request);
      const id = nextId++;
      await recordAudit(request.tx, auditContextOf(request.actor), { entity: 'repair_request', entityId: id, action: 'create', after: { ...request.draft } });
      return { id };
    });
    try {
      assert.equal((await principal.post(`${url}/raise-repair`, {})).status, 403, 'a principal reads checklists but does not report repairs');
      const raised = await tech.post<{ repairRequestId: number; draft: Body; result: Result }>(`${url}/raise-repair`, {});
      assert.equal(raised.status, 200, JSON.stringify(raised.body));
      assert.equal(raised.body.repairRequestId, 500);
      assert.equal(raised.body.draft.description, '食堂燃气日检 · 燃气管道无泄漏：不合格；备注：阀门接头');
      const gas = raised.body.result.items.find((i) => i.key === 'gas');
      assert.deepEqual([gas?.repairRequestId, gas?.abilities.raiseRepair], [500, false]);
      assert.equal(raisedWith[0]?.source.resultId, failed.id);
      assert.equal(raisedWith[0]?.schoolId, w.schoolA);

      const again = await tech.post(`${url}/raise-repair`, {});
      assert.equal(again.status, 409);
      assert.match(String(again.body.message), /已经报修过（报修单 500）/);
      const passed = await tech.post(`/api/v1/checklist-results/${failed.id}/items/light/raise-repair`, {});
      assert.equal(passed.status, 409);
      assert.match(String(passed.body.message), /检查合格，无需报修/);
      assert.equal((await tech.post(`/api/v1/checklist-results/${failed.id}/items/nope/raise-repair`, {})).status, 404);

      const dim = await tech.post<Result>('/api/v1/checklist-results', { ...base(), versionNo: 1, submit: true, answers: { gas: { value: true }, light: { value: 75 } } });
      assert.equal(dim.body.items.find((i) => i.key === 'light')?.abilities.raiseRepair, true);
      const light = await tech.post<{ draft: Body }>(`/api/v1/checklist-results/${dim.body.id}/items/light/raise-repair`, { description: '三楼应急灯只亮了75分钟' });
      assert.equal(light.status, 200);
      assert.deepEqual(light.body.draft, { roomId: roomA, categoryName: '消防', description: '三楼应急灯只亮了75分钟' });
      const lightDraft = await tech.get<{ draft: Body }>(`/api/v1/checklist-results/${dim.body.id}/items/light/repair-draft`);
      assert.equal(lightDraft.body.draft.description, '食堂燃气日检 · 应急照明持续时间：75分钟（不合格，标准：不低于90分钟）');
    } finally {
      restoreAgain();
      noRepairs();
    }
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'after'])
      .where('entity', '=', 'checklist_result').where('entity_id', '=', String(failed.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'submit', 'raise_repair']);
    assert.match(String(audit[2]?.after), /"repair_request_id":500/);
  });

  it('lists with filters and paging within the data scope, and exports the ledger', async () => {
    const fails = await head.get<Page<Result>>(`/api/v1/checklist-results?templateId=${templateId}&outcome=fail&pageSize=1`);
    assert.equal(fails.status, 200);
    assert.equal(fails.body.total, 3);
    assert.equal(fails.body.items.length, 1);
    assert.ok(fails.body.items.every((r) => r.outcome === 'fail'));
    const today = localDate(new Date(), 'Asia/Shanghai');
    const tomorrow = localDate(new Date(Date.now() + 86_400_000), 'Asia/Shanghai');
    assert.equal((await head.get<Page<Result>>(`/api/v1/checklist-results?from=${today}&to=${today}`)).body.total, 6);
    assert.equal((await head.get<Page<Result>>(`/api/v1/checklist-results?from=${tomorrow}`)).body.total, 0);
    assert.equal((await head.get<Page<Result>>('/api/v1/checklist-results?status=draft')).body.total, 0);
    assert.equal((await head.get('/api/v1/checklist-results?sort=password')).status, 400);

    const mine = await head.post<Result>('/api/v1/checklist-results', { templateId, ownerType: 'school', ownerId: w.schoolA });
    assert.equal(mine.status, 200);
    const techList = await tech.get<Page<Result>>('/api/v1/checklist-results?pageSize=100');
    assert.ok(!techList.body.items.some((r) => r.id === mine.body.id), 'a technician sees only the checks they recorded');
    assert.equal((await tech.get(`/api/v1/checklist-results/${mine.body.id}`)).status, 404);
    assert.equal((await principal.get<Page<Result>>('/api/v1/checklist-results?pageSize=100')).body.total, 7);

    assert.equal((await tech.get('/api/v1/checklist-results/export.xlsx')).status, 403);
    const res = await head.get(`/api/v1/checklist-results/export.xlsx?templateId=${templateId}&status=submitted`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const [results, details] = wb.worksheets;
    assert.equal(results?.name, '检查记录');
    assert.equal(results?.getRow(1).getCell(3).value, '检查表');
    assert.equal(results?.rowCount, 7);
    assert.equal(details?.name, '检查明细');
    const gasRow = details?.getRows(2, (details?.rowCount ?? 1) - 1)?.find((r) => r.getCell(1).value === failed.id && r.getCell(6).value === '燃气管道无泄漏');
    assert.deepEqual([gasRow?.getCell(7).value, gasRow?.getCell(8).value, gasRow?.getCell(10).value], ['不合格', '不合格', 500]);
  });
});
