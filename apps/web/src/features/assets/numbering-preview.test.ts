import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previewNumber } from './numbering-preview';

test('the default pattern gives the README example', () => {
  assert.deepEqual(previewNumber('ZC{YYYY}{CAT:3}{SEQ:4}', '2026-03-01', '2010000-01'), { example: 'ZC20262010001', problem: null });
});

test('month, short year and the whole category code', () => {
  assert.equal(previewNumber('{YY}{MM}-{CAT}-{SEQ:3}', '2025-09-15', '6010000').example, '2509-6010000-001');
});

test('says what is wrong instead of an example', () => {
  assert.match(previewNumber('ZC{YYYY}', '2026-01-01', '2').problem ?? '', /流水号/);
  assert.match(previewNumber('ZC{DD}{SEQ:4}', '2026-01-01', '2').problem ?? '', /占位符/);
  assert.match(previewNumber('资产{SEQ:4}', '2026-01-01', '2').problem ?? '', /字母、数字/);
});
