import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../../../platform/authz/actor.js';
import { mayDecide, mayScan, runsStocktake } from './stocktakes.policy.js';
import { codeFromScan } from './use-cases/scan-asset.js';

const actor = (permissions: string[], over: Partial<Actor> = {}): Actor => ({
  userId: 7, name: 't', staffNo: 't', schoolId: 1, districtId: null, departmentId: null, roles: [], permissions: new Set(permissions),
  dataScope: 'own', readableSchoolIds: [1], mustChangePassword: false, sessionId: 's', ip: null, ...over,
});
const counting = { school_id: 1, status: 'counting', reconciled_at: null };
const teacher = actor(['asset_stocktake:read', 'asset_stocktake:update']);
const keeper = actor(['asset_stocktake:read', 'asset_stocktake:create', 'asset_stocktake:update', 'asset_stocktake:approve'], { dataScope: 'school' });

describe('stocktake policy', () => {
  it('lets a teacher scan only where listed, and only while counting in their own school', () => {
    assert.equal(mayScan(teacher, counting, true), true);
    assert.equal(mayScan(teacher, counting, false), false);
    assert.equal(mayScan(teacher, { ...counting, status: 'reconciling' }, true), false);
    assert.equal(mayScan(teacher, { ...counting, school_id: 2 }, true), false);
    assert.equal(mayScan(keeper, counting, false), true, 'the storekeeper may scan in any of their school');
  });

  it('runs and decides only in the own school, deciding only once reconciled', () => {
    assert.equal(runsStocktake(teacher, counting), false);
    assert.equal(runsStocktake(keeper, counting), true);
    assert.equal(mayDecide(keeper, { school_id: 1, status: 'reconciling', reconciled_at: null }), false);
    assert.equal(mayDecide(keeper, { school_id: 1, status: 'reconciling', reconciled_at: '2026-11-21T00:00:00Z' }), true);
    assert.equal(mayDecide(keeper, { school_id: 1, status: 'closed', reconciled_at: '2026-11-21T00:00:00Z' }), false);
  });

  it('reads a label URL or a typed code', () => {
    assert.equal(codeFromScan('https://houqin.example.cn/q/7KXM2PQR9A'), '7KXM2PQR9A');
    assert.equal(codeFromScan(' 7kxm-2pqr9a '), '7KXM2PQR9A');
    assert.equal(codeFromScan('https://example.cn/other'), undefined);
  });
});
