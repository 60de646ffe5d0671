import type { AuditContext } from '../platform/audit/audit.js';
import { localDate } from '../platform/calendar/time-zone.js';
import { type Tx, insertAudited } from '../platform/db/audited-writes.js';
import type { ScheduleInput } from '../modules/maintenance/maintenance.schemas.js';
import { planTemplate } from '../modules/maintenance/plan-templates.js';
import { columnsOf, fieldsOf } from '../modules/maintenance/use-cases/save-plan.js';

/** The plans 示范小学 runs: the usual checks of its logistics plan, most with the technician on duty. */
export const DEMO_MAINTENANCE_PLANS = ['lighting_weekly', 'fans_monthly', 'doors_monthly', 'canteen_gas_weekly', 'term_start_safety', 'antivirus_regular'] as const;

/**
 * Adds the demo school's active 保养计划 from the built-in templates, linked to its seeded
 * checklists, owned by the head of logistics. Their jobs appear when the generator next runs.
 */
export async function seedDemoMaintenance(tx: Tx, ctx: AuditContext, schoolId: number): Promise<number> {
  const school = await tx.selectFrom('schools').select('timezone').where('id', '=', schoolId).executeTakeFirstOrThrow();
  const staff = await tx.selectFrom('users as u').innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .select(['u.id', 'ur.role_key']).where('u.school_id', '=', schoolId).where('ur.role_key', 'in', ['logistics_head', 'technician']).orderBy('u.id').execute();
  const owner = staff.find((s) => s.role_key === 'logistics_head');
  const technician = staff.find((s) => s.role_key === 'technician');
  if (!owner) return 0;
  const checklists = new Map((await tx.selectFrom('checklist_templates').select(['id', 'name']).where('school_id', '=', schoolId).where('latest_version_no', '>', 0).execute()).map((c) => [c.name, c.id]));
  const categories = new Map((await tx.selectFrom('repair_categories').select(['id', 'name']).where('school_id', '=', schoolId).execute()).map((c) => [c.name, c.id]));
  const today = localDate(new Date(), school.timezone);
  let made = 0;
  for (const key of DEMO_MAINTENANCE_PLANS) {
    const t = planTemplate(key);
    if (!t) continue;
    const f = fieldsOf({
      name: t.name, description: t.description, targetType: t.targetType, roomType: t.roomType, grouping: t.grouping,
      checklistTemplateId: t.checklistName ? checklists.get(t.checklistName) ?? null : null, categoryId: categories.get(t.categoryName) ?? null,
      schedule: t.schedule as ScheduleInput, holidayPolicy: t.holidayPolicy, leadDays: t.leadDays, startDate: today,
      // The canteen check stays with the routing rules, to show a plan without a fixed person.
      assigneeId: key === 'canteen_gas_weekly' ? null : technician?.id ?? null,
    });
    await insertAudited(tx, ctx, 'maintenance_plans', 'maintenance_plan', {
      ...columnsOf(f), school_id: schoolId, owner_id: owner.id, template_key: key, generate_from: today, generated_through: null,
    });
    made++;
  }
  return made;
}
