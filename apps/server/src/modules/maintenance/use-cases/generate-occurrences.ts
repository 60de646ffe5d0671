import type { Kysely, Selectable } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { addDays } from '../../../platform/calendar/dates.js';
import { localDate, zonedInstant } from '../../../platform/calendar/time-zone.js';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.js';
import { type Tx, insertAudited, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import type { MaintenancePlanTable } from '../../../platform/db/schema-maintenance.js';
import { Outbox, sharedNotifier } from '../../../platform/notify/notifier.js';
import { listTerms } from '../../calendar/calendar.repository.js';
import type { WriteContext } from '../../repairs/repair-context.js';
import { repairScopeOf } from '../../repairs/repairs.repository.js';
import { loadRepairSettings } from '../../repairs/settings.repository.js';
import { createWorkOrder } from '../../repairs/use-cases/create-work-order.js';
import { resolveTarget } from '../../repairs/use-cases/resolve-target.js';
import { addFollowers } from '../../repairs/writes.repository.js';
import { dayFactsOf } from '../day-facts.js';
import { completionState } from '../maintenance.repository.js';
import { type PlanTiming, type PlannedDate, monthDay, plannedDates } from '../recurrence.js';
import { parseSchedule } from '../schedule-input.js';
import { type PlanTarget, targetsOf } from './plan-targets.js';

type Db = Kysely<Database>;
export type PlanRecord = Selectable<MaintenancePlanTable>;

export const SYSTEM_AUDIT: Omit<AuditContext, 'schoolId'> = { actorId: null, actorName: '系统（保养计划）', ip: null };
const DESCRIPTION_MAX = 500;

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

/** The dates due for generation now: due on or before today + lead days, not yet covered. */
async function datesToGenerate(db: Db, plan: PlanRecord, sc: SchoolCalendar, target: PlanTarget, today: string): Promise<PlannedDate[]> {
  const horizon = addDays(today, plan.lead_days);
  const timing = timingOf(plan);
  const facts = dayFactsOf(sc.cal);
  if (timing.schedule.kind === 'after_completion') {
    const state = (await completionState(db, plan.school_id, plan.id)).find((s) => Number(s.target_key) === target.key);
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

/** End of the due day's working hours (17:00 on a day without any): the scheduled job's deadline. */
function deadlineOf(cal: WorkingCalendar, date: string): string {
  const periods = cal.periodsOn(date);
  const end = periods[periods.length - 1]?.[1] ?? '17:00';
  const [h, m] = end.split(':').map(Number) as [number, number];
  return zonedInstant(date, h * 60 + m, cal.timezone).toISOString();
}

async function categoryFor(tx: Tx, schoolId: number, preferred: number | null): Promise<{ id: number; name: string } | undefined> {
  const active = await tx.selectFrom('repair_categories').select(['id', 'name']).where('school_id', '=', schoolId).where('active', '=', 1)
    .orderBy('sort').orderBy('id').execute();
  return active.find((c) => c.id === preferred) ?? active.find((c) => c.name === '其他') ?? active[0];
}

/** The plan's owner as the requester of its jobs: a write context that files requests in their name. */
function ownerActor(owner: { id: number; name: string; staff_no: string; department_id: number | null }, schoolId: number): Actor {
  return {
    userId: owner.id, name: owner.name, staffNo: owner.staff_no, schoolId, districtId: null, departmentId: owner.department_id, roles: [],
    permissions: new Set(), dataScope: 'own', readableSchoolIds: [schoolId], mustChangePassword: false, sessionId: '', ip: null,
  };
}

/**
 * One occurrence and its work: the occurrence row is inserted first with ON CONFLICT DO NOTHING on
 * (plan, target, due date), and the request and work order are created only when that insert took,
 * in the same transaction. Two generators racing on the same date therefore make one work order.
 */
async function createOccurrence(db: Db, plan: PlanRecord, sc: SchoolCalendar, target: PlanTarget, date: PlannedDate, now: Date, audit: AuditContext, outbox: Outbox): Promise<number | null> {
  const due = date.dueDate as string;
  return runInTransaction(db, async (tx) => {
    const at = now.toISOString();
    const inserted = await tx.insertInto('maintenance_occurrences').values({
      school_id: plan.school_id, plan_id: plan.id, target_key: target.key, room_id: target.roomId, nominal_date: date.nominalDate, due_date: due,
      visible_from: addDays(due, -plan.lead_days), adjustment_note: date.note, request_id: null, work_order_id: null, checklist_result_id: null,
      status: 'open', completed_at: null, generated_at: at,
    }).onConflict((oc) => oc.columns(['plan_id', 'target_key', 'due_date']).doNothing()).returning('id').executeTakeFirst();
    if (!inserted) return null;

    const owner = await tx.selectFrom('users').select(['id', 'name', 'staff_no', 'department_id']).where('id', '=', plan.owner_id).where('school_id', '=', plan.school_id).executeTakeFirstOrThrow();
    const category = await categoryFor(tx, plan.school_id, plan.category_id);
    if (!category) throw new Error(`school ${plan.school_id} has no active repair category`);
    const checklist = plan.checklist_template_id === null ? null
      : await tx.selectFrom('checklist_templates').select('name').where('id', '=', plan.checklist_template_id).where('school_id', '=', plan.school_id).executeTakeFirst();
    const lines = [`【计划保养】${plan.name} · ${target.name}`, `应完成日期：${monthDay(due)}${date.note ? `（${date.note}）` : ''}`];
    if (checklist) lines.push(`请按检查表「${checklist.name}」逐项检查并填写。`);
    if (plan.description) lines.push(plan.description);
    const description = lines.join('\n').slice(0, DESCRIPTION_MAX);
    const preferredAt = deadlineOf(sc.cal, due);

    const request = await insertAudited(tx, audit, 'repair_requests', 'repair_request', {
      school_id: plan.school_id, requester_id: owner.id, requester_department_id: owner.department_id, room_id: target.roomId,
      location_text: target.roomId === null ? target.name.slice(0, 100) : null, campus_id: target.campusId, building_id: target.buildingId, asset_id: null,
      category_id: category.id, description, urgency: 'scheduled', preferred_at: preferredAt, status: 'converted', merged_into_id: null,
      decline_reason: null, cancel_reason: null, repeat_of_id: null, reported_at: at, closed_at: null, confirmed_at: null,
      source: 'maintenance', maintenance_occurrence_id: inserted.id,
    });
    await addFollowers(tx, plan.school_id, request.id, [owner.id], at);
    const actor = ownerActor(owner, plan.school_id);
    const c: WriteContext = { tx, ra: { actor, teamIds: [] }, scope: repairScopeOf(actor, []), schoolId: plan.school_id, audit, now, at, outbox };
    // Someone who has left or a disbanded team: routing rules (or the dispatch board) take the job instead.
    const chosen = plan.assignee_id !== null || plan.team_id !== null
      ? await resolveTarget(tx, plan.school_id, { assigneeId: plan.assignee_id, teamId: plan.assignee_id === null ? plan.team_id : null }).catch(() => null)
      : null;
    const { workOrderId } = await createWorkOrder(c, await loadRepairSettings(tx, plan.school_id), {
      id: request.id, categoryId: category.id, roomId: target.roomId, campusId: target.campusId, buildingId: target.buildingId, urgency: 'scheduled',
      reportedAt: at, preferredAt, requesterName: owner.name,
      subject: { requestId: request.id, category: category.name, location: target.name, description: lines[0] ?? description },
    }, chosen ? { assigneeId: chosen.assigneeId ?? undefined, teamId: chosen.teamId ?? undefined } : undefined, [
      { requestId: request.id, kind: 'submitted', toStatus: 'submitted', note: description, data: { maintenancePlanId: plan.id, maintenanceOccurrenceId: inserted.id } },
    ]);
    await tx.updateTable('maintenance_occurrences').set({ request_id: request.id, work_order_id: workOrderId })
      .where('id', '=', inserted.id).where('school_id', '=', plan.school_id).execute();
    await recordAudit(tx, audit, {
      entity: 'maintenance_occurrence', entityId: inserted.id, action: 'create', schoolId: plan.school_id,
      after: { plan_id: plan.id, target_key: target.key, due_date: due, work_order_id: workOrderId },
    });
    return workOrderId;
  });
}

export interface PlanGeneration { workOrderIds: number[]; failed: number; lastError?: string }

/**
 * Generates a plan's due work up to today + its lead days: one occurrence (and work order) per
 * target and due date, each in its own transaction. Safe to run from several processes at once.
 */
export async function generateForPlan(db: Db, plan: PlanRecord, sc: SchoolCalendar, now: Date, audit: AuditContext = { ...SYSTEM_AUDIT, schoolId: plan.school_id }): Promise<PlanGeneration> {
  const out: PlanGeneration = { workOrderIds: [], failed: 0 };
  if (plan.active !== 1) return out;
  const today = sc.cal.localDateOf(now);
  const outbox = new Outbox();
  for (const target of await targetsOf(db, plan)) {
    for (const date of await datesToGenerate(db, plan, sc, target, today)) {
      try {
        const id = await createOccurrence(db, plan, sc, target, date, now, audit, outbox);
        if (id !== null) out.workOrderIds.push(id);
      } catch (err) {
        // One broken occurrence must not stop the rest; coverage is not advanced, so the next run retries it.
        out.failed++;
        out.lastError = `plan ${plan.id} target ${target.key} ${date.dueDate}: ${err instanceof Error ? err.message : String(err)}`;
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

