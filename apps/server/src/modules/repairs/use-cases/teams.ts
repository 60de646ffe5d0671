import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Tx, deleteAudited, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound, platformError } from '../../../platform/http/errors.js';
import { settingsAbilities } from '../settings.presenter.js';
import type { CreateTeam, TeamDto, UpdateTeam } from '../settings.schemas.js';
import { technicianOrThrow } from './resolve-target.js';
import { requiredText } from './required-text.js';

type Conn = Kysely<Database> | Tx;

/** The school's teams with their members, by name. */
export async function listTeams(db: Conn, actor: Actor, schoolId: number, ids?: number[]): Promise<TeamDto[]> {
  let q = db.selectFrom('repair_teams').selectAll().where('school_id', '=', schoolId);
  if (ids) q = q.where('id', 'in', ids.length ? ids : [-1]);
  const teams = await q.orderBy('name').execute();
  const members = teams.length ? await db.selectFrom('repair_team_members as m').innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.team_id', 'u.id', 'u.name']).where('m.school_id', '=', schoolId).where('m.team_id', 'in', teams.map((t) => t.id)).orderBy('u.name').execute() : [];
  const abilities = settingsAbilities(actor, schoolId);
  return teams.map((t) => ({
    id: t.id, name: t.name, active: t.active === 1, version: t.version,
    members: members.filter((m) => m.team_id === t.id).map((m) => ({ id: m.id, name: m.name })), abilities,
  }));
}

/** Members must be people who can take work orders; the list replaces the team's members. */
async function replaceMembers(tx: Tx, actor: Actor, schoolId: number, teamId: number, memberIds: number[]): Promise<void> {
  for (const id of memberIds) await technicianOrThrow(tx, schoolId, id, 'memberIds');
  const before = (await tx.selectFrom('repair_team_members').select('user_id').where('school_id', '=', schoolId).where('team_id', '=', teamId).execute()).map((m) => m.user_id);
  await tx.deleteFrom('repair_team_members').where('school_id', '=', schoolId).where('team_id', '=', teamId).execute();
  if (memberIds.length) await tx.insertInto('repair_team_members').values(memberIds.map((userId) => ({ team_id: teamId, user_id: userId, school_id: schoolId }))).execute();
  await recordAudit(tx, auditContextOf(actor), { entity: 'repair_team', entityId: teamId, action: 'members', before: { memberIds: before }, after: { memberIds }, schoolId });
}

export async function createTeam(db: Kysely<Database>, actor: Actor, body: CreateTeam): Promise<TeamDto> {
  const schoolId = writableSchoolId(actor);
  const name = requiredText(body.name, 'name', '班组名称');
  return runInTransaction(db, async (tx) => {
    const team = await insertAudited(tx, auditContextOf(actor), 'repair_teams', 'repair_team', { school_id: schoolId, name, active: 1 });
    await replaceMembers(tx, actor, schoolId, team.id, body.memberIds);
    const [dto] = await listTeams(tx, actor, schoolId, [team.id]);
    if (!dto) throw notFound('维修班组');
    return dto;
  });
}

export async function updateTeam(db: Kysely<Database>, actor: Actor, id: number, body: UpdateTeam): Promise<TeamDto> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    const patch: Record<string, unknown> = {};
    if (body.name !== undefined) patch.name = requiredText(body.name, 'name', '班组名称');
    if (body.active !== undefined) patch.active = body.active ? 1 : 0;
    await updateAudited(tx, auditContextOf(actor), { table: 'repair_teams', entity: 'repair_team', label: '维修班组', id, schoolIds: [schoolId], version: body.version, patch });
    if (body.memberIds) await replaceMembers(tx, actor, schoolId, id, body.memberIds);
    const [dto] = await listTeams(tx, actor, schoolId, [id]);
    if (!dto) throw notFound('维修班组');
    return dto;
  });
}

/** A team that has had work orders or routing rules stays as history: it can only be switched off. */
export async function deleteTeam(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const exists = await tx.selectFrom('repair_teams').select('id').where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!exists) throw notFound('维修班组');
    const used = await tx.selectFrom('work_orders').select('id').where('school_id', '=', schoolId).where('team_id', '=', id).limit(1).executeTakeFirst()
      ?? await tx.selectFrom('repair_routing_rules').select('id').where('school_id', '=', schoolId).where('team_id', '=', id).limit(1).executeTakeFirst()
      ?? await tx.selectFrom('work_order_assignments').select('id').where('school_id', '=', schoolId).where('team_id', '=', id).limit(1).executeTakeFirst();
    if (used) throw platformError('IN_USE', '该班组已有工单或派单规则，不能删除，请改为停用');
    await tx.deleteFrom('repair_team_members').where('school_id', '=', schoolId).where('team_id', '=', id).execute();
    await deleteAudited(tx, auditContextOf(actor), { table: 'repair_teams', entity: 'repair_team', label: '维修班组', id, schoolIds: [schoolId], version });
  });
}
