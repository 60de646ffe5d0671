import { ROLE_KEYS, can } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { loadRoleSettings } from '../../../platform/authz/role-settings.js';
import type { Database } from '../../../platform/db/schema.js';
import { QUEUE_STATUSES } from '../work-order.state.js';
import type { TechnicianList } from '../work-orders.schemas.js';

/**
 * People a dispatcher can give work to (active, holding a field-work role under the school's own
 * role settings), with how many open jobs each already has and their teams. A field-work role can
 * update work orders but not dispatch them: dispatchers (总务主任) also hold work_order:update, yet
 * they are not repairers unless they also hold such a role (e.g. 维修工).
 */
export async function listTechnicians(db: Kysely<Database>, actor: Actor): Promise<TechnicianList> {
  const schoolId = writableSchoolId(actor);
  const settings = await loadRoleSettings(db, schoolId, [...ROLE_KEYS]);
  const workingRoles = settings.filter((s) => {
    const perms = new Set(s.permissions);
    // Contractors' people get work through 委外 to their company, never one by one.
    return s.roleKey !== 'contractor' && can(perms, 'work_order', 'update') && !can(perms, 'work_order', 'dispatch');
  }).map((s) => s.roleKey);
  if (workingRoles.length === 0) return { items: [] };
  const users = await db.selectFrom('users as u')
    .innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.phone'])
    .distinct()
    .where('u.school_id', '=', schoolId).where('u.active', '=', 1).where('ur.role_key', 'in', workingRoles)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('contractor_accounts as ca').select('ca.user_id').whereRef('ca.user_id', '=', 'u.id'))))
    .orderBy('u.name').orderBy('u.id')
    .execute();
  const counts = await db.selectFrom('work_orders').select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('school_id', '=', schoolId).where('status', 'in', [...QUEUE_STATUSES]).where('assignee_id', 'is not', null)
    .groupBy('assignee_id').execute();
  const teams = await db.selectFrom('repair_team_members as m').innerJoin('repair_teams as t', 't.id', 'm.team_id')
    .select(['m.user_id', 't.id', 't.name']).where('m.school_id', '=', schoolId).where('t.active', '=', 1).orderBy('t.name').execute();
  const open = new Map(counts.map((c) => [c.assignee_id, Number(c.n)]));
  return {
    items: users.map((u) => ({
      id: u.id, name: u.name, phone: u.phone, openCount: open.get(u.id) ?? 0,
      teams: teams.filter((t) => t.user_id === u.id).map((t) => ({ id: t.id, name: t.name })),
    })),
  };
}
