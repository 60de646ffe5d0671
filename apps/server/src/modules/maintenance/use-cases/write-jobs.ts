import { sql } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { addDays } from '../../../platform/calendar/dates.js';
import { formatLocalTime, zonedInstant } from '../../../platform/calendar/time-zone.js';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Outbox } from '../../../platform/notify/notifier.js';
import { notifyUsers } from '../../../platform/notify/notify-users.js';
import { type NewAssetEvent, recordAssetEvents } from '../../assets/asset-links.js';
import { URGENCY_LABELS } from '../../repairs/repairs.labels.js';
import { type NoticeSubject, repairNotices } from '../../repairs/repairs.notices.js';
import { matchRoutingRule } from '../../repairs/routing.js';
import { type RepairSettings, listRoutingRules, loadRepairSettings, logisticsHeadIds, teamMemberIds } from '../../repairs/settings.repository.js';
import { slaDueTimes } from '../../repairs/sla-clock.js';
import { dataOf } from '../../repairs/use-cases/create-work-order.js';
import { type DispatchTarget, resolveTarget } from '../../repairs/use-cases/resolve-target.js';
import type { NewEvent } from '../../repairs/writes.repository.js';
import { addEvents } from '../../repairs/writes.repository.js';
import { monthDay } from '../recurrence.js';
import type { PlannedDate } from '../recurrence.js';
import type { PlanRecord, SchoolCalendar } from './generate-occurrences.js';
import type { PlanTarget } from './plan-targets.js';

const DESCRIPTION_MAX = 500;

/** One due job of a plan: a target on a date. */
export interface Job { target: PlanTarget; date: PlannedDate }

/** What every job of a plan shares, read once per transaction rather than once per job. */
interface PlanContext {
  owner: { id: number; name: string; department_id: number | null };
  category: { id: number; name: string };
  checklistName: string | null;
  settings: RepairSettings;
  /** The plan's technician or team; null when it has none or they have left (routing rules or the board take over). */
  chosen: DispatchTarget | null;
  rules: Awaited<ReturnType<typeof listRoutingRules>>;
}

/**
 * What plans of one school share (categories, settings, people), read once per generation run:
 * a district's term is thousands of plans, and these answer the same for each of a school's plans.
 * A failed read is forgotten so the next plan tries again.
 */
export class ContextCache {
  private readonly memo = new Map<string, Promise<unknown>>();

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      this.memo.set(key, hit);
      hit.catch(() => this.memo.delete(key));
    }
    return hit;
  }
}

async function planContextOf(tx: Tx, plan: PlanRecord, cache: ContextCache): Promise<PlanContext> {
  const school = plan.school_id;
  const owner = await cache.get(`owner:${school}:${plan.owner_id}`, () => tx.selectFrom('users').select(['id', 'name', 'department_id'])
    .where('id', '=', plan.owner_id).where('school_id', '=', school).executeTakeFirstOrThrow());
  const categories = await cache.get(`categories:${school}`, () => tx.selectFrom('repair_categories').select(['id', 'name'])
    .where('school_id', '=', school).where('active', '=', 1).orderBy('sort').orderBy('id').execute());
  const category = categories.find((c) => c.id === plan.category_id) ?? categories.find((c) => c.name === '其他') ?? categories[0];
  if (!category) throw new Error(`school ${school} has no active repair category`);
  const checklists = await cache.get(`checklists:${school}`, async () => new Map((await tx.selectFrom('checklist_templates').select(['id', 'name'])
    .where('school_id', '=', school).execute()).map((c) => [c.id, c.name])));
  // Someone who has left or a disbanded team: routing rules (or the dispatch board) take the job instead.
  const chosen = plan.assignee_id !== null || plan.team_id !== null
    ? await cache.get(`target:${school}:${plan.assignee_id}:${plan.team_id}`, () => resolveTarget(tx, school, { assigneeId: plan.assignee_id, teamId: plan.assignee_id === null ? plan.team_id : null }).catch(() => null))
    : null;
  return {
    owner, category, checklistName: plan.checklist_template_id === null ? null : checklists.get(plan.checklist_template_id) ?? null,
    settings: await cache.get(`settings:${school}`, () => loadRepairSettings(tx, school)), chosen,
    rules: chosen ? [] : await cache.get(`rules:${school}`, () => listRoutingRules(tx, school)),
  };
}

