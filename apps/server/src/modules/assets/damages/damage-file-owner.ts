import { hasPermission } from '../../../platform/authz/actor.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';
import { findDamageRow } from './damages.repository.js';

/** Photos of the damage and payment receipts (ownerType "asset_damage"), seen with the record, added by the school's asset staff. */
export function registerDamageFileOwner(): void {
  registerFileOwner('asset_damage', {
    label: '损坏赔偿',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'asset_damage', 'read')) return false;
      return !!(await findDamageRow(db, actor.readableSchoolIds, ownerId));
    },
    async canAttach(db, actor, ownerId) {
      if (actor.schoolId === null || !(hasPermission(actor, 'asset_damage', 'create') || hasPermission(actor, 'asset_damage', 'update'))) return false;
      return !!(await findDamageRow(db, [actor.schoolId], ownerId));
    },
  });
}
