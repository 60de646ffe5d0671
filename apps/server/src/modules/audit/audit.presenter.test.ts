import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { auditWorkbook } from './audit.export.js';
import { type AuditRow, changesOf, describeChanges, presentAuditEvent } from './audit.presenter.js';

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1, at: '2026-11-21T06:05:09.000Z', school_id: 1, school_name: '示范小学', actor_id: 7, actor_name: '王老师',
  entity: 'room', entity_id: '12', action: 'update', before: null, after: null, ip: '127.0.0.1', ...over,
});

describe('audit presenter', () => {
  it('turns an update into the changed fields with Chinese labels', () => {
    const dto = presentAuditEvent(row({ before: '{"name":"101","note":null}', after: '{"name":"一(1)班教室","note":"新装空调"}' }));
    assert.equal(dto.entityLabel, '房间');
    assert.equal(dto.actionLabel, '修改');
    assert.deepEqual(dto.changes, [
      { field: 'name', fieldLabel: '名称', before: '101', after: '一(1)班教室' },
      { field: 'note', fieldLabel: '备注', before: null, after: '新装空调' },
    ]);
    assert.equal(describeChanges(dto.changes), '名称：101 → 一(1)班教室；备注：（空） → 新装空调');
  });

  it('shows every filled field of a create and hides bookkeeping columns', () => {
    const after = JSON.stringify({ id: 3, school_id: 1, name: '科学实验室', floor: 3, note: null, created_at: 'x', updated_at: 'x', version: 1 });
    assert.deepEqual(changesOf(null, after).map((c) => [c.field, c.before, c.after]), [['name', null, '科学实验室'], ['floor', null, 3]]);
  });

  it('shows what a delete removed, and labels the login family of actions', () => {
    assert.deepEqual(changesOf('{"name":"旧仓库"}', null), [{ field: 'name', fieldLabel: '名称', before: '旧仓库', after: null }]);
    const labels = ['create', 'delete', 'login', 'login_failed', 'logout', 'password_change', 'password_reset', 'roles']
      .map((action) => presentAuditEvent(row({ action })).actionLabel);
    assert.deepEqual(labels, ['新建', '删除', '登录', '登录失败', '退出', '修改密码', '重置密码', '角色变更']);
  });

  it('keeps nested values readable and tolerates snapshots that are not objects', () => {
    assert.deepEqual(changesOf(null, '{"roles":["teacher","principal"]}'), [
      { field: 'roles', fieldLabel: '角色', before: null, after: '["teacher","principal"]' },
    ]);
    assert.deepEqual(changesOf(null, 'not json'), [{ field: 'value', fieldLabel: 'value', before: null, after: 'not json' }]);
    assert.equal(presentAuditEvent(row({ entity: 'mystery_thing' })).entityLabel, 'mystery_thing', 'unknown entities show their key');
  });
});

describe('audit export workbook', () => {
  async function sheets(body: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb;
  }

  it('writes local times and explains when the export was cut at the limit', async () => {
    const rows = [row({ id: 3 }), row({ id: 2 }), row({ id: 1 })];
    const { body, truncated } = await auditWorkbook(rows, 'Asia/Shanghai', 2);
    assert.equal(truncated, true);
    const wb = await sheets(body);
    const trail = wb.getWorksheet('变更记录');
    assert.equal(trail?.rowCount, 3, 'header plus the two newest rows');
    assert.equal(trail?.getRow(2).getCell(1).value, '2026-11-21 14:05:09');
    assert.match(String(wb.getWorksheet('说明')?.getRow(2).getCell(1).value), /超过 2 条.*只包含最新的 2 条/);
  });

  it('says how many rows there are when nothing was cut', async () => {
    const { truncated, body } = await auditWorkbook([row({})], 'Asia/Shanghai', 2);
    assert.equal(truncated, false);
    assert.match(String((await sheets(body)).getWorksheet('说明')?.getRow(2).getCell(1).value), /共 1 条记录/);
  });
});

describe('audit values as people read them', () => {
  it('labels stored codes and flags instead of showing them raw', () => {
    const changes = changesOf(JSON.stringify({ room_type: 'classroom', active: 1 }), JSON.stringify({ room_type: 'function', active: 0 }));
    assert.deepEqual(changes.map((c) => [c.field, c.before, c.after]), [['room_type', '教室', '功能室'], ['active', '是', '否']]);
  });
});
