import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { pagingOf } from '../../../platform/http/pagination.js';
import { type PlanFilters, type PlanRow, chosenRooms, findPlan, listPlans } from '../maintenance.repository.js';
import { chosenAssets, planAssetCategories } from '../maintenance-assets.repository.js';
import { type AssetTargets, presentPlan } from '../maintenance.presenter.js';
import type { PlanDto, PlanListQuery } from '../maintenance.schemas.js';
import { nextDueOf, schoolCalendarOf } from './next-due.js';
import type { SchoolCalendar } from './generate-occurrences.js';

type Conn = Kysely<Database> | Tx;

/** The cards or category of a school's asset plans, by plan id. */
export async function assetTargetsOfPlans(db: Conn, schoolId: number, plans: { id: number; target_type: string }[]): Promise<Map<number, AssetTargets>> {
  const ofType = (t: string) => plans.filter((p) => p.target_type === t).map((p) => p.id);
  const cards = await chosenAssets(db, schoolId, ofType('assets'));
  const categories = await planAssetCategories(db, schoolId, ofType('asset_category'));
  return new Map([...cards.keys(), ...categories.keys()].map((id) => [id, { assets: cards.get(id) ?? [], category: categories.get(id) ?? null }]));
}

/** Presents rows of any readable schools: one calendar and one query per kind of target per school. */
export async function presentPlans(db: Conn, actor: Actor, rows: PlanRow[], now = new Date()): Promise<PlanDto[]> {
  const calendars = new Map<number, SchoolCalendar>();
  const rooms = new Map<number, Map<number, { id: number; name: string; campusId: number; buildingId: number | null }[]>>();
  const assets = new Map<number, AssetTargets>();
  for (const schoolId of new Set(rows.map((r) => r.school_id))) {
    const ofSchool = rows.filter((r) => r.school_id === schoolId);
    calendars.set(schoolId, await schoolCalendarOf(db, schoolId));
    rooms.set(schoolId, await chosenRooms(db, schoolId, ofSchool.filter((r) => r.target_type === 'rooms').map((r) => r.id)));
    for (const [id, a] of await assetTargetsOfPlans(db, schoolId, ofSchool)) assets.set(id, a);
  }
  return rows.map((r) => {
    const sc = calendars.get(r.school_id) as SchoolCalendar;
    return presentPlan(actor, r, rooms.get(r.school_id)?.get(r.id) ?? [], nextDueOf(r, sc, sc.cal.localDateOf(now)), assets.get(r.id));
  });
}

export async function listPlanDtos(db: Conn, dialect: DialectName, actor: Actor, q: PlanListQuery) {
  const filters: PlanFilters = { q: q.q, active: q.active, targetType: q.targetType };
  const page = await listPlans(db, dialect, actor.readableSchoolIds, filters, q.sort, pagingOf(q));
  return { ...page, items: await presentPlans(db, actor, page.items) };
}

export async function loadPlanDto(db: Conn, actor: Actor, id: number): Promise<PlanDto> {
  const row = await findPlan(db, actor.readableSchoolIds, id);
  if (!row) throw notFound('保养计划');
  return (await presentPlans(db, actor, [row]))[0] as PlanDto;
}
