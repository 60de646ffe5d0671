import { useQuery } from '@tanstack/react-query';
import { get, itemsOf, post } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

export interface Sla {
  respondDueAt: string | null;
  resolveDueAt: string | null;
  clock: 'running' | 'paused' | 'stopped';
  respondOverdue: boolean;
  resolveOverdue: boolean;
  resolveRemainingMinutes: number | null;
  label: string;
}

export interface FileDto { id: number; originalName: string; mime: string; size: number; url: string; thumbnailUrl: string | null }

interface Place {
  roomId: number | null; roomName: string | null; buildingId: number | null; buildingName: string | null;
  floor: number | null; locationText: string | null; location: string | null;
  assetId: number | null; assetName: string | null; assetCode: string | null;
  /** 'maintenance' for work a 保养计划 generated */
  source: string; maintenanceOccurrenceId: number | null;
}

export interface WorkOrder extends Place {
  id: number; code: string; requestId: number; requestCode: string; status: string; statusLabel: string;
  urgency: string; urgencyLabel: string; preferredAt: string | null; categoryId: number; categoryName: string;
  description: string; requesterId: number; requesterName: string; assigneeId: number | null; assigneeName: string | null;
  teamId: number | null; teamName: string | null; reportedAt: string; pauseReason: string | null; cancelReason: string | null;
  /** 委外: the contractor it went to and the quote (fen) */
  contractorId: number | null; contractorName: string | null; quoteFen: number | null;
  reopenCount: number; isRepeat: boolean; sla: Sla | null; version: number;
  abilities: { assign: boolean; reassign: boolean; outsource: boolean; cancel: boolean };
}

export interface TimelineEntry {
  id: number; kind: string; kindLabel: string; actorName: string | null; toStatusLabel: string | null; note: string | null; at: string;
  data: {
    assigneeName?: string; teamName?: string; rating?: number; targetRequestCode?: string; laborHours?: number; costFen?: number;
    contractorName?: string; quoteFen?: number;
  };
}

export interface Completion { laborHours: number; costFen: number; note: string | null; parts: { id: number; name: string; quantity: number; unit: string | null; unitCostFen: number }[] }

export interface WorkOrderDetail extends WorkOrder {
  requesterPhone: string | null;
  photos: FileDto[]; completionPhotos: FileDto[]; timeline: TimelineEntry[];
  completion: Completion | null; rating: { stars: number; comment: string | null } | null;
  assignments: {
    id: number; assigneeName: string | null; teamName: string | null; contractorName: string | null; assignedByName: string | null;
    reason: string | null; assignedAt: string; endedAt: string | null;
  }[];
}

export interface RepairRequest extends Place {
  id: number; code: string; status: string; statusLabel: string; progress: string; progressLabel: string;
  urgency: string; urgencyLabel: string; categoryId: number; categoryName: string; description: string;
  requesterName: string; reportedAt: string; isRepeat: boolean; declineReason: string | null;
  workOrder: { id: number; code: string; statusLabel: string; assigneeName: string | null; teamName: string | null; contractorName: string | null } | null;
  sla: Sla | null; version: number;
  abilities: { convert: boolean; merge: boolean; decline: boolean };
}

export interface Contractor {
  id: number; name: string; contactName: string | null; phone: string | null; licenceNote: string | null; active: boolean; version: number;
  categories: { id: number; name: string }[];
  accounts: { id: number; staffNo: string; name: string; phone: string | null; active: boolean; lastLoginAt: string | null }[];
  openCount: number; abilities: { update: boolean; delete: boolean; addAccount: boolean };
}
export interface Technician { id: number; name: string; phone: string | null; openCount: number; teams: { id: number; name: string }[] }
export interface Category { id: number; name: string; sort: number; active: boolean; version: number; abilities: { update: boolean; delete: boolean } }
export interface Team { id: number; name: string; active: boolean; version: number; members: { id: number; name: string }[]; abilities: { update: boolean; delete: boolean } }
export interface RoutingRule {
  id: number; categoryId: number | null; categoryName: string | null; campusId: number | null; campusName: string | null;
  buildingId: number | null; buildingName: string | null; teamId: number | null; teamName: string | null;
  assigneeId: number | null; assigneeName: string | null; sort: number; active: boolean; note: string | null; version: number;
  abilities: { update: boolean; delete: boolean };
}
export interface SlaTarget { value: number; unit: 'minutes' | 'days' }
export interface RepairSettings {
  slaPolicy: { urgent: { respond: SlaTarget; resolve: SlaTarget }; normal: { respond: SlaTarget; resolve: SlaTarget }; scheduled: { respond: SlaTarget } };
  photoRule: 'always' | 'except_urgent' | 'never'; photoRuleLabel: string; completionPhotoRequired: boolean;
  autoConfirmDays: number; autoConvert: boolean; repeatWindowDays: number; version: number; abilities: { update: boolean };
}