/** End of the due day's working hours (17:00 on a day without any): the scheduled job's deadline. */
function deadlineOf(cal: WorkingCalendar, date: string): string {
  const periods = cal.periodsOn(date);
  const end = periods[periods.length - 1]?.[1] ?? '17:00';
  const [h, m] = end.split(':').map(Number) as [number, number];
  return zonedInstant(date, h * 60 + m, cal.timezone).toISOString();
}

function descriptionOf(plan: PlanRecord, ctx: PlanContext, { target, date }: Job): { title: string; description: string } {
  const due = date.dueDate as string;
  const lines = [`【计划保养】${plan.name} · ${target.name}`, `应完成日期：${monthDay(due)}${date.note ? `（${date.note}）` : ''}`];
  if (ctx.checklistName) lines.push(`请按检查表「${ctx.checklistName}」逐项检查并填写。`);
  if (plan.description) lines.push(plan.description);
  return { title: lines[0] as string, description: lines.join('\n').slice(0, DESCRIPTION_MAX) };
}

/**
 * The "create" audit rows of a batch in one statement (what recordAudit writes row by row). The
 * rows are requests, work orders and occurrences: no secret fields to strip.
 */
async function auditAll(tx: Tx, audit: AuditContext, schoolId: number, rows: { entity: string; id: number; after: Record<string, unknown> }[]): Promise<void> {
  const at = nowIso();
  for (let i = 0; i < rows.length; i += AUDIT_CHUNK) {
    await tx.insertInto('audit_events').values(rows.slice(i, i + AUDIT_CHUNK).map((r) => ({
      school_id: schoolId, actor_id: audit.actorId, actor_name: audit.actorName, at, entity: r.entity, entity_id: String(r.id),
      action: 'create', before: null, after: JSON.stringify(r.after), ip: audit.ip,
    }))).execute();
  }
}
/** Rows per audit INSERT: 11 parameters each stays far below PostgreSQL's 65,535 bind parameters. */
const AUDIT_CHUNK = 1000;

/** `value` → `case id when … then … end` for one UPDATE of many rows. */
function caseById(ids: number[], value: (id: number) => number): string {
  return `case id ${ids.map((id) => `when ${Number(id)} then ${Number(value(id))}`).join(' ')} end`;
}

interface NoticeGroup { to: number[]; dispatch: boolean; subjects: { subject: NoticeSubject; respondBy: string; dueDate: string }[] }

/**
 * One job: the repairs notice a technician (or the dispatchers) get for any new work order. Many
 * jobs at once (a term generated in one go, a daily plan over 40 rooms): one summary per
 * recipient instead of dozens of identical pings.
 */
async function sendNotices(tx: Tx, schoolId: number, plan: PlanRecord, ctx: PlanContext, groups: NoticeGroup[], outbox: Outbox): Promise<void> {
  const notices = repairNotices(tx, schoolId, outbox);
  for (const g of groups) {
    const to = g.dispatch ? await logisticsHeadIds(tx, schoolId) : g.to;
    const first = g.subjects[0];
    if (!first || to.length === 0) continue;
    if (g.subjects.length === 1) {
      if (g.dispatch) await notices.needsDispatch(to, first.subject, ctx.owner.name);
      else await notices.assigned(to, first.subject, URGENCY_LABELS.scheduled, first.respondBy);
      continue;
    }
    const dates = g.subjects.map((s) => s.dueDate).sort();
    const span = dates[0] === dates.at(-1) ? monthDay(dates[0] as string) : `${monthDay(dates[0] as string)}至${monthDay(dates.at(-1) as string)}`;
    await notifyUsers(tx, {
      schoolId, userIds: to, kind: g.dispatch ? 'repair.dispatch' : 'repair.assigned',
      title: `${g.dispatch ? '新保养工单待派单' : '新保养工单'} ${g.subjects.length} 张：${plan.name}`,
      body: `${span}应完成，共 ${g.subjects.length} 张（${first.subject.location} 等）。`,
      link: g.dispatch ? '/repairs/board' : '/m/work-orders',
    }, outbox);
  }
}

/**
 * Writes a plan's due jobs in the caller's transaction, a handful of statements for the whole
 * batch: occurrences first with ON CONFLICT DO NOTHING on (plan, target, due date), then the
 * requests, work orders, assignments, timeline and audit rows only for the occurrences that took.
 * Two generators racing on the same dates therefore make each work order once. The work order is
 * what repairs' createWorkOrder makes for a 预约 request (same SLA, routing, events and notices),
 * written in bulk because a term of plans for a district is tens of thousands of jobs.
 */
