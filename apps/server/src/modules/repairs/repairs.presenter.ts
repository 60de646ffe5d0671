import type { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import { floorLabel } from '../qr/targets/room-qr-target.js';
import type { EventRow } from './detail.repository.js';
import {
  PROGRESS_LABELS, type ProgressStatus, REQUEST_STATUS_LABELS, type RequestStatus, URGENCY_LABELS, type Urgency, requestCode, workOrderCode,
} from './repairs.labels.js';
import { type RepairActor, requestAbilities, workOrderAbilities } from './repairs.policy.js';
import type { ItemRow, RequestItem } from './repairs.repository.js';
import type { RepairRequestDto, TimelineEvent, WorkOrderDto } from './repairs.schemas.js';
import { type SlaSnapshot, slaSnapshot } from './sla-clock.js';
import { statusLabel } from './work-order.state.js';

/** What presenting needs besides the rows: who is looking, their teams, each school's calendar, and the time. */
export interface PresentContext extends RepairActor {
  calendars: ReadonlyMap<number, WorkingCalendar>;
  now: Date;
}

const label = <K extends string>(labels: Record<K, string>, key: string): string => (key in labels ? labels[key as K] : key);

export function placeOf(r: Pick<ItemRow, 'room_id' | 'room_name' | 'building_id' | 'building_name' | 'room_floor' | 'location_text'>) {
  const location = r.room_id !== null
    ? [r.building_name, floorLabel(r.room_floor), r.room_name].filter((p): p is string => !!p).join(' ')
    : r.location_text ?? '';
  return {
    roomId: r.room_id, roomName: r.room_name, buildingId: r.building_id, buildingName: r.building_name, floor: r.room_floor,
    locationText: r.location_text, location,
  };
}

/** What the fault is about and where it came from: an asset, and a 保养计划 for generated work. */
function assetOf(r: Pick<ItemRow, 'asset_id' | 'asset_name' | 'asset_code' | 'source' | 'maintenance_occurrence_id'>) {
  return {
    assetId: r.asset_id, assetName: r.asset_name, assetCode: r.asset_code, source: r.source, maintenanceOccurrenceId: r.maintenance_occurrence_id,
  };
}

function slaOf(ctx: PresentContext, r: RequestItem): SlaSnapshot | null {
  const cal = ctx.calendars.get(r.school_id);
  if (r.wo_id === null || !cal || r.wo_status === null || r.respond_due_at === null || r.resolve_due_at === null) return null;
  return slaSnapshot(cal, {
    status: r.wo_status, respondDueAt: r.respond_due_at, resolveDueAt: r.resolve_due_at, acceptedAt: r.accepted_at,
    pausedAt: r.paused_at, completedAt: r.completed_at,
  }, ctx.now);
}

function workOrderFacts(r: RequestItem) {
  return { schoolId: r.school_id, status: r.wo_status ?? '', assigneeId: r.assignee_id, teamId: r.team_id, requesterId: r.requester_id, contractorId: r.contractor_id };
}

function progressOf(r: RequestItem): ProgressStatus {
  if (r.status === 'converted' && r.wo_status) return r.wo_status as ProgressStatus;
  return r.status as ProgressStatus;
}

export function presentRequest(ctx: PresentContext, r: RequestItem): RepairRequestDto {
  const progress = progressOf(r);
  const ra = requestAbilities(ctx.actor, { schoolId: r.school_id, status: r.status, requesterId: r.requester_id, workOrderStatus: r.wo_status });
  const wa = r.wo_id !== null ? workOrderAbilities(ctx, workOrderFacts(r)) : null;
  return {
    id: r.id, code: requestCode(r.id), schoolId: r.school_id,
    status: r.status, statusLabel: label<RequestStatus>(REQUEST_STATUS_LABELS, r.status),
    progress, progressLabel: label(PROGRESS_LABELS, progress),
    urgency: r.urgency, urgencyLabel: label<Urgency>(URGENCY_LABELS, r.urgency), preferredAt: r.preferred_at,
    categoryId: r.category_id, categoryName: r.category_name, ...placeOf(r), ...assetOf(r), description: r.description,
    requesterId: r.requester_id, requesterName: r.requester_name, reportedAt: r.reported_at, closedAt: r.closed_at,
    isRepeat: r.repeat_of_id !== null, repeatOfId: r.repeat_of_id, mergedIntoId: r.merged_into_id,
    declineReason: r.decline_reason, cancelReason: r.cancel_reason,
    workOrder: r.wo_id === null ? null : {
      id: r.wo_id, code: workOrderCode(r.wo_id), status: r.wo_status ?? '', statusLabel: statusLabel(r.wo_status ?? ''),
      assigneeId: r.assignee_id, assigneeName: r.assignee_name, teamId: r.team_id, teamName: r.team_name,
      contractorId: r.contractor_id, contractorName: r.contractor_name, version: r.wo_version ?? 1,
    },
    sla: slaOf(ctx, r), version: r.version,
    abilities: {
      convert: ra.convert, merge: ra.merge, decline: ra.decline, cancel: ra.cancel, followUp: ra.follow_up,
      confirm: wa?.confirm ?? false, reopen: wa?.reopen ?? false,
    },
  };
}

/** A work order row (its request joined); callers only pass rows that have one. */
export function presentWorkOrder(ctx: PresentContext, r: ItemRow): WorkOrderDto {
  const id = r.wo_id ?? 0;
  const status = r.wo_status ?? '';
  const sla = slaOf(ctx, r);
  return {
    id, code: workOrderCode(id), schoolId: r.school_id, requestId: r.id, requestCode: requestCode(r.id),
    status, statusLabel: statusLabel(status), urgency: r.urgency, urgencyLabel: label<Urgency>(URGENCY_LABELS, r.urgency),
    preferredAt: r.preferred_at, categoryId: r.category_id, categoryName: r.category_name, ...placeOf(r), ...assetOf(r), description: r.description,
    requesterId: r.requester_id, requesterName: r.requester_name,
    assigneeId: r.assignee_id, assigneeName: r.assignee_name, teamId: r.team_id, teamName: r.team_name,
    contractorId: r.contractor_id, contractorName: r.contractor_name, quoteFen: r.quote_fen,
    reportedAt: r.reported_at, assignedAt: r.assigned_at, acceptedAt: r.accepted_at, startedAt: r.started_at, pausedAt: r.paused_at,
    pauseReason: r.pause_reason, completedAt: r.completed_at, confirmedAt: r.confirmed_at, autoConfirmed: r.auto_confirmed === 1,
    cancelledAt: r.cancelled_at, cancelReason: r.cancel_reason, reopenCount: r.reopen_count ?? 0, isRepeat: r.repeat_of_id !== null,
    sla: sla ?? {
      respondDueAt: r.respond_due_at ?? '', resolveDueAt: r.resolve_due_at ?? '', clock: 'stopped', respondRemainingMinutes: null,
      respondOverdue: false, resolveRemainingMinutes: null, resolveOverdue: false, label: '',
    },
    version: r.wo_version ?? 1, abilities: workOrderAbilities(ctx, workOrderFacts(r)),
  };
}

const EVENT_LABELS: Record<string, string> = {
  submitted: '提交报修', follow_up: '跟进', converted: '受理并生成工单', merged: '合并到其他报修单', merged_in: '合并了报修单',
  declined: '驳回', withdrawn: '撤回报修', routed: '按规则自动派单', assigned: '派单', reassigned: '转单', outsourced: '委外', accepted: '接单',
  started: '开始维修', paused: '暂停', resumed: '继续维修', completed: '完工', confirmed: '验收', auto_confirmed: '超期自动验收',
  reopened: '退回返修', cancelled: '取消工单', escalated: '超时上报', respond_escalated: '响应超时上报', repeat: '重复故障',
};

function eventData(json: string | null): TimelineEvent['data'] {
  if (!json) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const d = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: TimelineEvent['data'] = {};
  const int = (k: string) => (typeof d[k] === 'number' && Number.isInteger(d[k]) ? (d[k] as number) : undefined);
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
  const set = <K extends keyof TimelineEvent['data']>(k: K, v: TimelineEvent['data'][K] | undefined) => { if (v !== undefined) out[k] = v; };
  set('assigneeId', int('assigneeId'));
  set('assigneeName', str('assigneeName'));
  set('teamId', int('teamId'));
  set('teamName', str('teamName'));
  set('rating', int('rating'));
  set('targetRequestId', int('targetRequestId'));
  set('targetRequestCode', str('targetRequestCode'));
  set('costFen', int('costFen'));
  set('contractorId', int('contractorId'));
  set('contractorName', str('contractorName'));
  set('quoteFen', int('quoteFen'));
  if (typeof d.laborHours === 'number') out.laborHours = d.laborHours;
  if (Array.isArray(d.fileIds)) out.fileIds = d.fileIds.filter((x): x is number => typeof x === 'number');
  return out;
}

export function presentEvent(e: EventRow): TimelineEvent {
  return {
    id: e.id, requestId: e.request_id, workOrderId: e.work_order_id, kind: e.kind, kindLabel: EVENT_LABELS[e.kind] ?? e.kind,
    actorId: e.actor_id, actorName: e.actor_name, fromStatus: e.from_status, toStatus: e.to_status,
    toStatusLabel: e.to_status ? (statusLabel(e.to_status) !== e.to_status ? statusLabel(e.to_status) : label(REQUEST_STATUS_LABELS, e.to_status)) : null,
    note: e.note, at: e.at, data: eventData(e.data),
  };
}

