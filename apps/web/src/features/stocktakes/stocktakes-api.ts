import { useQuery } from '@tanstack/react-query';
import { get, post, qs } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

/** 资产盘点 as the server presents it (apps/server/src/modules/assets/stocktakes). */
export interface Stocktake {
  id: number; schoolId: number; name: string; scopeKind: string; scopeKindLabel: string; scopeNames: string[]; status: 'counting' | 'reconciling' | 'closed';
  statusLabel: string; expectedCount: number; expectedValueFen: number; scannedCount: number; unexpectedCount: number; extraCount: number;
  pendingAdjustments: number; counters: { userId: number; name: string }[]; note: string | null; createdAt: string; createdByName: string | null;
  finishedAt: string | null; reconciledAt: string | null; closedAt: string | null; version: number;
  abilities: { scan: boolean; finish: boolean; reconcile: boolean; decide: boolean; close: boolean; export: boolean };
}
export interface ProgressRow { id: number | null; name: string; expected: number; scanned: number }
export interface StocktakeDetail { stocktake: Stocktake; rooms: ProgressRow[]; counters: { userId: number; name: string; scanned: number }[] }

/** An evidence photo a counter took (files module). */
export interface Photo { id: number; originalName: string; url: string; thumbnailUrl: string | null }
/** 盘盈 without a card, recorded on a phone. */
export interface Extra {
  id: number; name: string; quantity: number; roomId: number | null; roomName: string | null; note: string | null; createdByName: string; createdAt: string; photos: Photo[];
}

export type ResultKind = 'found' | 'missing' | 'unexpected' | 'wrong_room' | 'wrong_custodian' | 'damaged';
export interface ResultCounts { found: number; missing: number; unexpected: number; wrongRoom: number; wrongCustodian: number; damaged: number; extras: number }
export interface ResultItem {
  assetId: number; code: string; name: string; categoryName: string; valueFen: number; expectedLocation: string | null; foundLocation: string | null;
  expectedCustodianName: string | null; foundCustodianName: string | null; condition: string | null; conditionLabel: string | null;
  scannedByName: string | null; scannedAt: string | null; scanId: number | null; photos: Photo[];
}
export interface ResultPage { kind: ResultKind; kindLabel: string; counts: ResultCounts; items: ResultItem[]; total: number; page: number; pageSize: number }

export interface Adjustment {
  id: number; kind: string; kindLabel: string; effectLabel: string; assetId: number | null; assetCode: string | null; assetName: string | null;
  extraName: string | null; extraNote: string | null; quantity: number; photos: Photo[]; fromText: string | null; toText: string | null; condition: string | null; valueFen: number; status: string;
  statusLabel: string; decidedByName: string | null; decidedAt: string | null; decisionNote: string | null; version: number; abilities: { decide: boolean };
}

export interface ReportRow { id: number | null; name: string; expected: number; found: number; matched: number; missing: number; expectedValueFen: number; missingValueFen: number; matchRate: number }
export interface StocktakeReport {
  stocktake: Stocktake; schoolName: string; expectedCount: number; expectedValueFen: number; foundCount: number; matchedCount: number; matchRate: number;
  missingCount: number; missingValueFen: number; unexpectedCount: number; extraCount: number; wrongRoomCount: number; wrongCustodianCount: number;
  damagedCount: number; byCategory: ReportRow[]; byRoom: ReportRow[];
}

export interface NewStocktake { name: string; scopeKind: string; scopeIds?: number[]; counterIds: number[]; note?: string }

const KEY = ['/asset-stocktakes'];
/** Live progress: while counters scan, the session refreshes every few seconds (polling, not a socket). */
const LIVE_MS = 3000;

export const useStocktakes = () => useQuery({
  queryKey: KEY, queryFn: () => get<{ items: Stocktake[]; total: number }>('/asset-stocktakes?pageSize=100'),
  refetchInterval: (q) => (q.state.data?.items.some((s) => s.status === 'counting') ? LIVE_MS : false),
});
export const useStocktake = (id: number | null) => useQuery({
  queryKey: [...KEY, id], enabled: id !== null, queryFn: () => get<StocktakeDetail>(`/asset-stocktakes/${id}`),
  refetchInterval: (q) => (q.state.data?.stocktake.status === 'counting' ? LIVE_MS : false),
});
export const useResults = (id: number, kind: ResultKind, page: number, live: boolean) => useQuery({
  queryKey: [...KEY, id, 'results', kind, page], queryFn: () => get<ResultPage>(`/asset-stocktakes/${id}/results${qs({ kind, page, pageSize: 20 })}`),
  refetchInterval: live ? LIVE_MS : false,
});
export const useExtras = (id: number, live: boolean) => useQuery({
  queryKey: [...KEY, id, 'extras'], queryFn: () => get<{ items: Extra[] }>(`/asset-stocktakes/${id}/extras`), refetchInterval: live ? LIVE_MS : false,
});
export const useAdjustments = (id: number, status: string | undefined, page: number) => useQuery({
  queryKey: [...KEY, id, 'adjustments', status, page],
  queryFn: () => get<{ items: Adjustment[]; total: number; pending: number }>(`/asset-stocktakes/${id}/adjustments${qs({ status, page, pageSize: 50 })}`),
});
export const useReport = (id: number) => useQuery({ queryKey: [...KEY, id, 'report'], queryFn: () => get<StocktakeReport>(`/asset-stocktakes/${id}/report`) });

export function useOpenStocktake(onDone: (id: number) => void) {
  return useWrite((v: NewStocktake) => post<StocktakeDetail>('/asset-stocktakes', v), {
    invalidate: [KEY], success: (r) => `已发起盘点，应盘 ${r.stocktake.expectedCount} 件`, onSuccess: (r) => onDone(r.stocktake.id),
  });
}

type Step = 'finish-counting' | 'reconcile' | 'close';
const STEP_DONE: Record<Step, string> = { 'finish-counting': '已结束清点，可以开始核对', reconcile: '已生成调整建议，请审批', close: '盘点已结束' };
export function useStocktakeStep() {
  return useWrite(({ st, step }: { st: Stocktake; step: Step }) => post<StocktakeDetail>(`/asset-stocktakes/${st.id}/${step}`, { version: st.version }), {
    invalidate: [KEY], success: (_r, v) => STEP_DONE[v.step],
  });
}

export function useDecide() {
  return useWrite(({ stocktakeId, items, decision }: { stocktakeId: number; items: Pick<Adjustment, 'id' | 'version'>[]; decision: 'approve' | 'reject' }) =>
    post<{ decided: number; pending: number }>(`/asset-stocktakes/${stocktakeId}/adjustments/decide`, { items: items.map((i) => ({ id: i.id, version: i.version })), decision }), {
    invalidate: [KEY], success: (r, v) => `已${v.decision === 'approve' ? '批准' : '驳回'} ${r.decided} 条，剩余 ${r.pending} 条待审批`,
  });
}
