import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { forbidden } from '../../../platform/http/errors.js';
import type { CheckRoomRow } from './room-checks.repository.js';

/**
 * The progress of every room is for those who read every card of the school (storekeeper,
 * logistics head, principal, inspectors); a teacher sees only the rooms they answer for.
 */
export function seesAllChecks(actor: Actor): boolean {
  return hasPermission(actor, 'asset', 'read') && (actor.dataScope === 'school' || actor.dataScope === 'district');
}

export function requireAllChecks(actor: Actor): Actor {
  if (!seesAllChecks(actor)) throw forbidden('只有资产管理人员可以查看全校的清点进度');
  return actor;
}

/**
 * Who may submit a room's result: its keeper or 班主任, or whoever manages the cards (a storekeeper
 * finishing a room for an absent teacher), in their own school, while the round is open.
 */
export function maySubmit(actor: Actor, row: CheckRoomRow, responsible: boolean): boolean {
  return actor.schoolId === row.school_id && row.round_status === 'open' && (responsible || hasPermission(actor, 'asset', 'update'));
}
