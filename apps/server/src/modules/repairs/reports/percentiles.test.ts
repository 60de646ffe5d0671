import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minutesBetween, percentile } from './percentiles.js';

describe('report percentiles', () => {
  it('takes the nearest rank, so the median of an even count is the lower middle value', () => {
    assert.equal(percentile([30, 10, 20, 40], 50), 20);
    assert.equal(percentile([5], 90), 5);
    assert.equal(percentile(Array.from({ length: 10 }, (_, i) => i + 1), 90), 9);
    assert.equal(percentile([], 50), null);
  });

  it('counts whole minutes between instants', () => {
    assert.equal(minutesBetween('2026-11-02T01:00:00.000Z', '2026-11-02T02:30:20.000Z'), 90);
    assert.equal(minutesBetween(null, '2026-11-02T02:30:00.000Z'), null);
  });
});
