/**
 * Schools with their preventive maintenance plans, for the term-generation benchmark: the repairs
 * dataset's schools (buildings, classrooms, technicians, teams; no repair history) plus one canteen
 * each, a logistics head, and the nine plan templates made through the module's own
 * createPlanFromTemplate. Coverage is then moved back to the first term's start so one generation
 * run at the term's end produces the whole term.
 */
import { sql } from 'kysely';
import { loadActor } from '../../apps/server/src/platform/authz/load-actor.js';
import type { Db } from '../../apps/server/src/platform/db/database.js';
import { createPlanFromTemplate } from '../../apps/server/src/modules/maintenance/use-cases/plan-template-use.js';
import { PLAN_TEMPLATES } from '../../apps/server/src/modules/maintenance/plan-templates.js';
import { type DatasetShape, generateRepairsDataset } from '../repairs/dataset.js';

/** ~40 classrooms a school (2 buildings × 20), 4 technicians; one stray repair so the repairs generator has something to write. */
export const maintenanceShape = (schools: number): DatasetShape => ({
  schools, workOrders: 1, buildingsPerSchool: 2, roomsPerBuilding: 20, techniciansPerSchool: 4, teachersPerSchool: 10, days: 30,
});

export interface MaintenanceDatasetInfo { schools: number; plans: number; termStart: string; termEnd: string; seconds: number }

export async function generateMaintenanceDataset(db: Db, schools: number, log: (line: string) => void = () => {}): Promise<MaintenanceDatasetInfo> {
  const t0 = performance.now();
  const info = await generateRepairsDataset(db, maintenanceShape(schools), log);
  const k = db.kysely;
  const now = new Date().toISOString();
  // The first technician of each school is its 总务主任 (owner of the plans); the second is the plans' assignee.
  const firsts = await sql<{ school_id: number; tech0: number; campus_id: number; bld0: number }>`select school_id, tech0, campus_id, bld0 from bench_schools order by idx`.execute(k);
  for (const s of firsts.rows) {
    await k.insertInto('user_roles').values({ user_id: s.tech0, school_id: s.school_id, role_key: 'logistics_head' }).execute();
    await k.insertInto('rooms').values({
      school_id: s.school_id, campus_id: s.campus_id, building_id: s.bld0, floor: 1, code: null, name: '学生食堂', room_type: 'canteen',
      capacity: 300, area_m2: 400, active: 1, created_at: now, updated_at: now,
    }).execute();
  }
  log(`  owners and canteens (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  let plans = 0;
  for (const s of firsts.rows) {
    const actor = await loadActor(k, s.tech0, 'bench', null);
    if (!actor) throw new Error(`no actor for school ${s.school_id}`);
    for (const t of PLAN_TEMPLATES) {
      await createPlanFromTemplate(db, actor, { templateKey: t.key, assigneeId: s.tech0 + 1 });
      plans += 1;
    }
  }
  log(`  ${plans} plans from the ${PLAN_TEMPLATES.length} templates (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const term = await k.selectFrom('terms').select(['start_date', 'end_date']).where('school_id', '=', firsts.rows[0]?.school_id ?? 0)
    .where('name', '=', '第一学期').orderBy('start_date', 'desc').executeTakeFirstOrThrow();
  // why: createPlan never generates the past; the benchmark wants the whole term, so coverage starts at the term's first day.
  await k.updateTable('maintenance_plans').set({ generate_from: term.start_date, start_date: term.start_date, generated_through: null }).execute();
  await sql`analyze`.execute(k);
  return { schools, plans, termStart: term.start_date, termEnd: term.end_date, seconds: (performance.now() - t0) / 1000 };
}
