import { hasPermission } from '../../../platform/authz/actor.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';
import { mayManage } from './disposals.policy.js';
import { findDisposalRow } from './disposals.repository.js';

/**
 * Appraisal reports, 会议纪要 and scans of paper 批复 hang on the request (ownerType "asset_disposal"):
 * read by whoever may read the request (the district's bureau too), added by the school's asset
 * staff while the request is still open.
 */
export function registerDisposalFileOwner(): void {
  registerFileOwner('asset_disposal', {
    label: '报废申请',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'asset_disposal', 'read')) return false;
      return !!(await findDisposalRow(db, actor.readableSchoolIds, ownerId));
    },
    async canAttach(db, actor, ownerId) {
      if (actor.schoolId === null) return false;
      const row = await findDisposalRow(db, [actor.schoolId], ownerId);
      return !!row && (row.status === 'in_approval' || row.status === 'approved') && (mayManage(actor, row.school_id) || row.created_by === actor.userId);
    },
  });
}
