import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LABEL_LAYOUTS, labelSlots, labelsPerPage, pageCountFor } from './label-layouts.js';

describe('label layouts', () => {
  it('keeps every label inside its page', () => {
    for (const layout of Object.values(LABEL_LAYOUTS)) {
      for (const slot of labelSlots(layout, labelsPerPage(layout))) {
        assert.ok(slot.xMm >= 0 && slot.xMm + layout.labelWidthMm <= layout.pageWidthMm + 1e-9, layout.key);
        assert.ok(slot.yMm >= 0 && slot.yMm + layout.labelHeightMm <= layout.pageHeightMm + 1e-9, layout.key);
        assert.equal(slot.page, 0);
      }
    }
  });

  it('skips used slots on the first sheet only', () => {
    const layout = LABEL_LAYOUTS['a4-3x8'];
    const slots = labelSlots(layout, 3, 23);
    assert.deepEqual(slots.map((s) => s.page), [0, 0, 1]);
    assert.deepEqual([slots[0]?.xMm, slots[0]?.yMm], [70, 0.5 + 7 * 37]);
    assert.deepEqual([slots[2]?.xMm, slots[2]?.yMm], [0, 0.5]);
    assert.equal(pageCountFor(layout, 3, 23), 2);
    assert.equal(pageCountFor(layout, 24), 1);
    assert.equal(pageCountFor(LABEL_LAYOUTS['single-40x30'], 5), 5);
  });
});
