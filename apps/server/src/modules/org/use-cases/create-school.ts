import type { AuditContext } from '../../../platform/audit/audit.js';
import { type Tx, insertAudited } from '../../../platform/db/audited-writes.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import { seedSchoolCalendar } from '../../calendar/calendar.seed.js';
import { DEFAULT_WORK_HOURS } from '../../calendar/work-hours.js';
import { seedSchoolRepairs } from '../../repairs/repairs.seed.js';
import { seedChecklistTemplates } from '../../../platform/checklists/seed-checklist-templates.js';

export interface NewSchool { name: string; code: string; timezone: string; address?: string | null; districtId?: number | null }

/** The departments nearly every Chinese primary or secondary school has. */
export const DEFAULT_DEPARTMENTS = ['校长室', '办公室', '总务处', '教务处', '德育处', '安全办', '财务室'];

/** Creates a school with its default departments, current school year, public holidays, repair defaults and checklist templates. */
export async function createSchool(tx: Tx, ctx: AuditContext, input: NewSchool): Promise<{ id: number }> {
  const school = await insertAudited(tx, ctx, 'schools', 'school', {
    name: input.name,
    code: input.code,
    timezone: input.timezone,
    address: input.address ?? null,
    district_id: input.districtId ?? null,
    work_hours: JSON.stringify(DEFAULT_WORK_HOURS),
  });
  const schoolCtx = { ...ctx, schoolId: school.id };
  for (const [i, name] of DEFAULT_DEPARTMENTS.entries()) {
    await insertAudited(tx, schoolCtx, 'departments', 'department', { school_id: school.id, name, sort: i });
  }
  await insertAudited(tx, schoolCtx, 'campuses', 'campus', { school_id: school.id, name: '本部', sort: 0 });
  await seedSchoolCalendar(tx, school.id, localDate(new Date(), input.timezone));
  await seedSchoolRepairs(tx, school.id);
  await seedChecklistTemplates(tx, school.id);
  return { id: school.id };
}
