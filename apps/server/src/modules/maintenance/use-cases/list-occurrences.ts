import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { addDays, dayNumberOf } from '../../../platform/calendar/dates.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { WORK_ORDER_STATUS_LABELS, type WorkOrderStatus, workOrderCode } from '../../repairs/repairs.labels.js';
import { dayFactsOf } from '../day-facts.js';
import { chosenRooms, listAllPlans } from '../maintenance.repository.js';
import { type AssetTargets, occurrenceTargetName, targetTextOf } from '../maintenance.presenter.js';
import type { OccurrenceDto, OccurrenceQuery } from '../maintenance.schemas.js';
import { plannedDates } from '../recurrence.js';
import { type SchoolCalendar, timingOf } from './generate-occurrences.js';
import { nextDueOf, schoolCalendarOf } from './next-due.js';
import { assetTargetsOfPlans } from './load-plans.js';
import type { DialectName } from '../../../platform/db/database.js';

const MAX_RANGE_DAYS = 92;
export const OCCURRENCE_STATUS_LABELS: Record<string, string> = { planned: '待生成', open: '进行中', completed: '已完成', cancelled: '已取消' };

function generatedRows(db: Kysely<Database>, schoolIds: number[], q: OccurrenceQuery) {
  let query = db.selectFrom('maintenance_occurrences as o')
    .innerJoin('maintenance_plans as p', (j) => j.onRef('p.id', '=', 'o.plan_id').onRef('p.school_id', '=', 'o.school_id'))
    .leftJoin('rooms as r', (j) => j.onRef('r.id', '=', 'o.room_id').onRef('r.school_id', '=', 'o.school_id'))
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .leftJoin('work_orders as wo', (j) => j.onRef('wo.id', '=', 'o.work_order_id').onRef('wo.school_id', '=', 'o.school_id'))
    .leftJoin('repair_requests as rr', (j) => j.onRef('rr.id', '=', 'o.request_id').onRef('rr.school_id', '=', 'o.school_id'))
    .leftJoin('assets as a', (j) => j.onRef('a.id', '=', 'rr.asset_id').onRef('a.school_id', '=', 'rr.school_id'))
    .leftJoin('users as ua', 'ua.id', 'wo.assignee_id')
    .leftJoin('repair_teams as t', 't.id', 'wo.team_id')
    .select([
      'o.id', 'o.plan_id', 'p.name as plan_name', 'p.checklist_template_id', 'o.target_key', 'o.room_id', 'r.name as room_name', 'b.name as building_name',
      'rr.location_text', 'a.name as asset_name', 'a.code as asset_code', 'o.nominal_date', 'o.due_date', 'o.visible_from', 'o.adjustment_note', 'o.status', 'o.completed_at', 'o.request_id',
      'o.work_order_id', 'wo.status as wo_status', 'wo.completed_at as wo_completed_at', 'ua.name as assignee_name', 't.name as team_name', 'o.checklist_result_id',
    ])
    .where('o.school_id', 'in', schoolIds.length ? schoolIds : [0])
    .where('o.due_date', '>=', q.from).where('o.due_date', '<=', q.to);
  if (q.planId) query = query.where('o.plan_id', '=', q.planId);
  return query.orderBy('o.due_date').orderBy('o.plan_id').orderBy('o.target_key').limit(5000).execute();
}

/** An open occurrence whose work order has ended shows how it ended at once, before the job records it. */
function liveStatus(status: string, woStatus: string | null): string {
  if (status !== 'open' || woStatus === null) return status;
  if (woStatus === 'completed' || woStatus === 'confirmed') return 'completed';
  return woStatus === 'cancelled' ? 'cancelled' : 'open';
}

/**
 * 保养日历: the work generated in [from, to] with its work-order status, plus what the active
 * plans will generate later in the range (status 待生成, one line per plan and date).
 */
