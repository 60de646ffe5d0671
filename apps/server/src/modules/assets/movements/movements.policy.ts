import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import type { MovementRow, MovementScope } from './movements.repository.js';
import type { Abilities } from './movements.schemas.js';

/** 保管员 / 总务主任: may act on every document of their school (hand out, take back, confirm for others). */
export function isMovementManager(actor: Actor): boolean {
  return hasPermission(actor, 'asset_movement', 'update') && (actor.dataScope === 'school' || actor.dataScope === 'district');
}

/** Facts about the reader and the document that the row alone does not hold. */
export interface MovementContext { receiverIsMe: boolean }

/**
 * The steps the reader may take now. The server checks the same rules again on each step; the UI
 * shows buttons from here. Approving one's own request is refused (不相容职务分离).
 */
export function movementAbilities(
  actor: Actor, row: Pick<MovementRow, 'school_id' | 'kind' | 'status' | 'requester_id' | 'to_custodian_id' | 'pending_request_id'>, ctx: MovementContext,
): Abilities {
  const own = actor.schoolId === row.school_id;
  const manager = own && isMovementManager(actor);
  const requester = own && row.requester_id === actor.userId;
  const approver = own && hasPermission(actor, 'asset_movement', 'approve') && !requester;
  const s = row.status;
  const approvable = s === 'submitted' && row.kind !== 'store_return';
  return {
    submit: s === 'draft' && (requester || manager),
    approve: approvable && approver,
    reject: (approvable && approver) || (s === 'submitted' && row.kind === 'store_return' && manager)
      || (s === 'approved' && row.kind === 'transfer' && own && (ctx.receiverIsMe || manager)),
    receive: own && ((s === 'approved' && row.kind === 'transfer' && (ctx.receiverIsMe || manager)) || (s === 'submitted' && row.kind === 'store_return' && manager)),
    lend: s === 'approved' && row.kind === 'loan' && manager,
    return: s === 'lent' && row.kind === 'loan' && manager,
    cancel: (s === 'draft' || s === 'submitted' || s === 'approved') && (requester || manager),
    // The borrower may ask for more time but not grant it: only the one who lends may extend.
    extend: s === 'lent' && row.kind === 'loan' && manager,
    requestExtension: s === 'lent' && row.kind === 'loan' && own && row.to_custodian_id === actor.userId && row.pending_request_id === null,
    decideExtension: s === 'lent' && row.kind === 'loan' && manager && row.pending_request_id !== null,
  };
}

/** Managers and school-wide readers see every document of their schools; a teacher those involving them. */
export function movementScopeOf(actor: Actor, myRoomIds: ReadonlySet<number>): MovementScope {
  if (actor.dataScope === 'school' || actor.dataScope === 'district') return { schoolIds: actor.readableSchoolIds, involved: null };
  return { schoolIds: actor.schoolId === null ? [] : [actor.schoolId], involved: { userId: actor.userId, roomIds: [...myRoomIds] } };
}
