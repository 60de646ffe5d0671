import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_THRESHOLDS, accountingClassOf, thresholdFor, thresholdProblem } from './thresholds.js';

const SPECIAL = ['3000000-01', '3000000'];
const COMPUTER = ['2010000-01', '2010000', '2000000'];

describe('capitalisation thresholds by date and category', () => {
  it('applies ¥1,500 to 专用设备 before 2022-03-01 and ¥1,000 from that day', () => {
    assert.equal(thresholdFor(DEFAULT_THRESHOLDS, SPECIAL, '2021-06-30'), 150_000);
    assert.equal(thresholdFor(DEFAULT_THRESHOLDS, SPECIAL, '2022-02-28'), 150_000);
    assert.equal(thresholdFor(DEFAULT_THRESHOLDS, SPECIAL, '2022-03-01'), 100_000);
    assert.equal(thresholdFor(DEFAULT_THRESHOLDS, COMPUTER, '2019-05-01'), 100_000);
  });

  it('uses the earliest rule for purchases older than every rule', () => {
    assert.equal(thresholdFor(DEFAULT_THRESHOLDS, SPECIAL, '2005-01-01'), 150_000);
  });

  it('lets a local rule for one category override the general rule of the same date', () => {
    const rules = [...DEFAULT_THRESHOLDS, { categoryCode: '3000000', effectiveFrom: '2022-03-01', amountFen: 150_000 }];
    assert.equal(thresholdFor(rules, SPECIAL, '2024-01-01'), 150_000);
    assert.equal(thresholdFor(rules, COMPUTER, '2024-01-01'), 100_000);
  });

  it('classes items below the threshold as 低值耐用品, per unit', () => {
    assert.equal(accountingClassOf(99_999, 1, 100_000), 'low_value');
    assert.equal(accountingClassOf(100_000, 1, 100_000), 'fixed');
    assert.equal(accountingClassOf(299_997, 3, 100_000), 'low_value');
    assert.equal(accountingClassOf(5, 1, null), 'fixed');
  });

  it('rejects duplicate rules and a list without a general rule', () => {
    assert.match(thresholdProblem([...DEFAULT_THRESHOLDS, DEFAULT_THRESHOLDS[0]!])?.message ?? '', /只能有一条/);
    assert.match(thresholdProblem([{ categoryCode: '3000000', effectiveFrom: '2022-03-01', amountFen: 1 }])?.message ?? '', /全部分类/);
    assert.equal(thresholdProblem(DEFAULT_THRESHOLDS), null);
  });
});
