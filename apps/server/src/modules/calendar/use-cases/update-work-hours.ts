import type { Kysely } from 'kysely';
import { WEEKDAY_KEYS, workHoursProblems } from '../../../platform/calendar/work-periods.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { platformError } from '../../../platform/http/errors.js';
import type { WorkHoursBody, WorkHoursResult } from '../calendar.schemas.js';

/**
 * Saves the weekly working periods of the actor's school (schools.work_hours) at the school's
 * version. Every deadline computed afterwards uses them; past deadlines are not recomputed.
 */
export async function updateWorkHours(db: Kysely<Database>, actor: Actor, body: WorkHoursBody): Promise<WorkHoursResult> {
  const schoolId = writableSchoolId(actor);
  const problems = workHoursProblems(body.workHours);
  const first = problems[0];
  if (first) {
    throw platformError('VALIDATION_FAILED', first.message, problems.map((p) => ({ field: `workHours.${p.weekday}`, message: p.message })));
  }
  // Stored in weekday order whatever order the keys arrived in.
  const ordered = Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, body.workHours[d]])) as WorkHoursBody['workHours'];
  const row = await runInTransaction(db, (tx) => updateAudited(tx, auditContextOf(actor), {
    table: 'schools', entity: 'work_hours', label: '学校', id: schoolId, schoolIds: [schoolId], schoolColumn: 'id',
    version: body.version, patch: { work_hours: JSON.stringify(ordered) },
  }));
  return { workHours: ordered, schoolVersion: Number(row.version) };
}
