import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LINE_HEIGHT, blockHeight, fitBlock, fitStack } from './fit-text.js';

// why: a fixed-advance font (every character one em wide) makes the expectations exact.
const measure = (text: string, size: number) => [...text].length * size;

describe('fitting text on a label', () => {
  it('keeps short text at full size on one line', () => {
    assert.deepEqual(fitBlock({ text: '食堂', size: 10, minSize: 5, maxLines: 2 }, 100, measure), { lines: ['食堂'], size: 10, color: '#000000' });
  });

  it('shrinks a little before wrapping, then wraps, then ends in an ellipsis', () => {
    assert.equal(fitBlock({ text: '三年级二班', size: 10, minSize: 5, maxLines: 2 }, 40, measure).size, 8);
    const wrapped = fitBlock({ text: '一二三四五六七八', size: 10, minSize: 5, maxLines: 2 }, 40, measure);
    assert.deepEqual(wrapped.lines, ['一二三四', '五六七八']);
    const cut = fitBlock({ text: '一二三四五六七八九十一二三四五六七八九十', size: 10, minSize: 8, maxLines: 2 }, 40, measure);
    assert.equal(cut.lines.length, 2);
    assert.ok(cut.lines[1]?.endsWith('…'));
    for (const line of cut.lines) assert.ok(measure(line, cut.size) <= 40);
  });

  it('scales a stack down together until it fits the height', () => {
    const blocks = [
      { text: '示范小学', size: 10, minSize: 5, maxLines: 1 },
      { text: '三年级二班', size: 20, minSize: 5, maxLines: 1 },
    ];
    const fitted = fitStack(blocks, 200, 30, 2, measure);
    const total = fitted.reduce((sum, b) => sum + blockHeight(b), 0) + 2;
    assert.ok(total <= 30 + 1e-9, String(total));
    assert.ok((fitted[1]?.size ?? 0) > (fitted[0]?.size ?? 0));
    assert.equal(blockHeight({ lines: ['a', 'b'], size: 10, color: '#000' }), 2 * 10 * LINE_HEIGHT);
  });
});
