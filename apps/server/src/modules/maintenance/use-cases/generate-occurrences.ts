import type { Kysely, Selectable } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { addDays } from '../../../platform/calendar/dates.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.js';
import { type Tx, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import type { MaintenancePlanTable } from '../../../platform/db/schema-maintenance.js';
import { Outbox, sharedNotifier } from '../../../platform/notify/notifier.js';
import { listTerms } from '../../calendar/calendar.repository.js';
import { dayFactsOf } from '../day-facts.js';
import { completionState } from '../maintenance.repository.js';
import { type PlanTiming, type PlannedDate, plannedDates } from '../recurrence.js';
import { parseSchedule } from '../schedule-input.js';
import { type PlanTarget, targetsOf } from './plan-targets.js';
import { ContextCache, type Job, writeJobs } from './write-jobs.js';

export { ContextCache } from './write-jobs.js';

type Db = Kysely<Database>;
export type PlanRecord = Selectable<MaintenancePlanTable>;

export const SYSTEM_AUDIT: Omit<AuditContext, 'schoolId'> = { actorId: null, actorName: '系统（保养计划）', ip: null };

export interface SchoolCalendar { cal: WorkingCalendar; terms: { name: string; startDate: string; endDate: string }[] }

export async function termsOf(db: Db | Tx, schoolId: number) {
  return (await listTerms(db, schoolId)).map((t) => ({ name: t.name, startDate: t.start_date, endDate: t.end_date }));
}

/** The plan's timing for the recurrence rules (after-completion series start no earlier than generation may). */
export function timingOf(plan: Pick<PlanRecord, 'schedule' | 'holiday_policy' | 'start_date' | 'end_date' | 'generate_from'>): PlanTiming {
  const schedule = parseSchedule(plan.schedule);
  const startDate = schedule.kind === 'after_completion' && plan.generate_from > plan.start_date ? plan.generate_from : plan.start_date;
  return { schedule, holidayPolicy: plan.holiday_policy as PlanTiming['holidayPolicy'], startDate, endDate: plan.end_date };
}

type CompletionRow = Awaited<ReturnType<typeof completionState>>[number];

/**
 * The dates due for generation now: due on or before today + lead days, not yet covered.
 * `completions` is the plan's completion state of every target, read once per plan.
 */
function datesToGenerate(plan: PlanRecord, sc: SchoolCalendar, target: PlanTarget, today: string, completions: readonly CompletionRow[]): PlannedDate[] {
  const horizon = addDays(today, plan.lead_days);
  const timing = timingOf(plan);
  const facts = dayFactsOf(sc.cal);
  if (timing.schedule.kind === 'after_completion') {
    const state = completions.find((s) => Number(s.target_key) === target.key);
    if (state && Number(state.open_count) > 0) return [];
    const completed = state?.last_completed_at ? localDate(new Date(String(state.last_completed_at)), sc.cal.timezone) : null;
    const cancelled = state?.last_cancelled_due ? String(state.last_cancelled_due) : null;
    const base = completed && cancelled ? (completed > cancelled ? completed : cancelled) : completed ?? cancelled;
    const next = plannedDates(timing, facts, sc.terms, timing.startDate, horizon, base).find((d) => d.dueDate !== null);
    return next ? [next] : [];
  }
  const from = plan.generated_through && addDays(plan.generated_through, 1) > plan.generate_from ? addDays(plan.generated_through, 1) : plan.generate_from;
  if (from > horizon) return [];
  return plannedDates(timing, facts, sc.terms, from, horizon).filter((d) => d.dueDate !== null);
}

/** Jobs per transaction: a term of a weekly plan over 40 rooms is one or a few commits, not 800. */
const CHUNK = 200;

/**
 * Writes jobs in one transaction; messages are handed on only after the commit. Returns the work
 * order ids, or throws (nothing written) so the caller can retry the jobs one by one.
 */
async function writeChunk(db: Db, plan: PlanRecord, sc: SchoolCalendar, jobs: Job[], now: Date, audit: AuditContext, outbox: Outbox, cache: ContextCache): Promise<number[]> {
  const pending = new Outbox();
  const ids = await runInTransaction(db, (tx) => writeJobs(tx, plan, sc, jobs, now, audit, pending, cache));
  for (const m of pending.messages) outbox.add(m);
  return ids;
}

export interface PlanGeneration { workOrderIds: number[]; failed: number; lastError?: string }

/**
 * Generates a plan's due work up to today + its lead days: one occurrence (and work order) per
 * target and due date, written in transactions of up to CHUNK jobs. Safe to run from several processes at once.
 */
export async function generateForPlan(
  db: Db, plan: PlanRecord, sc: SchoolCalendar, now: Date, audit: AuditContext = { ...SYSTEM_AUDIT, schoolId: plan.school_id }, cache = new ContextCache(),
): Promise<PlanGeneration> {
  const out: PlanGeneration = { workOrderIds: [], failed: 0 };
  if (plan.active !== 1) return out;
  const today = sc.cal.localDateOf(now);
  const outbox = new Outbox();
  const jobs: Job[] = [];
  const completions = parseSchedule(plan.schedule).kind === 'after_completion' ? await completionState(db, plan.school_id, plan.id) : [];
  for (const target of await targetsOf(db, plan)) {
    for (const date of datesToGenerate(plan, sc, target, today, completions)) jobs.push({ target, date });
  }
  for (let i = 0; i < jobs.length; i += CHUNK) {
    const chunk = jobs.slice(i, i + CHUNK);
    try {
      out.workOrderIds.push(...await writeChunk(db, plan, sc, chunk, now, audit, outbox, cache));
      continue;
    } catch {
      // One broken job must not stop the rest: retry them one per transaction to find it.
    }
    for (const job of chunk) {
      try {
        out.workOrderIds.push(...await writeChunk(db, plan, sc, [job], now, audit, outbox, new ContextCache()));
      } catch (err) {
        // Coverage is not advanced, so the next run retries it.
        out.failed++;
        out.lastError = `plan ${plan.id} target ${job.target.key} ${job.date.dueDate}: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
  }
  void outbox.flushTo(sharedNotifier());
  const horizon = addDays(today, plan.lead_days);
  if (out.failed === 0 && parseSchedule(plan.schedule).kind !== 'after_completion') {
    // Not a user's edit: the version stays, so nobody's open form turns stale because of it.
    await db.updateTable('maintenance_plans').set({ generated_through: horizon })
      .where('id', '=', plan.id).where('school_id', '=', plan.school_id)
      .where((eb) => eb.or([eb('generated_through', 'is', null), eb('generated_through', '<', horizon)]))
      .execute();
  }
  return out;
}

