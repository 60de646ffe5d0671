import { hasPermission } from '../../platform/authz/actor.js';
import { registerFileOwner } from '../../platform/files/file-owners.js';
import { assetScopeOf, findAssetRows } from './assets.repository.js';

/**
 * Photos and attachments of a card (invoice 发票, warranty 保修卡, acceptance form): seen by whoever
 * may see the card, added by whoever may edit it.
 */
export function registerAssetFileOwner(): void {
  registerFileOwner('asset', {
    label: '资产',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'asset', 'read')) return false;
      return (await findAssetRows(db, assetScopeOf(actor), [ownerId])).length > 0;
    },
    async canAttach(db, actor, ownerId) {
      if (!hasPermission(actor, 'asset', 'update') || actor.schoolId === null) return false;
      const card = await db.selectFrom('assets').select('id').where('id', '=', ownerId).where('school_id', '=', actor.schoolId).executeTakeFirst();
      return !!card;
    },
  });
}
