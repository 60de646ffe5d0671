import { useQuery } from '@tanstack/react-query';
import { get, post, put, qs } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

/** 调拨 / 借用 / 退库 documents as the server presents them (apps/server/src/modules/assets/movements). */
export type MovementKind = 'transfer' | 'loan' | 'store_return';
export type StepAction = 'submit' | 'approve' | 'reject' | 'receive' | 'lend' | 'return' | 'cancel' | 'extend'
  | 'request-extension' | 'grant-extension' | 'decline-extension';

/** What the reader may do now (server-computed). requestExtension: the borrower; decideExtension: the storekeeper, while a request waits. */
export interface MovementAbilities {
  submit: boolean; approve: boolean; reject: boolean; receive: boolean; lend: boolean; return: boolean; cancel: boolean; extend: boolean;
  requestExtension: boolean; decideExtension: boolean;
}

export interface Movement {
  id: number; schoolId: number; code: string; kind: MovementKind; kindLabel: string; status: string; statusLabel: string;
  requesterId: number; requesterName: string;
  toCustodianId: number | null; toCustodianName: string | null; toDepartmentId: number | null; toDepartmentName: string | null;
  toRoomId: number | null; toRoomName: string | null; toText: string;
  reason: string; expectedDate: string | null; dueDate: string | null; overdue: boolean; needsApproval: boolean;
  assetCount: number; assetSummary: string; extensionRequested: boolean; submittedAt: string | null; closedAt: string | null; createdAt: string; updatedAt: string; version: number;
  abilities: MovementAbilities;
}

export interface MovementLine {
  id: number; assetId: number; code: string; name: string; specModel: string | null; accountingClassLabel: string; originalValueFen: number;
  fromText: string; fromStatusLabel: string; statusLabel: string; location: string; custodianName: string | null;
  returnCondition: string | null; returnConditionLabel: string | null; returnNote: string | null;
}

export interface MovementStep { id: number; action: string; actionLabel: string; actorName: string; note: string | null; at: string }
/** 续借: one extension of a loan's due date. */
export interface LoanExtension { id: number; fromDate: string; toDate: string; reason: string; actorName: string; at: string }
/** 申请续借: the borrower's request and the storekeeper's answer (pending | granted | declined | lapsed). */
export interface ExtensionRequest {
  id: number; fromDate: string; toDate: string; reason: string; status: string; statusLabel: string; requesterName: string; createdAt: string;
  decidedByName: string | null; decidedAt: string | null; decisionNote: string | null;
}
export interface MovementDetail {
  movement: Movement; lines: MovementLine[]; steps: MovementStep[]; extensions: LoanExtension[]; extensionRequests: ExtensionRequest[]; hint: string | null;
}

export interface Candidate {
  id: number; code: string; name: string; specModel: string | null; status: string; statusLabel: string; location: string;
  custodianName: string | null; blockedReason: string | null;
}

export interface NewMovement {
  kind: MovementKind; assetIds: number[]; toCustodianId?: number; toDepartmentId?: number; toRoomId?: number;
  reason: string; expectedDate?: string; dueDate?: string; submit: boolean;
}

export interface ReturnLine { assetId: number; condition: 'good' | 'damaged'; note?: string }
export interface StepInput { action: StepAction; note?: string; reason?: string; lines?: ReturnLine[]; dueDate?: string }

export const KIND_LABELS: Record<MovementKind, string> = { transfer: '调拨', loan: '借用', store_return: '退库' };
export const STATUS_COLORS: Record<string, string> = {
  draft: 'default', submitted: 'processing', approved: 'blue', lent: 'purple', done: 'success', returned: 'success', rejected: 'error', cancelled: 'default',
};

export const MOVEMENTS_KEY = ['/asset-movements'];
const ASSETS_KEY = ['/assets'];

export const useMovement = (id: number | null) =>
  useQuery({ queryKey: [...MOVEMENTS_KEY, 'detail', id], enabled: id !== null, queryFn: () => get<MovementDetail>(`/asset-movements/${id}`) });

export const useCandidates = (kind: MovementKind, q: string, roomId: number | undefined, enabled = true) =>
  useQuery({
    queryKey: ['/asset-movements/candidates', kind, q, roomId], enabled,
    queryFn: () => get<{ items: Candidate[] }>(`/asset-movements/candidates${qs({ kind, q, roomId, limit: roomId ? 500 : 50 })}`),
  });

export function useCreateMovement(onDone: (d: MovementDetail) => void) {
  return useWrite((v: NewMovement) => post<MovementDetail>('/asset-movements', v), {
    invalidate: [MOVEMENTS_KEY, ASSETS_KEY],
    success: (d, v) => `已${v.submit ? '提交' : '保存'}${d.movement.kindLabel}单 ${d.movement.code}`,
    onSuccess: (d) => onDone(d),
  });
}

const STEP_DONE: Record<StepAction, string> = {
  submit: '已提交', approve: '已审批通过', reject: '已驳回', receive: '已确认', lend: '已借出', return: '已归还', cancel: '已撤销', extend: '已续借',
  'request-extension': '已申请续借', 'grant-extension': '已同意续借', 'decline-extension': '已回复：不同意续借',
};

/** One step of a document at its current version; the asset list refreshes too (custody may have moved). */
export function useMovementStep(m: Movement | null, onDone?: (d: MovementDetail) => void) {
  return useWrite((v: StepInput) => {
    if (!m) return Promise.reject(new Error('没有选择单据'));
    const { action, ...rest } = v;
    return post<MovementDetail>(`/asset-movements/${m.id}/${action}`, { version: m.version, ...rest });
  }, {
    invalidate: [MOVEMENTS_KEY, ASSETS_KEY],
    success: (d, v) => d.hint ?? `${d.movement.code} ${STEP_DONE[v.action]}`,
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}

export interface MovementSettings { lowValueNeedsApproval: boolean; storeRoomId: number | null; storeRoomName: string | null; version: number; abilities: { update: boolean } }
export const useMovementSettings = (enabled: boolean) =>
  useQuery({ queryKey: ['/asset-movement-settings'], enabled, queryFn: () => get<MovementSettings>('/asset-movement-settings') });
export function useSaveMovementSettings() {
  return useWrite((v: { version: number; lowValueNeedsApproval: boolean; storeRoomId: number | null }) => put<MovementSettings>('/asset-movement-settings', v), {
    invalidate: [['/asset-movement-settings']], success: '已保存调拨借用设置',
  });
}
