import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { settingsAbilities } from '../settings.presenter.js';
import type { CreateRoutingRule, RoutingRuleDto } from '../settings.schemas.js';
import { resolveTarget } from './resolve-target.js';

type Conn = Kysely<Database> | Tx;

/** The school's routing rules with the names of what they point at. */
export async function listRoutingRuleDtos(db: Conn, actor: Actor, schoolId: number, ids?: number[]): Promise<RoutingRuleDto[]> {
  let q = db.selectFrom('repair_routing_rules as r')
    .leftJoin('repair_categories as c', 'c.id', 'r.category_id')
    .leftJoin('campuses as cp', 'cp.id', 'r.campus_id')
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .leftJoin('repair_teams as t', 't.id', 'r.team_id')
    .leftJoin('users as u', 'u.id', 'r.assignee_id')
    .select([
      'r.id', 'r.category_id', 'c.name as category_name', 'r.campus_id', 'cp.name as campus_name', 'r.building_id', 'b.name as building_name',
      'r.team_id', 't.name as team_name', 'r.assignee_id', 'u.name as assignee_name', 'r.sort', 'r.active', 'r.note', 'r.version',
    ])
    .where('r.school_id', '=', schoolId);
  if (ids) q = q.where('r.id', 'in', ids.length ? ids : [-1]);
  const rows = await q.orderBy('r.sort').orderBy('r.id').execute();
  const abilities = settingsAbilities(actor, schoolId);
  return rows.map((r) => ({
    id: r.id, categoryId: r.category_id, categoryName: r.category_name, campusId: r.campus_id, campusName: r.campus_name,
    buildingId: r.building_id, buildingName: r.building_name, teamId: r.team_id, teamName: r.team_name, assigneeId: r.assignee_id,
    assigneeName: r.assignee_name, sort: r.sort, active: r.active === 1, note: r.note, version: r.version, abilities,
  }));
}

export type RuleFields = Omit<CreateRoutingRule, 'sort' | 'note'>;

/**
 * A rule's references must exist in the school; its building must be on its campus; it names
 * exactly one target, a team or a technician who can take work orders.
 */
export async function checkRoutingRule(tx: Tx, schoolId: number, r: RuleFields): Promise<void> {
  if (r.categoryId) {
    const c = await tx.selectFrom('repair_categories').select('id').where('id', '=', r.categoryId).where('school_id', '=', schoolId).executeTakeFirst();
    if (!c) throw invalidField('categoryId', '「报修分类」不存在');
  }
  if (r.campusId) {
    const c = await tx.selectFrom('campuses').select('id').where('id', '=', r.campusId).where('school_id', '=', schoolId).executeTakeFirst();
    if (!c) throw invalidField('campusId', '「校区」不存在');
  }
  if (r.buildingId) {
    const b = await tx.selectFrom('buildings').select(['campus_id', 'name']).where('id', '=', r.buildingId).where('school_id', '=', schoolId).executeTakeFirst();
    if (!b) throw invalidField('buildingId', '「楼宇」不存在');
    if (r.campusId && b.campus_id !== r.campusId) throw invalidField('buildingId', `「${b.name}」不在所选校区`);
  }
  await resolveTarget(tx, schoolId, { assigneeId: r.assigneeId ?? null, teamId: r.teamId ?? null });
}
