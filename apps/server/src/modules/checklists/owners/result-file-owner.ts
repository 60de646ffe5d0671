import { hasPermission } from '../../../platform/authz/actor.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';
import { findResultRow, resultReadScope } from '../checklist-results.repository.js';

/**
 * Photos and signatures taken while filling in a checklist are uploaded to the draft result
 * (ownerType "checklist_result"), then named in its answers. They are seen by whoever may see
 * the result; only the person filling in the draft adds them, and never once it is submitted.
 */
export function registerResultFileOwner(): void {
  registerFileOwner('checklist_result', {
    label: '检查记录',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'checklist', 'read')) return false;
      return (await findResultRow(db, resultReadScope(actor), ownerId)) !== undefined;
    },
    async canAttach(db, actor, ownerId) {
      if (!hasPermission(actor, 'checklist', 'read') || actor.schoolId === null) return false;
      const row = await findResultRow(db, { schoolIds: [actor.schoolId] }, ownerId);
      return row !== undefined && row.status === 'draft' && row.started_by === actor.userId;
    },
  });
}
