import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_NUMBERING_PATTERN, formatNumber, numberingProblem, numberingScope } from './numbering.js';

describe('asset numbering patterns', () => {
  it('renders prefix + year + category + padded sequence', () => {
    const scope = numberingScope(DEFAULT_NUMBERING_PATTERN, { acquiredOn: '2026-09-01', categoryCode: '2010000-01' });
    assert.equal(scope, 'ZC2026201#4');
    assert.equal(formatNumber(scope, 7), 'ZC20262010007');
    assert.equal(formatNumber(scope, 12345), 'ZC202620112345');
  });

  it('keys the sequence by everything else, so it restarts per year and category', () => {
    const p = 'SF-{YY}{MM}-{CAT}-{SEQ:3}';
    assert.equal(numberingScope(p, { acquiredOn: '2025-03-15', categoryCode: '6010000' }), 'SF-2503-6010000-#3');
    assert.notEqual(numberingScope(p, { acquiredOn: '2026-03-15', categoryCode: '6010000' }), numberingScope(p, { acquiredOn: '2025-03-15', categoryCode: '6010000' }));
  });

  it('explains unusable patterns', () => {
    assert.match(numberingProblem('ZC{YYYY}') ?? '', /流水号/);
    assert.match(numberingProblem('ZC{SEQ:4}{SEQ:2}') ?? '', /流水号/);
    assert.match(numberingProblem('ZC{YEAR}{SEQ:4}') ?? '', /占位符/);
    assert.match(numberingProblem('资产{SEQ:4}') ?? '', /字母、数字/);
    assert.equal(numberingProblem('ZC{YYYY}{CAT:3}{SEQ:4}'), null);
  });
});
