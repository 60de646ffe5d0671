import type { Kysely } from 'kysely';
import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { checklistSubjectDefinition } from '../../../platform/checklists/checklist-subjects.js';
import type { Database } from '../../../platform/db/schema.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { WORK_ORDER_STATUS_LABELS, type WorkOrderStatus, workOrderCode } from '../../repairs/repairs.labels.js';
import type { OccurrenceDetail } from '../maintenance.schemas.js';
import { occurrenceTargetName } from '../maintenance.presenter.js';
import { OCCURRENCE_STATUS_LABELS } from './list-occurrences.js';
import { OCCURRENCE_SUBJECT } from './record-completions.js';

/**
 * One generated 保养 job as its technician sees it on the phone: what, where, by when, and the
 * checklist to fill in (its published version, and the result already started or submitted).
 */
export async function showOccurrence(db: Kysely<Database>, actor: Actor, id: number): Promise<OccurrenceDetail> {
  if (!hasPermission(actor, 'maintenance_plan', 'read') && !hasPermission(actor, 'work_order', 'read')) throw forbidden();
  const schoolIds = actor.readableSchoolIds.length ? actor.readableSchoolIds : [0];
  const o = await db.selectFrom('maintenance_occurrences as o')
    .innerJoin('maintenance_plans as p', (j) => j.onRef('p.id', '=', 'o.plan_id').onRef('p.school_id', '=', 'o.school_id'))
    .leftJoin('rooms as r', (j) => j.onRef('r.id', '=', 'o.room_id').onRef('r.school_id', '=', 'o.school_id'))
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .leftJoin('repair_requests as rr', (j) => j.onRef('rr.id', '=', 'o.request_id').onRef('rr.school_id', '=', 'o.school_id'))
    .leftJoin('assets as a', (j) => j.onRef('a.id', '=', 'rr.asset_id').onRef('a.school_id', '=', 'rr.school_id'))
    .leftJoin('work_orders as wo', (j) => j.onRef('wo.id', '=', 'o.work_order_id').onRef('wo.school_id', '=', 'o.school_id'))
    .leftJoin('checklist_templates as ct', (j) => j.onRef('ct.id', '=', 'p.checklist_template_id').onRef('ct.school_id', '=', 'p.school_id'))
    .select([
      'o.id', 'o.school_id', 'o.plan_id', 'p.name as plan_name', 'p.description', 'o.room_id', 'r.name as room_name', 'b.name as building_name', 'rr.location_text', 'a.name as asset_name', 'a.code as asset_code',
      'o.due_date', 'o.adjustment_note', 'o.status', 'o.work_order_id', 'wo.status as wo_status', 'ct.id as template_id', 'ct.name as template_name',
      'ct.latest_version_no',
    ])
    .where('o.id', '=', id).where('o.school_id', 'in', schoolIds).executeTakeFirst();
  if (!o) throw notFound('保养任务');
  const results = await db.selectFrom('checklist_results').select(['id', 'status', 'version', 'version_no', 'outcome', 'failed_count'])
    .where('school_id', '=', o.school_id).where('owner_type', '=', OCCURRENCE_SUBJECT).where('owner_id', '=', o.id)
    .orderBy('id', 'desc').limit(1).execute();
  const result = results[0];
  const subject = checklistSubjectDefinition(OCCURRENCE_SUBJECT);
  const canRecord = actor.schoolId === o.school_id && hasPermission(actor, 'checklist', 'read') && subject !== undefined && await subject.canRecord(db, actor, o.id);
  // Done once the work order is completed or the checklist submitted, even before the job records it.
  const done = o.wo_status === 'completed' || o.wo_status === 'confirmed' || result?.status === 'submitted';
  const status = o.status === 'open' && done ? 'completed' : o.status;
  return {
    id: o.id, planId: o.plan_id, planName: o.plan_name, description: o.description,
    targetName: occurrenceTargetName(o),
    dueDate: o.due_date, note: o.adjustment_note, status, statusLabel: OCCURRENCE_STATUS_LABELS[status] ?? status,
    workOrderId: o.work_order_id, workOrderCode: o.work_order_id !== null ? workOrderCode(o.work_order_id) : null,
    workOrderStatusLabel: o.wo_status ? WORK_ORDER_STATUS_LABELS[o.wo_status as WorkOrderStatus] ?? o.wo_status : null,
    checklist: o.template_id !== null && o.template_name !== null && (o.latest_version_no ?? 0) > 0
      ? { templateId: o.template_id, name: o.template_name, versionNo: result?.version_no ?? o.latest_version_no ?? 1 } : null,
    result: result ? { id: result.id, status: result.status, version: result.version, outcome: result.outcome, failedCount: result.failed_count } : null,
    canRecord,
  };
}

/** The occurrence a work order was generated for, if any (the phone's work-order page links to the checklist through it). */
export async function occurrenceIdOfWorkOrder(db: Kysely<Database>, actor: Actor, workOrderId: number): Promise<number | null> {
  const row = await db.selectFrom('maintenance_occurrences').select('id')
    .where('work_order_id', '=', workOrderId).where('school_id', 'in', actor.readableSchoolIds.length ? actor.readableSchoolIds : [0]).executeTakeFirst();
  return row?.id ?? null;
}
