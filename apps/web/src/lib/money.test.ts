import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fenOf, money } from './money';
import { lifeText } from '../features/assets/life-text';

test('amounts in fen read as 元 with separators and two decimals', () => {
  assert.equal(money(2_680_000), '¥26,800.00');
  assert.equal(money(5), '¥0.05');
});

test('元 typed with binary fractions still become exact fen', () => {
  assert.equal(fenOf(0.1 + 0.2), 30);
  assert.equal(fenOf(1280.07), 128_007);
});

test('lives in months read in years', () => {
  assert.equal(lifeText(72), '6 年');
  assert.equal(lifeText(66), '5 年 6 个月');
  assert.equal(lifeText(8), '8 个月');
  assert.equal(lifeText(null), '—');
});
