import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_COMPENSATION, proposeCompensation } from './compensation.js';

describe('compensation proposal', () => {
  it('charges the full net value for human damage, rounded to yuan', () => {
    const p = proposeCompensation(DEFAULT_COMPENSATION, 'human', 98_740, null);
    assert.equal(p.amountFen, 98_700);
    assert.equal(p.basisKind, 'net_value');
    assert.match(p.text, /净值 ¥987\.40 × 人为 100% = ¥987\.00/);
  });
  it('halves for an accident and charges nothing for wear', () => {
    assert.equal(proposeCompensation(DEFAULT_COMPENSATION, 'accident', 120_000, null).amountFen, 60_000);
    assert.equal(proposeCompensation(DEFAULT_COMPENSATION, 'wear', 120_000, null).amountFen, 0);
  });
  it('uses the repair cost when a work order has booked one, and never exceeds the basis', () => {
    const p = proposeCompensation({ ...DEFAULT_COMPENSATION, minimumFen: 5_000 }, 'human', 120_000, 3_050);
    assert.equal(p.basisKind, 'repair_cost');
    assert.equal(p.amountFen, 3_050);
    assert.equal(proposeCompensation({ ...DEFAULT_COMPENSATION, minimumFen: 5_000 }, 'accident', 120_000, 8_000).amountFen, 5_000);
  });
});
