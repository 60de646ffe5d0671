import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { claimJobLease, releaseJobLease } from '../../../platform/jobs/job-lease.js';
import { ContextCache, SYSTEM_AUDIT, type SchoolCalendar, generateForPlan } from '../use-cases/generate-occurrences.js';
import { schoolCalendarOf } from '../use-cases/next-due.js';
import { recordCompletions } from '../use-cases/record-completions.js';

export const MAINTENANCE_JOB = 'maintenance.generate';
const LEASE_MS = 10 * 60_000;
const BATCH = 200;
/** Plans generated at once: each waits on the database most of the time, so a few in parallel use it better (the unique key keeps them apart). */
const CONCURRENCY = 4;

export interface MaintenanceRunResult { claimed: boolean; completionsRecorded: number; plans: number; created: number; failed: number; lastError?: string }

/**
 * 保养计划 generation for every school: records how generated work ended, then walks the active
 * plans in batches and creates the work due up to today + each plan's lead days. Runs under the
 * `maintenance.generate` lease; `ignoreLease` exists for tests that prove the unique key alone
 * keeps it exactly-once. Call it from the scheduler or from a test with a chosen `now`.
 */
export async function generateMaintenance(db: Kysely<Database>, options: { now?: Date; ignoreLease?: boolean } = {}): Promise<MaintenanceRunResult> {
  const now = options.now ?? new Date();
  const holder = `${process.pid}-${crypto.randomUUID()}`;
  const leased = options.ignoreLease ? false : await claimJobLease(db, MAINTENANCE_JOB, holder, now, LEASE_MS);
  const result: MaintenanceRunResult = { claimed: leased || options.ignoreLease === true, completionsRecorded: 0, plans: 0, created: 0, failed: 0 };
  if (!result.claimed) return result;
  try {
    result.completionsRecorded = await recordCompletions(db);
    const calendars = new Map<number, Promise<SchoolCalendar>>();
    const cache = new ContextCache();
    const calendarOf = (schoolId: number) => {
      let sc = calendars.get(schoolId);
      if (!sc) calendars.set(schoolId, (sc = schoolCalendarOf(db, schoolId)));
      return sc;
    };
    for (let after = 0; ;) {
      // scope: the job serves every school; each plan is handled within its own school_id below.
      const plans = await db.selectFrom('maintenance_plans').selectAll().where('active', '=', 1).where('id', '>', after).orderBy('id').limit(BATCH).execute();
      if (plans.length === 0) break;
      let next = 0;
      const worker = async () => {
        for (let plan = plans[next++]; plan; plan = plans[next++]) {
          const out = await generateForPlan(db, plan, await calendarOf(plan.school_id), now, { ...SYSTEM_AUDIT, schoolId: plan.school_id }, cache);
          result.plans++;
          result.created += out.workOrderIds.length;
          result.failed += out.failed;
          if (out.lastError) result.lastError = out.lastError;
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      after = plans[plans.length - 1]?.id ?? after;
    }
    return result;
  } finally {
    if (leased) await releaseJobLease(db, MAINTENANCE_JOB, holder);
  }
}