export async function listOccurrences(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: OccurrenceQuery, now = new Date()) {
  if (q.to < q.from) throw invalidField('to', '「结束日期」不能早于开始日期');
  if (dayNumberOf(q.to) - dayNumberOf(q.from) > MAX_RANGE_DAYS) throw invalidField('to', `「结束日期」与「开始日期」相差不能超过 ${MAX_RANGE_DAYS} 天`);
  const items: OccurrenceDto[] = [];
  for (const o of await generatedRows(db, actor.readableSchoolIds, q)) {
    const status = liveStatus(o.status, o.wo_status);
    const targetName = occurrenceTargetName(o);
    items.push({
      id: o.id, planId: o.plan_id, planName: o.plan_name, targetKey: o.target_key, roomId: o.room_id, targetName,
      nominalDate: o.nominal_date, dueDate: o.due_date, visibleFrom: o.visible_from, note: o.adjustment_note, status, statusLabel: OCCURRENCE_STATUS_LABELS[status] ?? status,
      completedAt: o.completed_at ?? (status === 'completed' ? o.wo_completed_at : null), requestId: o.request_id, workOrderId: o.work_order_id,
      workOrderCode: o.work_order_id !== null ? workOrderCode(o.work_order_id) : null, workOrderStatus: o.wo_status,
      workOrderStatusLabel: o.wo_status ? WORK_ORDER_STATUS_LABELS[o.wo_status as WorkOrderStatus] ?? o.wo_status : null,
      assigneeName: o.assignee_name, teamName: o.team_name, checklistTemplateId: o.checklist_template_id, checklistResultId: o.checklist_result_id,
    });
  }
  if (!q.status || q.status === 'planned') items.push(...await plannedItems(db, dialect, actor, q, items, now));
  const shown = q.status ? items.filter((i) => i.status === q.status) : items;
  shown.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.planName.localeCompare(b.planName));
  return { from: q.from, to: q.to, items: shown };
}

async function plannedItems(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: OccurrenceQuery, generated: OccurrenceDto[], now: Date): Promise<OccurrenceDto[]> {
  const plans = (await listAllPlans(db, dialect, actor.readableSchoolIds, { active: true }, 'name')).filter((p) => !q.planId || p.id === q.planId);
  const taken = new Set(generated.map((g) => `${g.planId}:${g.dueDate}`));
  const calendars = new Map<number, SchoolCalendar>();
  const out: OccurrenceDto[] = [];
  for (const schoolId of new Set(plans.map((p) => p.school_id))) calendars.set(schoolId, await schoolCalendarOf(db, schoolId));
  const rooms = new Map<number, Awaited<ReturnType<typeof chosenRooms>>>();
  for (const schoolId of calendars.keys()) rooms.set(schoolId, await chosenRooms(db, schoolId, plans.filter((p) => p.school_id === schoolId && p.target_type === 'rooms').map((p) => p.id)));
  const assets = new Map<number, AssetTargets>();
  for (const schoolId of calendars.keys()) for (const [id, a] of await assetTargetsOfPlans(db, schoolId, plans.filter((p) => p.school_id === schoolId))) assets.set(id, a);
  for (const p of plans) {
    const sc = calendars.get(p.school_id) as SchoolCalendar;
    const today = sc.cal.localDateOf(now);
    const covered = p.generated_through ? addDays(p.generated_through, 1) : p.generate_from;
    const lo = [q.from, covered, today, p.generate_from].sort().at(-1) as string;
    const timing = timingOf(p);
    const dates = timing.schedule.kind === 'after_completion'
      ? (() => { const d = nextDueOf(p, sc, today); return d && !p.next_open_due && d >= lo && d <= q.to ? [{ nominalDate: d, dueDate: d, note: null }] : []; })()
      : lo > q.to ? [] : plannedDates(timing, dayFactsOf(sc.cal), sc.terms, lo, q.to).filter((d) => d.dueDate !== null);
    const targetName = targetTextOf(p, rooms.get(p.school_id)?.get(p.id) ?? [], assets.get(p.id));
    for (const d of dates) {
      const due = d.dueDate as string;
      if (taken.has(`${p.id}:${due}`)) continue;
      out.push({
        id: null, planId: p.id, planName: p.name, targetKey: -1, roomId: null, targetName, nominalDate: d.nominalDate, dueDate: due,
        visibleFrom: addDays(due, -p.lead_days), note: d.note, status: 'planned', statusLabel: OCCURRENCE_STATUS_LABELS.planned ?? '待生成', completedAt: null,
        requestId: null, workOrderId: null, workOrderCode: null, workOrderStatus: null, workOrderStatusLabel: null,
        assigneeName: p.assignee_name ?? null, teamName: p.team_name ?? null, checklistTemplateId: p.checklist_template_id, checklistResultId: null,
      });
    }
  }
  return out;
}
