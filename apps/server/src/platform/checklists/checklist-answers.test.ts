import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../http/errors.js';
import { type Answers, checkAnswers, evaluateChecklist } from './checklist-answers.js';
import { normalizeChecklistItems } from './checklist-items.js';
import { repairDraftOf } from './repair-raiser.js';

const items = normalizeChecklistItems([
  { key: 'gas', label: '燃气管道无泄漏', type: 'pass_fail', required: true, raisesRepair: true, repairCategory: '燃气' },
  { key: 'light', label: '应急照明持续时间', type: 'number', min: 90, unit: '分钟', raisesRepair: true },
  { key: 'fridge', label: '冷藏柜温度', type: 'number', min: 0, max: 8, unit: '℃' },
  { key: 'hygiene', label: '卫生状况', type: 'choice', options: ['好', '一般', '差'], failOptions: ['差'] },
  { key: 'issues', label: '存在问题', type: 'choice', multiple: true, options: ['漏水', '漏电', '异响'] },
  { key: 'photos', label: '现场照片', type: 'photo', minPhotos: 2 },
  { key: 'sign', label: '检查人签名', type: 'signature' },
  { key: 'note', label: '备注', type: 'text' },
]);

const valid: Answers = { gas: { value: true } };

function errorsOf(answers: Answers, opts: { versionNo: number; partial?: boolean } = { versionNo: 1 }): { field: string; message: string }[] {
  try {
    checkAnswers(items, answers, opts);
  } catch (err) {
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 400);
    return err.fields ?? [];
  }
  return [];
}

describe('checkAnswers', () => {
  it('requires required items unless a draft is being saved', () => {
    assert.deepEqual(errorsOf({}).map((e) => e.message), ['「燃气管道无泄漏」为必填项']);
    assert.deepEqual(errorsOf({ gas: { value: null } }).map((e) => e.field), ['answers.gas']);
    assert.deepEqual(errorsOf({}, { versionNo: 1, partial: true }), []);
  });

  it('checks each type and names the item', () => {
    const errors = errorsOf({
      gas: { value: '合格' }, light: { value: '九十' }, hygiene: { value: ['好'] }, issues: { value: ['漏水', '冒烟'] },
      photos: { value: [5] }, sign: { value: 'me' }, note: { value: 7 },
    });
    assert.deepEqual(errors.map((e) => e.message), [
      '「燃气管道无泄漏」应选择合格或不合格',
      '「应急照明持续时间」应填写数字',
      '「卫生状况」只能选择一项',
      '「存在问题」「冒烟」不是可选的选项（可选：漏水、漏电、异响）',
      '「现场照片」至少需要 2 张照片',
      '「检查人签名」应为已上传的签名图片',
      '「备注」应填写文字',
    ]);
  });

  it('refuses a choice outside the options and repeated photos', () => {
    assert.match(errorsOf({ ...valid, hygiene: { value: '很差' } })[0]?.message ?? '', /「很差」不是可选的选项/);
    assert.match(errorsOf({ ...valid, photos: { value: [3, 3] } })[0]?.message ?? '', /不能重复使用/);
  });

  it('refuses answers keyed to items of another version', () => {
    const errors = errorsOf({ ...valid, hose: { value: true } }, { versionNo: 3 });
    assert.deepEqual(errors.map((e) => e.field), ['answers.hose']);
    assert.match(errors[0]?.message ?? '', /不是这份检查表第 3 版的检查项/);
  });

  it('returns the photo and signature files to check', () => {
    const files = checkAnswers(items, { ...valid, photos: { value: [4, 5] }, sign: { value: 9 } }, { versionNo: 1 });
    assert.deepEqual(files.map((f) => [f.itemKey, f.fileId]), [['photos', 4], ['photos', 5], ['sign', 9]]);
    assert.equal(files[2]?.label, '检查人签名');
  });

  it('does not treat a reading outside the limits as a mistake', () => {
    assert.deepEqual(errorsOf({ ...valid, light: { value: 30 }, fridge: { value: -4 } }), []);
  });
});

describe('evaluateChecklist', () => {
  const outcomeOf = (answers: Answers, key: string) => evaluateChecklist(items, answers).items.find((i) => i.key === key)?.outcome;

  it('treats limits as inclusive', () => {
    assert.equal(outcomeOf({ light: { value: 90 } }, 'light'), 'pass');
    assert.equal(outcomeOf({ light: { value: 89.5 } }, 'light'), 'out_of_limit');
    assert.equal(outcomeOf({ fridge: { value: 0 } }, 'fridge'), 'pass');
    assert.equal(outcomeOf({ fridge: { value: 8 } }, 'fridge'), 'pass');
    assert.equal(outcomeOf({ fridge: { value: 8.1 } }, 'fridge'), 'out_of_limit');
  });

  it('judges pass_fail and failing choices, and leaves blanks and records unjudged', () => {
    const e = evaluateChecklist(items, {
      gas: { value: false, remark: ' 三楼东侧接头 ' }, hygiene: { value: '差' }, issues: { value: ['漏水'] }, note: { value: '' },
    });
    const by = Object.fromEntries(e.items.map((i) => [i.key, i]));
    assert.equal(by.gas?.outcome, 'fail');
    assert.equal(by.gas?.remark, '三楼东侧接头');
    assert.equal(by.hygiene?.outcome, 'fail');
    assert.equal(by.issues?.outcome, 'na', 'a choice without failing options is only recorded');
    assert.equal(by.light?.outcome, 'na');
    assert.equal(by.note?.value, null);
    assert.equal(e.outcome, 'fail');
    assert.equal(e.failedCount, 2);
  });

  it('passes overall when nothing fails', () => {
    const e = evaluateChecklist(items, { gas: { value: true }, light: { value: 120 }, hygiene: { value: '一般' } });
    assert.equal(e.outcome, 'pass');
    assert.equal(e.failedCount, 0);
  });
});

describe('repairDraftOf', () => {
  const [gas, light] = items;
  it('describes a failed item the way a person would report it', () => {
    const draft = repairDraftOf({ templateName: '每周检查食堂燃气管道和电器', item: gas!, value: false, remark: '三楼东侧接头', outcome: 'fail', roomId: 7 });
    assert.deepEqual(draft, { roomId: 7, categoryName: '燃气', description: '每周检查食堂燃气管道和电器 · 燃气管道无泄漏：不合格；备注：三楼东侧接头' });
  });

  it('adds the limit to a reading out of range', () => {
    const draft = repairDraftOf({ templateName: '每周检查照明', item: light!, value: 75, remark: null, outcome: 'out_of_limit', roomId: null });
    assert.equal(draft.description, '每周检查照明 · 应急照明持续时间：75分钟（不合格，标准：不低于90分钟）');
    assert.equal(draft.categoryName, null);
  });
});
