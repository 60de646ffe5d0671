import { useQuery } from '@tanstack/react-query';
import { get, post } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

/** A 损坏赔偿 record as the server presents it (apps/server/src/modules/assets/damages); money in fen. */
export interface Damage {
  id: number; schoolId: number; schoolName: string; assetId: number; assetCode: string; assetName: string; netValueFen: number;
  occurredOn: string; cause: string; causeLabel: string; description: string;
  partyType: string; partyTypeLabel: string; partyUserId: number | null; partyName: string | null; partyClass: string | null; partyText: string;
  workOrderId: number | null; workOrderStatus: string | null; workOrderCostFen: number | null;
  status: string; statusLabel: string; basisKind: string | null; basisLabel: string | null; basisFen: number | null; ratioPct: number | null;
  proposedFen: number | null; proposedBasis: string | null; approvedFen: number | null; decisionReason: string | null;
  decidedByName: string | null; decidedAt: string | null; paidFen: number | null; paidOn: string | null; receiptNo: string | null;
  collectedBy: string | null; cancelReason: string | null; createdAt: string; createdByName: string | null; version: number;
  abilities: { propose: boolean; approve: boolean; waive: boolean; pay: boolean; cancel: boolean; linkWorkOrder: boolean; attach: boolean; raiseRepair: boolean };
}
/** The repair raised from (or linked to) the record: the request, its work order once there is one, and where to open it. */
export interface DamageRepair {
  requestId: number | null; requestCode: string | null; workOrderId: number | null; workOrderCode: string | null; status: string; statusLabel: string; link: string;
}
export interface DamageDetail {
  damage: Damage; log: { id: number; action: string; actionLabel: string; actorName: string; at: string; note: string | null }[]; repair: DamageRepair | null;
}

export const CAUSE_OPTIONS = [{ value: 'human', label: '人为' }, { value: 'accident', label: '意外' }, { value: 'wear', label: '自然损耗' }, { value: 'unknown', label: '不明' }];
export const PARTY_OPTIONS = [{ value: 'student', label: '学生' }, { value: 'user', label: '教职工' }, { value: 'outsider', label: '校外人员' }, { value: 'unknown', label: '不明' }];
export const DAMAGE_STATUS_COLORS: Record<string, string> = { recorded: 'default', proposed: 'processing', approved: 'warning', waived: 'cyan', paid: 'success', cancelled: 'default' };

const KEY = ['/asset-damages'];
export const useDamage = (id: number | null) =>
  useQuery({ queryKey: [...KEY, id], enabled: id !== null, queryFn: () => get<DamageDetail>(`/asset-damages/${id}`) });

export interface NewDamage {
  assetId: number; occurredOn: string; cause: string; description: string; partyType: string;
  partyUserId?: number; partyName?: string; partyClass?: string; workOrderId?: number;
}
export function useRecordDamage(onDone: (d: DamageDetail) => void) {
  return useWrite((v: NewDamage) => post<DamageDetail>('/asset-damages', v), { invalidate: [KEY, ['/assets']], success: '已登记损坏', onSuccess: onDone });
}

export type DamageActionKey = 'propose' | 'approve' | 'waive' | 'pay' | 'cancel' | 'work-order' | 'raise-repair';
export function useDamageAction(d: Damage, action: DamageActionKey, onDone: () => void) {
  const words: Record<DamageActionKey, string> = { propose: '已提出赔偿建议', approve: '已批准赔偿', waive: '已免于赔偿', pay: '已登记缴费', cancel: '已撤销', 'work-order': '已关联维修工单', 'raise-repair': '已发起报修' };
  return useWrite((v: Record<string, unknown>) => post<DamageDetail>(`/asset-damages/${d.id}/${action}`, { version: d.version, ...v }), {
    invalidate: action === 'raise-repair' ? [KEY, ['/repair-requests'], ['/work-orders']] : [KEY], success: words[action], onSuccess: onDone,
  });
}
