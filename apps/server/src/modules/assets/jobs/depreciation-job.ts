import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { forEachLimited } from '../../../platform/jobs/for-each-limited.js';
import { claimJobLease, releaseJobLease } from '../../../platform/jobs/job-lease.js';
import { addMonths, monthOfDate } from '../rules/months.js';
import { bookSchoolDepreciation } from '../use-cases/run-depreciation.js';

export const DEPRECIATION_JOB = 'assets.depreciation';
const LEASE_MS = 30 * 60_000;
const SYSTEM = { actorId: null, actorName: '系统', schoolId: null, ip: null };
/**
 * Schools booked at once. Each school's booking is one statement that keeps one PostgreSQL backend
 * (one core) busy, so two keep a small database server's cores working while a third would only
 * queue; schools never share rows, so they cannot conflict. SQLite runs them one after another anyway.
 */
const SCHOOLS_AT_ONCE = 2;

export interface DepreciationJobResult { claimed: boolean; schools: number; assets: number; amountFen: number }

/**
 * The monthly depreciation run: each school's closed months (through last month in its own time
 * zone) are booked. Cheap when there is nothing to do, so a scheduler may call it hourly; across
 * processes only the lease holder works, and a second run books nothing (see bookSchoolDepreciation).
 */
export async function runDepreciationJob(db: Kysely<Database>, now = new Date()): Promise<DepreciationJobResult> {
  const holder = `${process.pid}-${crypto.randomUUID()}`;
  if (!(await claimJobLease(db, DEPRECIATION_JOB, holder, now, LEASE_MS))) return { claimed: false, schools: 0, assets: 0, amountFen: 0 };
  try {
    const out: DepreciationJobResult = { claimed: true, schools: 0, assets: 0, amountFen: 0 };
    const schools = await db.selectFrom('schools').select(['id', 'timezone']).orderBy('id').execute();
    await forEachLimited(schools, SCHOOLS_AT_ONCE, async (school) => {
      const lastMonth = addMonths(monthOfDate(localDate(now, school.timezone)), -1);
      const r = await bookSchoolDepreciation(db, school.id, lastMonth, { ...SYSTEM, schoolId: school.id });
      if (r.months > 0) out.schools += 1;
      out.assets += r.assets;
      out.amountFen += r.amountFen;
    });
    return out;
  } finally {
    await releaseJobLease(db, DEPRECIATION_JOB, holder);
  }
}
