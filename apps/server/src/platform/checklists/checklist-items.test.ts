import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../http/errors.js';
import { normalizeChecklistItems } from './checklist-items.js';
import { DEFAULT_CHECKLIST_TEMPLATES } from './default-templates.js';

function fieldsOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 400);
    return err.fields ?? [];
  }
  assert.fail('expected a validation error');
}

describe('normalizeChecklistItems', () => {
  it('fills defaults, generates free keys and drops fields of other types', () => {
    const items = normalizeChecklistItems([
      { key: 'item_1', label: ' 燃气管道无泄漏 ', type: 'pass_fail', required: true, min: 3 },
      { label: '冷藏柜温度', type: 'number', min: 0, max: 8, unit: '℃', options: ['x'] },
      { label: '卫生状况', type: 'choice', options: ['好', '一般', '差'], failOptions: ['差'], raisesRepair: true, repairCategory: ' 保洁 ' },
      { label: '现场照片', type: 'photo', required: true },
    ]);
    assert.deepEqual(items.map((i) => i.key), ['item_1', 'item_2', 'item_3', 'item_4']);
    assert.equal(items[0]?.label, '燃气管道无泄漏');
    assert.equal(items[0]?.min, null);
    assert.deepEqual(items[1]?.options, []);
    assert.equal(items[2]?.repairCategory, '保洁');
    assert.equal(items[3]?.minPhotos, 1, 'a required photo item needs at least one photo');
  });

  it('names the item in every message and reports all problems at once', () => {
    const fields = fieldsOf(() => normalizeChecklistItems([
      { label: '应急照明持续时间', type: 'number', min: 120, max: 90 },
      { label: '卫生状况', type: 'choice', options: ['好'], failOptions: ['差'] },
      { label: '备注', type: 'text', raisesRepair: true },
    ]));
    assert.deepEqual(fields.map((f) => f.field), ['items.0.min', 'items.1.options', 'items.1.failOptions', 'items.2.raisesRepair']);
    assert.match(fields[0]?.message ?? '', /第 1 项「应急照明持续时间」：下限 120 不能大于上限 90/);
    assert.match(fields[2]?.message ?? '', /不合格选项「差」不在选项中/);
    assert.match(fields[3]?.message ?? '', /不判定合格与否/);
  });

  it('refuses duplicate keys and labels, bad keys, and a repair on a number without limits', () => {
    const fields = fieldsOf(() => normalizeChecklistItems([
      { key: 'gas', label: '燃气', type: 'pass_fail' },
      { key: 'gas', label: '电器', type: 'pass_fail' },
      { key: 'Bad-Key', label: '门窗', type: 'pass_fail' },
      { label: '燃气', type: 'pass_fail' },
      { label: '读数', type: 'number', raisesRepair: true },
    ]));
    assert.deepEqual(fields.map((f) => f.field), ['items.1.key', 'items.2.key', 'items.3.label', 'items.4.raisesRepair']);
    assert.match(fields[2]?.message ?? '', /与第 1 项名称相同/);
    assert.match(fields[3]?.message ?? '', /请先填写下限或上限/);
  });

  it('accepts every default template as written', () => {
    for (const t of DEFAULT_CHECKLIST_TEMPLATES) {
      const items = normalizeChecklistItems(t.items);
      assert.ok(items.length >= 4 && items.length <= 8, `${t.name} has 4–8 items`);
    }
  });
});
