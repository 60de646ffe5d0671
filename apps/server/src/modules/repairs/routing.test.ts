import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RoutingRule, matchRoutingRule } from './routing.js';

const WATER = 1;
const POWER = 2;
const rule = (id: number, over: Partial<RoutingRule>): RoutingRule => ({
  id, categoryId: null, campusId: null, buildingId: null, teamId: null, assigneeId: 100 + id, sort: 0, active: true, ...over,
});

describe('routing rules (category × place → team or technician)', () => {
  const rules = [
    rule(1, { buildingId: 7 }),
    rule(2, { categoryId: WATER, teamId: 50, assigneeId: null }),
    rule(3, { categoryId: WATER, buildingId: 7 }),
    rule(4, { campusId: 3 }),
    rule(5, {}),
  ];

  it('prefers category and building, then category alone, then the place, then the catch-all', () => {
    assert.equal(matchRoutingRule(rules, { categoryId: WATER, campusId: 3, buildingId: 7 })?.id, 3);
    assert.equal(matchRoutingRule(rules, { categoryId: WATER, campusId: 3, buildingId: 8 })?.id, 2);
    assert.equal(matchRoutingRule(rules, { categoryId: POWER, campusId: 3, buildingId: 7 })?.id, 1);
    assert.equal(matchRoutingRule(rules, { categoryId: POWER, campusId: 3, buildingId: null })?.id, 4);
    assert.equal(matchRoutingRule(rules, { categoryId: POWER, campusId: 9, buildingId: null })?.id, 5);
  });

  it('ignores inactive and target-less rules, and answers undefined when nothing matches', () => {
    const only = [rule(1, { categoryId: WATER, active: false }), rule(2, { categoryId: WATER, assigneeId: null })];
    assert.equal(matchRoutingRule(only, { categoryId: WATER, campusId: null, buildingId: null }), undefined);
    assert.equal(matchRoutingRule([], { categoryId: WATER, campusId: null, buildingId: null }), undefined);
  });

  it('breaks ties by sort order, then by the older rule', () => {
    const tied = [rule(9, { categoryId: WATER, sort: 2 }), rule(8, { categoryId: WATER, sort: 1 }), rule(7, { categoryId: WATER, sort: 1 })];
    assert.equal(matchRoutingRule(tied, { categoryId: WATER, campusId: null, buildingId: null })?.id, 7);
  });
});
