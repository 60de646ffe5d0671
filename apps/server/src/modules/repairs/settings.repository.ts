import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import { queryTemplate } from '../../platform/db/query-template.js';
import type { Database } from '../../platform/db/schema.js';
import type { SchoolCalendarRow } from '../calendar/load-school-calendar.js';
import { notFound } from '../../platform/http/errors.js';
import { PHOTO_RULES, type PhotoRule } from './repairs.labels.js';
import { DEFAULT_REPAIR_SETTINGS } from './repairs.seed.js';
import type { RoutingRule } from './routing.js';
import { type SlaPolicy, parseSlaPolicy } from './sla-policy.js';

type Conn = Kysely<Database> | Tx;

export interface RepairSettings {
  id: number;
  schoolId: number;
  slaPolicy: SlaPolicy;
  photoRule: PhotoRule;
  completionPhotoRequired: boolean;
  autoConfirmDays: number;
  autoConvert: boolean;
  repeatWindowDays: number;
  /** 报修公示: recent repairs shown without login, names masked */
  publicBoard: boolean;
  /** The school's public code, the key of its board's address */
  schoolCode: string;
  /** The school's calendar columns, read with the settings so a new work order's deadlines cost no extra query */
  schoolCalendar: SchoolCalendarRow;
  version: number;
}

const isPhotoRule = (v: string): v is PhotoRule => (PHOTO_RULES as readonly string[]).includes(v);

// The queries of every new report are compiled once (platform/db/query-template.ts).
const settingsOf = queryTemplate((db, p: { schoolId: number }) => db.selectFrom('repair_settings').innerJoin('schools', 'schools.id', 'repair_settings.school_id')
  .selectAll('repair_settings').select(['schools.code as school_code', 'schools.timezone', 'schools.work_hours', 'schools.calendar_stamp'])
  .where('repair_settings.school_id', '=', p.schoolId));
const categoryById = queryTemplate((db, p: { schoolId: number; id: number }) => db.selectFrom('repair_categories').selectAll().where('school_id', '=', p.schoolId).where('id', '=', p.id));
const activeRoutingRules = queryTemplate((db, p: { schoolId: number }) => db.selectFrom('repair_routing_rules').selectAll().where('school_id', '=', p.schoolId).where('active', '=', 1));
const activeRoleHolders = queryTemplate((db, p: { schoolId: number; role: string }) => db.selectFrom('user_roles as ur')
  .innerJoin('users as u', 'u.id', 'ur.user_id')
  .select('u.id')
  .where('ur.school_id', '=', p.schoolId)
  .where('ur.role_key', '=', p.role)
  .where('u.active', '=', 1));

/** The school's repair settings; every school gets a row when it is created (or by the migration). */
export async function loadRepairSettings(db: Conn, schoolId: number): Promise<RepairSettings> {
  const row = await settingsOf.first(db, { schoolId });
  if (!row) throw notFound('报修设置');
  return {
    id: row.id, schoolId: row.school_id, slaPolicy: parseSlaPolicy(row.sla_policy),
    photoRule: isPhotoRule(row.photo_rule) ? row.photo_rule : DEFAULT_REPAIR_SETTINGS.photoRule,
    completionPhotoRequired: row.completion_photo_required === 1, autoConfirmDays: row.auto_confirm_days,
    autoConvert: row.auto_convert === 1, repeatWindowDays: row.repeat_window_days, publicBoard: row.public_board === 1, schoolCode: row.school_code,
    schoolCalendar: { timezone: row.timezone, work_hours: row.work_hours, calendar_stamp: row.calendar_stamp }, version: row.version,
  };
}

export async function listCategories(db: Conn, schoolId: number, activeOnly: boolean) {
  let q = db.selectFrom('repair_categories').selectAll().where('school_id', '=', schoolId);
  if (activeOnly) q = q.where('active', '=', 1);
  return q.orderBy('sort').orderBy('id').execute();
}

export async function findCategory(db: Conn, schoolId: number, id: number) {
  return categoryById.first(db, { schoolId, id });
}

export async function listRoutingRules(db: Conn, schoolId: number): Promise<RoutingRule[]> {
  const rows = await activeRoutingRules.all(db, { schoolId });
  return rows.map((r) => ({
    id: r.id, categoryId: r.category_id, campusId: r.campus_id, buildingId: r.building_id, teamId: r.team_id,
    assigneeId: r.assignee_id, sort: r.sort, active: r.active === 1,
  }));
}

/** Teams the user belongs to in the school (active teams only): what they may claim from a team queue. */
export async function teamIdsOf(db: Conn, schoolId: number | null, userId: number): Promise<number[]> {
  if (schoolId === null) return [];
  const rows = await db.selectFrom('repair_team_members as m')
    .innerJoin('repair_teams as t', 't.id', 'm.team_id')
    .select('m.team_id')
    .where('m.school_id', '=', schoolId)
    .where('m.user_id', '=', userId)
    .where('t.active', '=', 1)
    .execute();
  return rows.map((r) => r.team_id);
}

/** Active members of a team, for notices. */
export async function teamMemberIds(db: Conn, schoolId: number, teamId: number): Promise<number[]> {
  const rows = await db.selectFrom('repair_team_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.user_id')
    .where('m.school_id', '=', schoolId)
    .where('m.team_id', '=', teamId)
    .where('u.active', '=', 1)
    .execute();
  return rows.map((r) => r.user_id);
}

/** Active heads of logistics (总务主任) of a school: who hears about overdue work and new reports. */
export async function logisticsHeadIds(db: Conn, schoolId: number): Promise<number[]> {
  const rows = await activeRoleHolders.all(db, { schoolId, role: 'logistics_head' });
  return rows.map((r) => r.id);
}
