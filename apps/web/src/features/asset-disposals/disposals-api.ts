import { useQuery } from '@tanstack/react-query';
import { get, post, put } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

/** A 报废/报损 request as the server presents it (apps/server/src/modules/assets/disposals); money in fen. */
export interface Disposal {
  id: number; schoolId: number; schoolName: string; kind: string; kindLabel: string; legalCondition: string; legalConditionLabel: string;
  reason: string; appraisal: string | null; proposedMethod: string; proposedMethodLabel: string; totalOriginalFen: number; totalNetFen: number;
  cardCount: number; summary: string; status: string; statusLabel: string; steps: string[]; currentStep: string | null; currentStepLabel: string | null;
  method: string | null; methodLabel: string | null; disposedOn: string | null; proceedsFen: number | null; proceedsNote: string | null;
  recipient: string | null; createdAt: string; createdByName: string | null; version: number;
  abilities: { act: boolean; documentOnly: boolean; complete: boolean; withdraw: boolean; attach: boolean };
}
export interface DisposalItem {
  assetId: number; code: string; name: string; specModel: string | null; categoryName: string; acquiredOn: string;
  originalValueFen: number; netValueFen: number; status: string; statusLabel: string;
}
export interface ChainStep { step: string; label: string; state: 'done' | 'current' | 'pending' | 'rejected'; actorName: string | null; at: string | null; note: string | null }
export interface StepLog {
  id: number; step: string; stepLabel: string; action: string; actionLabel: string; actorName: string; at: string; note: string | null;
  mode: string | null; meetingDate: string | null; minutesFileId: number | null; docNo: string | null; docDate: string | null; docFileId: number | null;
}
export interface DisposalDetail { disposal: Disposal; items: DisposalItem[]; chain: ChainStep[]; log: StepLog[] }

export interface DisposalSettings {
  schoolId: number;
  tiers: { minFen: number; approvals: string[]; approvalLabels: string[] }[];
  landBuildingTopTier: boolean;
  appraisalConditions: string[];
  conditions: { key: string; label: string }[];
  compensation: { ratios: { cause: string; label: string; pct: number }[]; minimumFen: number; rounding: string };
  version: number;
  abilities: { update: boolean };
}

export const KIND_OPTIONS = [{ value: 'scrap', label: '报废' }, { value: 'loss', label: '报损' }];
export const CONDITION_OPTIONS = [
  { value: 'obsolete', label: '（一）因技术原因确需淘汰或者无法维修、无维修价值' },
  { value: 'shortage', label: '（二）涉及盘亏、坏账以及非正常损失' },
  { value: 'expired', label: '（三）已超过使用年限且无法满足现有工作需要' },
  { value: 'force_majeure', label: '（四）因自然灾害等不可抗力造成毁损、灭失' },
];
export const METHOD_OPTIONS = [
  { value: 'recycle', label: '报废回收' }, { value: 'auction', label: '拍卖' }, { value: 'transfer_out', label: '调拨给其他单位' },
  { value: 'donation', label: '捐赠' }, { value: 'exchange', label: '置换' }, { value: 'destroy', label: '销毁' }, { value: 'write_off', label: '核销' },
  { value: 'other', label: '其他' },
];
export const APPROVAL_OPTIONS = [{ value: 'principal', label: '校长审批' }, { value: 'bureau', label: '主管部门审批' }, { value: 'finance_bureau', label: '财政部门审批' }];
export const STATUS_COLORS: Record<string, string> = { in_approval: 'processing', approved: 'warning', completed: 'success', rejected: 'error', withdrawn: 'default' };

const KEY = ['/asset-disposals'];
const ASSETS = ['/assets'];

export const useDisposal = (id: number | null) =>
  useQuery({ queryKey: [...KEY, id], enabled: id !== null, queryFn: () => get<DisposalDetail>(`/asset-disposals/${id}`) });
export const useDisposalSettings = () => useQuery({ queryKey: ['/asset-disposal-settings'], queryFn: () => get<DisposalSettings>('/asset-disposal-settings') });

export interface NewDisposal { kind: string; legalCondition: string; reason: string; appraisal?: string; proposedMethod: string; assetIds: number[] }
export function useSubmitDisposal(onDone: (d: DisposalDetail) => void) {
  return useWrite((v: NewDisposal) => post<DisposalDetail>('/asset-disposals', v), {
    invalidate: [KEY, ASSETS], success: (d) => `已提交${d.disposal.kindLabel}申请，资产转为待报废`, onSuccess: onDone,
  });
}

export interface StepInput {
  step: string; decision: 'approve' | 'reject'; note?: string; meetingDate?: string; minutesFileId?: number; docNo?: string; docDate?: string; docFileId?: number;
}
export function useTakeStep(d: Disposal, onDone: () => void) {
  return useWrite((v: StepInput) => post<DisposalDetail>(`/asset-disposals/${d.id}/steps`, { version: d.version, ...v }), {
    invalidate: [KEY, ASSETS], success: (_r, v) => (v.decision === 'reject' ? '已驳回，资产恢复原状态' : '已办理'), onSuccess: onDone,
  });
}
export interface CompleteInput { method: string; disposedOn: string; proceedsFen: number; proceedsNote?: string; recipient?: string }
export function useCompleteDisposal(d: Disposal, onDone: () => void) {
  return useWrite((v: CompleteInput) => post<DisposalDetail>(`/asset-disposals/${d.id}/complete`, { version: d.version, ...v }), {
    invalidate: [KEY, ASSETS], success: '处置完成，资产已从台账中销账', onSuccess: onDone,
  });
}
export function useWithdrawDisposal(d: Disposal) {
  return useWrite((reason: string) => post<DisposalDetail>(`/asset-disposals/${d.id}/withdraw`, { version: d.version, reason }), {
    invalidate: [KEY, ASSETS], success: '已撤回，资产恢复原状态',
  });
}
export function useSaveDisposalSettings() {
  return useWrite((v: Record<string, unknown>) => put<DisposalSettings>('/asset-disposal-settings', v), { invalidate: [['/asset-disposal-settings']], success: '设置已保存' });
}
