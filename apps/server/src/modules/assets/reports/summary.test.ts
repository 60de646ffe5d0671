import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEDGER_ROWS_PER_PAGE, ledgerPageCount } from './ledger-pdf.js';
import { ZERO } from './summary.repository.js';
import { rollUpCategories } from './summary.js';

const cat = (id: number, code: string, name: string, parent: number | null, level: number) => ({ id, code, name, parent_id: parent, level, sort: id });
const CATEGORIES = [
  cat(1, '2000000', '通用设备', null, 1), cat(2, '2010000', '计算机设备及软件', 1, 2), cat(3, '2010000-01', '台式计算机', 2, 3),
  cat(4, '2020000', '办公设备', 1, 2), cat(5, '6000000', '家具、用具、装具及动植物', null, 1),
];
const figures = (cards: number, originalFen: number) => ({ ...ZERO, cards, originalFen, netFen: originalFen });

describe('rollUpCategories', () => {
  it('adds sub-categories into their 大类 and 门类, in the classification order', () => {
    const rows = rollUpCategories([
      { key: 5, label: null, figures: figures(2, 500) },
      { key: 3, label: null, figures: figures(1, 100) },
      { key: 2, label: null, figures: figures(1, 50) },
      { key: 4, label: null, figures: figures(3, 30) },
    ], CATEGORIES);
    assert.deepEqual(rows.map((r) => [r.code, r.cards, r.originalFen]), [['2000000', 5, 180], ['6000000', 2, 500]]);
    assert.deepEqual(rows[0]?.children.map((c) => [c.code, c.cards, c.originalFen]), [['2010000', 2, 150], ['2020000', 3, 30]]);
    assert.deepEqual(rows[1]?.children.map((c) => c.name), ['家具、用具、装具及动植物（未细分）'], 'a card filed on the 门类 itself');
  });
});

describe('ledgerPageCount', () => {
  it('keeps the totals and signatures on the last page, adding one when they do not fit', () => {
    assert.equal(ledgerPageCount(0), 1);
    assert.equal(ledgerPageCount(5), 1);
    assert.equal(ledgerPageCount(LEDGER_ROWS_PER_PAGE), 2, 'a full page leaves no room for the totals');
    assert.equal(ledgerPageCount(LEDGER_ROWS_PER_PAGE * 3 + 1), 4);
  });
});
