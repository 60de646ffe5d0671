import { hasPermission } from '../../../platform/authz/actor.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';
import { maySubmit } from './room-checks.policy.js';
import { readableCheckOrThrow } from './use-cases/check-sheet.js';

/**
 * Signatures and photos taken during a room check are uploaded to the room's check (ownerType
 * "asset_check"), then named in the submission. Whoever may see the check sees them; only someone
 * who may submit it adds them, and only while the round is open.
 */
export function registerCheckFileOwner(): void {
  registerFileOwner('asset_check', {
    label: '资产清点',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'asset', 'read')) return false;
      return readableCheckOrThrow(db, actor, ownerId).then(() => true, () => false);
    },
    async canAttach(db, actor, ownerId) {
      if (!hasPermission(actor, 'asset', 'read')) return false;
      return readableCheckOrThrow(db, actor, ownerId).then(({ row, responsible }) => maySubmit(actor, row, responsible), () => false);
    },
  });
}