export const WORK_ORDERS_KEY = ['/work-orders'];
export const REQUESTS_KEY = ['/repair-requests'];
const invalidate = [WORK_ORDERS_KEY, REQUESTS_KEY];

export const WORK_ORDER_STATUS: Record<string, { text: string; color: string }> = {
  pending_dispatch: { text: '待派单', color: 'orange' },
  assigned: { text: '待接单', color: 'gold' },
  accepted: { text: '已接单', color: 'blue' },
  in_progress: { text: '维修中', color: 'processing' },
  paused: { text: '已暂停', color: 'purple' },
  completed: { text: '待验收', color: 'cyan' },
  confirmed: { text: '已验收', color: 'green' },
  cancelled: { text: '已取消', color: 'default' },
};
export const REQUEST_STATUS: Record<string, { text: string; color: string }> = {
  submitted: { text: '待受理', color: 'orange' },
  converted: { text: '已转工单', color: 'blue' },
  merged: { text: '已合并', color: 'default' },
  declined: { text: '已驳回', color: 'red' },
  cancelled: { text: '已撤回', color: 'default' },
};
export const URGENCY: Record<string, { text: string; color: string }> = {
  urgent: { text: '紧急', color: 'red' },
  normal: { text: '一般', color: 'blue' },
  scheduled: { text: '预约', color: 'default' },
};

/** 元 with two decimals from the server's integer 分. */

export function useWorkOrder(id: number | null) {
  return useQuery({ queryKey: ['/work-orders', id], queryFn: () => get<WorkOrderDetail>(`/work-orders/${id}`), enabled: id !== null });
}
export function useTechnicians() {
  return useQuery({ queryKey: ['/work-orders/technicians'], queryFn: () => get<{ items: Technician[] }>('/work-orders/technicians'), select: (d) => d.items });
}
export function useCategories() {
  return useQuery({ queryKey: ['/repair-categories'], queryFn: () => get<Category[] | { items: Category[] }>('/repair-categories'), select: (d) => itemsOf(d) });
}
export function useContractors(enabled = true) {
  return useQuery({ queryKey: ['/repair-contractors'], queryFn: () => get<{ items: Contractor[] }>('/repair-contractors'), select: (d) => d.items, enabled });
}
export function useTeams() {
  return useQuery({ queryKey: ['/repair-teams'], queryFn: () => get<Team[] | { items: Team[] }>('/repair-teams'), select: (d) => itemsOf(d) });
}

/** Who gets the job: one technician or a whole team (the server takes exactly one). */
export interface Target { assigneeId?: number; teamId?: number }

export function useWorkOrderWrites() {
  return {
    assign: useWrite((b: Target & { items: { id: number; version: number }[] }) => post<{ items: WorkOrder[] }>('/work-orders/assign', b),
      { invalidate, success: (r) => `已派出 ${r.items.length} 张工单` }),
    reassign: useWrite(({ id, ...b }: Target & { id: number; version: number; reason: string }) => post(`/work-orders/${id}/reassign`, b), { invalidate, success: '已转单' }),
    outsource: useWrite(({ id, ...b }: { id: number; version: number; contractorId: number; quoteFen?: number; note?: string }) => post(`/work-orders/${id}/outsource`, b),
      { invalidate: [...invalidate, ['/repair-contractors']], success: '已委外，外包单位的账号会收到通知' }),
    cancel: useWrite(({ id, ...b }: { id: number; version: number; reason: string }) => post(`/work-orders/${id}/cancel`, b), { invalidate, success: '已取消工单' }),
  };
}

export function useRequestWrites() {
  return {
    convert: useWrite(({ id, ...b }: Target & { id: number; version: number }) => post(`/repair-requests/${id}/convert`, b), { invalidate, success: '已受理并生成工单' }),
    merge: useWrite(({ id, ...b }: { id: number; version: number; targetId: number; note?: string }) => post(`/repair-requests/${id}/merge`, b), { invalidate, success: '已合并' }),
    decline: useWrite(({ id, ...b }: { id: number; version: number; reason: string }) => post(`/repair-requests/${id}/decline`, b), { invalidate, success: '已驳回，报修人会收到原因' }),
  };
}