export async function writeJobs(tx: Tx, plan: PlanRecord, sc: SchoolCalendar, jobs: Job[], now: Date, audit: AuditContext, outbox: Outbox, cache = new ContextCache()): Promise<number[]> {
  if (jobs.length === 0) return [];
  const schoolId = plan.school_id;
  const at = now.toISOString();
  const occurrences = await tx.insertInto('maintenance_occurrences').values(jobs.map(({ target, date }) => ({
    school_id: schoolId, plan_id: plan.id, target_key: target.key, room_id: target.roomId, nominal_date: date.nominalDate, due_date: date.dueDate as string,
    visible_from: addDays(date.dueDate as string, -plan.lead_days), adjustment_note: date.note, request_id: null, work_order_id: null,
    checklist_result_id: null, status: 'open', completed_at: null, generated_at: at,
  }))).onConflict((oc) => oc.columns(['plan_id', 'target_key', 'due_date']).doNothing()).returning(['id', 'target_key', 'due_date']).execute();
  if (occurrences.length === 0) return [];
  const byKey = new Map(jobs.map((j) => [`${j.target.key}|${j.date.dueDate}`, j]));
  const taken = occurrences.map((o) => ({ occurrenceId: o.id, job: byKey.get(`${Number(o.target_key)}|${o.due_date}`) as Job }));

  const ctx = await planContextOf(tx, plan, cache);
  const stamp = nowIso();
  const texts = new Map(taken.map((t) => [t.occurrenceId, descriptionOf(plan, ctx, t.job)]));
  const requests = await tx.insertInto('repair_requests').values(taken.map(({ occurrenceId, job: { target, date } }) => ({
    school_id: schoolId, requester_id: ctx.owner.id, requester_department_id: ctx.owner.department_id, room_id: target.roomId,
    location_text: target.roomId === null ? target.name.slice(0, 100) : null, campus_id: target.campusId, building_id: target.buildingId, asset_id: target.assetId,
    category_id: ctx.category.id, description: texts.get(occurrenceId)?.description ?? '', urgency: 'scheduled', preferred_at: deadlineOf(sc.cal, date.dueDate as string),
    status: 'converted', merged_into_id: null, decline_reason: null, cancel_reason: null, repeat_of_id: null, reported_at: at, closed_at: null,
    confirmed_at: null, source: 'maintenance', maintenance_occurrence_id: occurrenceId, created_at: stamp, updated_at: stamp,
  }))).returningAll().execute();
  const requestOf = new Map(requests.map((r) => [Number(r.maintenance_occurrence_id), r]));
  await tx.insertInto('repair_request_followers').values(requests.map((r) => ({ request_id: r.id, user_id: ctx.owner.id, school_id: schoolId, created_at: at })))
    .onConflict((oc) => oc.columns(['request_id', 'user_id']).doNothing()).execute();

  // Who takes each job: the plan's choice, else the first routing rule that fits, else the dispatch board.
  const targets = new Map<number, { target: DispatchTarget | null; routed: boolean }>();
  for (const r of requests) {
    if (ctx.chosen) { targets.set(r.id, { target: ctx.chosen, routed: false }); continue; }
    const rule = matchRoutingRule(ctx.rules, { categoryId: r.category_id, campusId: r.campus_id, buildingId: r.building_id });
    const target = rule ? await resolveTarget(tx, schoolId, { assigneeId: rule.assigneeId, teamId: rule.assigneeId === null ? rule.teamId : null }).catch(() => null) : null;
    targets.set(r.id, { target, routed: target !== null });
  }
  const dues = new Map(requests.map((r) => [r.id, slaDueTimes(sc.cal, ctx.settings.slaPolicy, 'scheduled', now, r.preferred_at ? new Date(r.preferred_at) : null)]));
  const workOrders = await tx.insertInto('work_orders').values(requests.map((r) => {
    const t = targets.get(r.id)?.target ?? null;
    const due = dues.get(r.id) as { respondDueAt: Date; resolveDueAt: Date };
    return {
      school_id: schoolId, request_id: r.id, category_id: r.category_id, room_id: r.room_id, campus_id: r.campus_id, building_id: r.building_id,
      urgency: 'scheduled', status: t ? 'assigned' : 'pending_dispatch', assignee_id: t?.assigneeId ?? null, team_id: t?.teamId ?? null,
      assigned_at: t ? at : null, respond_due_at: due.respondDueAt.toISOString(), resolve_due_at: due.resolveDueAt.toISOString(),
      paused_minutes: 0, auto_confirmed: 0, reopen_count: 0, labor_minutes: 0, cost_fen: 0, created_at: stamp, updated_at: stamp,
    };
  })).returningAll().execute();
  const workOrderOf = new Map(workOrders.map((w) => [w.request_id, w]));
  const assigned = workOrders.filter((w) => w.status === 'assigned');
  if (assigned.length) {
    await tx.insertInto('work_order_assignments').values(assigned.map((w) => ({
      school_id: schoolId, work_order_id: w.id, assignee_id: w.assignee_id, team_id: w.team_id, contractor_id: null,
      assigned_by: targets.get(w.request_id)?.routed ? null : ctx.owner.id, reason: null, assigned_at: at, ended_at: null,
    }))).execute();
  }

  const events: NewEvent[] = [];
  const notices = new Map<string, NoticeGroup>();
  const assetEvents: NewAssetEvent[] = [];
  const members = new Map<number, number[]>();
  for (const { occurrenceId, job } of taken) {
    const r = requestOf.get(occurrenceId);
    const w = r ? workOrderOf.get(r.id) : undefined;
    if (!r || !w) throw new Error(`plan ${plan.id}: occurrence ${occurrenceId} lost its request or work order`);
    const text = texts.get(occurrenceId) as { title: string; description: string };
    const subject = { requestId: r.id, workOrderId: w.id, category: ctx.category.name, location: job.target.name, description: text.title };
    events.push(
      { requestId: r.id, kind: 'submitted', toStatus: 'submitted', note: r.description, data: { maintenancePlanId: plan.id, maintenanceOccurrenceId: occurrenceId } },
      { requestId: r.id, workOrderId: w.id, kind: 'converted', toStatus: 'pending_dispatch' },
    );
    const t = targets.get(r.id)?.target ?? null;
    let to: number[] = [];
    if (t) {
      events.push({ requestId: r.id, workOrderId: w.id, kind: targets.get(r.id)?.routed ? 'routed' : 'assigned', fromStatus: 'pending_dispatch', toStatus: 'assigned', ...dataOf(t) });
      const cached = t.assigneeId !== null ? [t.assigneeId] : members.get(t.teamId ?? 0);
      to = cached ?? await teamMemberIds(tx, schoolId, t.teamId ?? 0);
      if (!cached) members.set(t.teamId ?? 0, to);
    }
    const key = t ? `to:${to.join(',')}` : 'board';
    const group = notices.get(key) ?? { to, dispatch: !t, subjects: [] };
    group.subjects.push({ subject, respondBy: formatLocalTime(w.respond_due_at, sc.cal.timezone), dueDate: job.date.dueDate as string });
    notices.set(key, group);
    // The card's 履历 shows its scheduled upkeep like any other repair.
    const note = `计划保养：${plan.name}（${monthDay(job.date.dueDate as string)}）`;
    for (const assetId of job.target.assetIds) assetEvents.push({ assetId, kind: 'maintenance', note, data: { requestId: r.id, maintenanceOccurrenceId: occurrenceId } });
  }
  await recordAssetEvents(tx, schoolId, audit, assetEvents);
  await sendNotices(tx, schoolId, plan, ctx, [...notices.values()], outbox);
  await addEvents(tx, schoolId, audit, at, events);

  const ids = taken.map((t) => t.occurrenceId);
  const requestIdOf = (id: number) => requestOf.get(id)?.id ?? 0;
  const workOrderIdOf = (id: number) => workOrderOf.get(requestIdOf(id))?.id ?? 0;
  await tx.updateTable('maintenance_occurrences')
    .set({ request_id: sql<number>`${sql.raw(caseById(ids, requestIdOf))}`, work_order_id: sql<number>`${sql.raw(caseById(ids, workOrderIdOf))}` })
    .where('school_id', '=', schoolId).where('id', 'in', ids).execute();
  await auditAll(tx, audit, schoolId, [
    ...requests.map((r) => ({ entity: 'repair_request', id: r.id, after: r })),
    ...workOrders.map((w) => ({ entity: 'work_order', id: w.id, after: w })),
    ...taken.map((t) => ({ entity: 'maintenance_occurrence', id: t.occurrenceId, after: { plan_id: plan.id, target_key: t.job.target.key, due_date: t.job.date.dueDate, work_order_id: workOrderIdOf(t.occurrenceId) } })),
  ]);
  return taken.map((t) => workOrderIdOf(t.occurrenceId));
}
