import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PERMISSIONS, ROLE_KEYS, can, isPermission, permissionsOf } from '@houqin/contracts';
import { widestScope } from './actor.js';
import { defaultRoleSetting } from './role-settings.js';

describe('permission resolver', () => {
  it('denies by default and allows only explicit grants', () => {
    const granted = new Set(permissionsOf({ room: ['read'] }));
    assert.equal(can(granted, 'room', 'read'), true);
    assert.equal(can(granted, 'room', 'update'), false);
    assert.equal(can(granted, 'user', 'read'), false);
    assert.equal(can(new Set(), 'room', 'read'), false);
  });

  it('gives every built-in role a row, and keeps teachers and inspectors away from writes', () => {
    for (const role of ROLE_KEYS) assert.ok(DEFAULT_PERMISSIONS[role], role);
    const teacher = new Set(defaultRoleSetting('teacher').permissions);
    assert.equal(can(teacher, 'room', 'read'), true);
    assert.equal(can(teacher, 'room', 'update'), false);
    assert.equal(can(teacher, 'user', 'read'), false);
    const inspector = new Set(defaultRoleSetting('inspector').permissions);
    // The bureau reads, exports and prints what it inspects; its one write is its own step in a disposal's approval chain.
    for (const p of inspector) {
      if (p !== 'asset_disposal:approve') assert.match(p, /:(read|export|print)$/, `inspector must not write, has ${p}`);
    }
    assert.equal(defaultRoleSetting('inspector').dataScope, 'district');
  });

  it('lets the school administrator manage users and roles but not delete the audit trail', () => {
    const admin = new Set(defaultRoleSetting('sysadmin').permissions);
    assert.equal(can(admin, 'user', 'create'), true);
    assert.equal(can(admin, 'role', 'update'), true);
    assert.equal(can(admin, 'audit', 'delete'), false);
    assert.equal(can(admin, 'audit', 'update'), false);
  });

  it('recognises only vocabulary permissions', () => {
    assert.equal(isPermission('room:read'), true);
    assert.equal(isPermission('room:fly'), false);
    assert.equal(isPermission('rocket:read'), false);
    assert.equal(isPermission('room:read:extra'), false);
  });

  it('takes the widest data scope across several roles', () => {
    assert.equal(widestScope(['own', 'school']), 'school');
    assert.equal(widestScope(['own']), 'own');
    assert.equal(widestScope([]), 'own');
    assert.equal(widestScope(['department', 'district', 'school']), 'district');
  });
});
