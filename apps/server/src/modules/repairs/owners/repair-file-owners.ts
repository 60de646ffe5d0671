import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';
import { readScopeOf } from '../repair-context.js';
import { isRequestOpen } from '../repair-request.state.js';
import { checkWorkOrderAction } from '../repairs.policy.js';
import { findItemByRequest, findItemByWorkOrder } from '../repairs.repository.js';

const canReport = (a: Actor) => hasPermission(a, 'repair', 'create') || hasPermission(a, 'work_order', 'update');

/**
 * Who sees and adds repair photos:
 * - repair_draft: a photo just taken, owned by its uploader (ownerId = their user id) until the
 *   report, 跟进 or completion that uses it moves it onto its record;
 * - repair_request: whoever may read the request (or the request it was merged into); added by
 *   its followers while it is being handled, or by staff who triage;
 * - work_order: whoever may read the work order; added by its technician while working on it.
 */
export function registerRepairFileOwners(): void {
  registerFileOwner('repair_draft', {
    label: '报修照片',
    async canRead(_db, actor, ownerId) {
      return actor.schoolId !== null && ownerId === actor.userId;
    },
    async canAttach(_db, actor, ownerId) {
      return actor.schoolId !== null && ownerId === actor.userId && canReport(actor);
    },
  });

  registerFileOwner('repair_request', {
    label: '报修单',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'repair', 'read') && !hasPermission(actor, 'work_order', 'read')) return false;
      const { scope } = await readScopeOf(db, actor);
      const row = await findItemByRequest(db, { schoolIds: scope.schoolIds, own: null }, ownerId);
      if (!row) return false;
      if (await findItemByRequest(db, scope, ownerId)) return true;
      return row.merged_into_id !== null && !!(await findItemByRequest(db, scope, row.merged_into_id));
    },
    async canAttach(db, actor, ownerId) {
      if (!canReport(actor) || actor.schoolId === null) return false;
      const { scope } = await readScopeOf(db, actor);
      const row = await findItemByRequest(db, scope, ownerId);
      return !!row && row.school_id === actor.schoolId && isRequestOpen(row.status, row.wo_status);
    },
  });

  registerFileOwner('work_order', {
    label: '工单',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'repair', 'read') && !hasPermission(actor, 'work_order', 'read')) return false;
      const { scope } = await readScopeOf(db, actor);
      return !!(await findItemByWorkOrder(db, scope, ownerId));
    },
    async canAttach(db, actor, ownerId) {
      const { ra, scope } = await readScopeOf(db, actor);
      const row = await findItemByWorkOrder(db, scope, ownerId);
      if (!row || row.wo_status === null) return false;
      const facts = {
        schoolId: row.school_id, status: row.wo_status, assigneeId: row.assignee_id, teamId: row.team_id, requesterId: row.requester_id, contractorId: row.contractor_id,
      };
      // Photos belong to the work itself: whoever may pause or complete it may add them.
      return checkWorkOrderAction(ra, facts, 'complete').ok || checkWorkOrderAction(ra, facts, 'resume').ok;
    },
  });
}
