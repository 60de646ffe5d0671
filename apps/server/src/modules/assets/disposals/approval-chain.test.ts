import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TIERS, chainFor, nextStep, tierFor, tierProblem } from './approval-chain.js';

describe('disposal approval chain by value tier', () => {
  it('follows the §2.7 example at the boundaries', () => {
    assert.deepEqual(chainFor(tierFor(DEFAULT_TIERS, 49_999, false)), ['asset_review', 'collective', 'principal']);
    assert.deepEqual(chainFor(tierFor(DEFAULT_TIERS, 50_000, false)), ['asset_review', 'collective', 'principal', 'bureau']);
    assert.deepEqual(chainFor(tierFor(DEFAULT_TIERS, 100_000, false)), ['asset_review', 'collective', 'principal', 'bureau']);
    assert.deepEqual(chainFor(tierFor(DEFAULT_TIERS, 100_001, false)), ['asset_review', 'collective', 'principal', 'bureau', 'finance_bureau']);
  });
  it('sends land and buildings to the top tier whatever the value', () => {
    assert.deepEqual(tierFor(DEFAULT_TIERS, 100, true).approvals, ['principal', 'bureau', 'finance_bureau']);
  });
  it('walks the chain and validates tiers', () => {
    assert.equal(nextStep(['asset_review', 'collective', 'principal'], 'collective'), 'principal');
    assert.equal(nextStep(['asset_review', 'collective', 'principal'], 'principal'), null);
    assert.equal(tierProblem([{ minFen: 100, approvals: ['principal'] }]), '第一个审批档次必须从 0 元起');
    assert.equal(tierProblem(DEFAULT_TIERS), null);
  });
});
