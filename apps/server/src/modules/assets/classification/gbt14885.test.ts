import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLASSIFICATION } from './gbt14885.js';

describe('shipped classification data', () => {
  it('has unique codes and parents that come before their children', () => {
    const seen = new Set<string>();
    for (const r of CLASSIFICATION) {
      assert.ok(!seen.has(r.code), `duplicate ${r.code}`);
      if (r.parent !== null) assert.ok(seen.has(r.parent), `${r.code} before its parent ${r.parent}`);
      seen.add(r.code);
    }
  });

  it('gives every depreciable leaf a life through itself or a parent', () => {
    const byCode = new Map(CLASSIFICATION.map((r) => [r.code, r]));
    const lifeOf = (code: string | null): number | null => {
      const r = code ? byCode.get(code) : undefined;
      return r ? r.lifeYears ?? lifeOf(r.parent) : null;
    };
    const parents = new Set(CLASSIFICATION.map((r) => r.parent));
    for (const r of CLASSIFICATION.filter((x) => x.depreciable && !parents.has(x.code))) {
      assert.ok(lifeOf(r.code), `${r.code} ${r.name} has no life`);
    }
    assert.equal(byCode.get('2010000')?.lifeYears, 6);
    assert.equal(byCode.get('1020000-02')?.lifeYears, 50);
  });

  it('never depreciates land, relics, books and archives', () => {
    for (const code of ['1010000', '4000000', '5000000', '5010000']) {
      assert.equal(CLASSIFICATION.find((r) => r.code === code)?.depreciable, false, code);
    }
  });
});
