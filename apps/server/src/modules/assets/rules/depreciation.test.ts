import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DepreciationPlan, accumulatedAfterPlanMonth, amountOfPlanMonth, monthsToBook, startMonthOf } from './depreciation.js';

const plan = (p: Partial<DepreciationPlan>): DepreciationPlan => ({
  originalFen: 0, lifeMonths: 72, startMonth: '2026-01', openingMonths: 0, openingAccumulatedFen: 0, ...p,
});

describe('straight-line depreciation in fen', () => {
  it('books a ¥5,999 computer over 6 years with the remainder in the last month', () => {
    // 599,900 fen / 72 = 8,331.94… → 71 months of 8,331 and a last month of 8,399.
    const p = plan({ originalFen: 599_900, lifeMonths: 72, startMonth: '2026-03' });
    const months = monthsToBook(p, 0, '2040-12');
    assert.equal(months.length, 72);
    assert.equal(months[0]?.month, '2026-03');
    assert.equal(months[0]?.amountFen, 8_331);
    assert.equal(months[70]?.amountFen, 8_331);
    assert.equal(months[71]?.month, '2032-02');
    assert.equal(months[71]?.amountFen, 599_900 - 8_331 * 71);
    assert.equal(months.reduce((s, m) => s + m.amountFen, 0), 599_900);
    assert.equal(months[71]?.accumulatedFen, 599_900);
  });

  it('depreciates a 50-year building of ¥12,345,678.91 to exactly its value after 600 months', () => {
    const p = plan({ originalFen: 1_234_567_891, lifeMonths: 600, startMonth: '2000-09' });
    const months = monthsToBook(p, 0, '2100-01');
    assert.equal(months.length, 600);
    assert.equal(months[599]?.month, '2050-08');
    let running = 0;
    for (const m of months) { running += m.amountFen; assert.equal(m.accumulatedFen, running); }
    assert.equal(running, 1_234_567_891);
    assert.ok(months.every((m) => Number.isInteger(m.amountFen)));
    // No drift: the 300th month's running total is exactly 300 × floor(value / 600).
    assert.equal(accumulatedAfterPlanMonth(p, 299), 300 * Math.floor(1_234_567_891 / 600));
  });

  it('stops when fully depreciated and books nothing outside the plan', () => {
    const p = plan({ originalFen: 1_000, lifeMonths: 3, startMonth: '2026-01' });
    assert.deepEqual(monthsToBook(p, 0, '2026-12').map((m) => m.amountFen), [333, 333, 334]);
    assert.equal(amountOfPlanMonth(p, 3), 0);
    assert.equal(amountOfPlanMonth(p, -1), 0);
    assert.deepEqual(monthsToBook(p, 3, '2030-01'), []);
  });

  it('books only up to the requested month and resumes where it left off', () => {
    const p = plan({ originalFen: 120_000, lifeMonths: 12, startMonth: '2026-11' });
    const first = monthsToBook(p, 0, '2026-12');
    assert.deepEqual(first.map((m) => m.month), ['2026-11', '2026-12']);
    const next = monthsToBook(p, first.length, '2027-01');
    assert.deepEqual(next, [{ month: '2027-01', amountFen: 10_000, accumulatedFen: 30_000 }]);
  });

  it('stops in the month the asset leaves the books', () => {
    const p = plan({ originalFen: 120_000, lifeMonths: 12, startMonth: '2026-01' });
    assert.deepEqual(monthsToBook(p, 0, '2026-12', '2026-04').map((m) => m.month), ['2026-01', '2026-02', '2026-03']);
  });

  it('continues an imported ledger from its opening balance', () => {
    // Bought 2020-01 for ¥6,000 over 60 months; the old ledger already booked 24 months (¥2,400).
    const p = plan({ originalFen: 600_000, lifeMonths: 60, startMonth: '2020-01', openingMonths: 24, openingAccumulatedFen: 240_000 });
    const months = monthsToBook(p, 0, '2030-01');
    assert.equal(months.length, 36);
    assert.equal(months[0]?.month, '2022-01');
    assert.equal(months[0]?.accumulatedFen, 250_000);
    assert.equal(months[35]?.accumulatedFen, 600_000);
  });

  it('starts in the month recorded by default, or the next month when configured', () => {
    assert.equal(startMonthOf('2026-11-30', 'same_month'), '2026-11');
    assert.equal(startMonthOf('2026-12-01', 'next_month'), '2027-01');
  });
});
