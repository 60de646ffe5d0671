import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forEachLimited } from './for-each-limited.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('forEachLimited', () => {
  it('does every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      done.push(n);
      running -= 1;
    });
    assert.deepEqual([...done].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(most, 3);
  });

  it('stops starting new items after a failure and reports it once the running ones end', async () => {
    const started: number[] = [];
    let settled = 0;
    await assert.rejects(forEachLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await tick();
      settled += 1;
      if (n === 2) throw new Error('第 2 所学校失败');
    }), /第 2 所学校失败/);
    assert.ok(!started.includes(5) && !started.includes(6), `started ${started.join(',')}`);
    assert.equal(settled, started.length, 'nothing left running');
  });
});
