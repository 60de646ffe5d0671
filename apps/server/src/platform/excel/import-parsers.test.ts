import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importCellOf, normalizeHeader } from './import-cells.js';
import { amountFenCell, dateCell, integerCell, optional, parseLooseDate, textCell, yesNoCell } from './import-parsers.js';

const cell = (value: string | number | Date | null) => {
  const c = importCellOf(value);
  if ('error' in c) throw new Error(c.error);
  return c;
};

describe('import cells and parsers', () => {
  it('matches headers regardless of spaces, full-width characters, markers and notes', () => {
    assert.equal(normalizeHeader(' 工 号 '), '工号');
    assert.equal(normalizeHeader('手机号（选填）'), '手机号');
    assert.equal(normalizeHeader('*姓名'), '姓名');
    assert.equal(normalizeHeader('ＩＤ\u3000号'), 'id号');
  });

  it('folds full-width digits in cells and reports formulas without a saved result', () => {
    assert.equal(cell('１３８０００００００１').text, '13800000001');
    assert.deepEqual(importCellOf({ formula: 'A1*2', result: 42 }), { text: '42', value: 42 });
    assert.match((importCellOf({ formula: 'A1*2' }) as { error: string }).error, /公式没有保存计算结果/);
    assert.match((importCellOf({ formula: '1/0', result: { error: '#DIV/0!' } }) as { error: string }).error, /#DIV\/0!/);
    assert.equal(cell(null).text, '');
    assert.deepEqual(importCellOf({ richText: [{ text: '张' }, { text: '三' }] }), { text: '张三', value: '张三' });
  });

  it('reads the date forms found in school ledgers', () => {
    assert.equal(parseLooseDate('2019.9'), '2019-09-01');
    assert.equal(parseLooseDate('2019年9月'), '2019-09-01');
    assert.equal(parseLooseDate('2019年9月15日'), '2019-09-15');
    assert.equal(parseLooseDate('2019-09-01'), '2019-09-01');
    assert.equal(parseLooseDate('2019/9/1'), '2019-09-01');
    assert.equal(parseLooseDate('20190901'), '2019-09-01');
    assert.equal(parseLooseDate('2019-09-01 08:30'), '2019-09-01');
    assert.equal(parseLooseDate('2019-02-30'), undefined);
    assert.equal(parseLooseDate('2019.13'), undefined);
    assert.equal(parseLooseDate('九月'), undefined);
  });

  it('turns Excel dates, serial numbers and year.month numbers into YYYY-MM-DD', () => {
    assert.deepEqual(dateCell(cell(new Date(Date.UTC(2020, 0, 31)))), { value: '2020-01-31' });
    assert.deepEqual(dateCell(cell(43709)), { value: '2019-09-01' });
    assert.deepEqual(dateCell(cell(2019.9)), { value: '2019-09-01' });
    assert.deepEqual(dateCell(cell(2019.12)), { value: '2019-12-01' });
    assert.match((dateCell(cell(2019)) as { error: string }).error, /只有年份/);
    assert.match((dateCell(cell('明年')) as { error: string }).error, /应为日期/);
  });

  it('checks text length and pattern, integers and optional cells', () => {
    const staffNo = textCell({ max: 4, pattern: /^[A-Z0-9]+$/, patternHint: '只能是大写字母和数字' });
    assert.deepEqual(staffNo(cell('AB12')), { value: 'AB12' });
    assert.deepEqual(staffNo(cell('ABCDE')), { error: '不能超过 4 个字符' });
    assert.deepEqual(staffNo(cell('ab')), { error: '只能是大写字母和数字' });
    assert.deepEqual(optional(staffNo)(cell(null)), { value: null });
    const floors = integerCell({ min: 1, max: 50 });
    assert.deepEqual(floors(cell(3)), { value: 3 });
    assert.deepEqual(floors(cell('12')), { value: 12 });
    assert.match((floors(cell('3楼')) as { error: string }).error, /应为整数/);
    assert.match((floors(cell(99)) as { error: string }).error, /1 到 50/);
  });
});

describe('ledger amount and yes/no parsers', () => {
  it('turns the amounts ledgers write into exact fen', () => {
    assert.deepEqual(amountFenCell(cell('1,200.00元')), { value: 120_000 });
    assert.deepEqual(amountFenCell(cell('￥1200')), { value: 120_000 });
    assert.deepEqual(amountFenCell(cell('¥ 3,456.7')), { value: 345_670 });
    assert.deepEqual(amountFenCell(cell('人民币980元整')), { value: 98_000 });
    assert.deepEqual(amountFenCell(cell('１２００．５')), { value: 120_050 });
    assert.deepEqual(amountFenCell(cell(0.1 + 0.2)), { value: 30 });
    assert.deepEqual(amountFenCell(cell(4999.99)), { value: 499_999 });
    assert.match((amountFenCell(cell(12.345)) as { error: string }).error, /两位小数/);
    assert.match((amountFenCell(cell('一千元')) as { error: string }).error, /应为金额/);
    assert.match((amountFenCell(cell('1,20.0')) as { error: string }).error, /应为金额/);
    assert.match((amountFenCell(cell(-5)) as { error: string }).error, /负数/);
  });

  it('reads 是/否 and the ticks people use instead', () => {
    assert.deepEqual(yesNoCell(cell('是')), { value: true });
    assert.deepEqual(yesNoCell(cell('√')), { value: true });
    assert.deepEqual(yesNoCell(cell('否')), { value: false });
    assert.deepEqual(yesNoCell(cell('N')), { value: false });
    assert.match((yesNoCell(cell('也许')) as { error: string }).error, /「是」或「否」/);
  });
});
