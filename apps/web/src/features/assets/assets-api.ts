import { useQuery } from '@tanstack/react-query';
import { get, patch, post, put } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

/** One 资产卡片 as the server presents it (AssetDto); money in fen. */
export interface Asset {
  id: number; schoolId: number; code: string; name: string; categoryId: number; categoryCode: string; categoryName: string;
  specModel: string | null; brand: string | null; manufacturer: string | null; serialNo: string | null; unit: string | null;
  quantity: number; areaM2: number | null; valueType: string; valueTypeLabel: string; originalValueFen: number;
  acquisitionMethod: string; acquisitionMethodLabel: string; acquiredOn: string; accountedOn: string | null; voucherNo: string | null;
  fundingSource: string | null; fundingSourceLabel: string | null; procurementForm: string | null; procurementFormLabel: string | null;
  supplier: string | null; warrantyUntil: string | null;
  departmentId: number | null; departmentName: string | null; custodianId: number | null; custodianName: string | null;
  managerDepartmentId: number | null; managerDepartmentName: string | null;
  roomId: number | null; roomName: string | null; location: string; locationText: string | null;
  status: string; statusLabel: string; usage: string | null; usageLabel: string | null;
  accountingClass: string; accountingClassLabel: string; depreciationMethod: string; depreciationMethodLabel: string;
  lifeMonths: number; depStartMonth: string | null; depreciatedMonths: number; accumulatedDepreciationFen: number; netValueFen: number;
  titleCertNo: string | null; note: string | null; batchNo: string | null; disposedOn: string | null; qrCode: string | null;
  version: number; createdAt: string; updatedAt: string;
  /** updateValue: whether value fields may still change (not yet sent by the server; see valueLocked). */
  abilities: { update: boolean; changeCustody: boolean; repair: boolean; updateValue?: boolean };
}

export interface AssetEvent {
  id: number; kind: string; kindLabel: string; actorName: string; note: string | null; at: string;
  changes: { field: string; fieldLabel: string; before: string | null; after: string | null }[];
}

export interface AssetCategory {
  id: number; code: string; name: string; parentId: number | null; level: number; gb2022Class: string | null;
  depreciable: boolean; lifeMonths: number | null; effectiveLifeMonths: number | null; verified: boolean; active: boolean;
  version: number; abilities: { update: boolean };
}

export interface Threshold { categoryCode: string | null; categoryName?: string | null; effectiveFrom: string; amountFen: number }
export interface AssetSettings {
  numberingPattern: string; numberingExample: string; depreciationStart: string; depreciationStartLabel: string;
  thresholds: Threshold[]; version: number;
}

export interface MonthAmount { month: string; amountFen: number }
export interface DepreciationReport {
  schoolName: string; from: string; to: string; months: string[];
  rows: { categoryId: number; categoryCode: string; categoryName: string; amounts: MonthAmount[]; totalFen: number }[];
  totals: MonthAmount[]; totalFen: number;
}
export interface DepreciationRun { month: string; assets: number; months: number; amountFen: number }

export type HolderType = 'room' | 'user';
export interface CustodyList {
  holder: { type: string; id: number; name: string; detail: string | null };
  schoolId: number; items: Asset[]; count: number; totalValueFen: number;
}

export interface BatchCreated { created: number; batchNo: string | null; firstCode: string; lastCode: string; items: Asset[] }

export const ASSETS_KEY = ['/assets'];
export const CATEGORIES_KEY = ['/asset-categories'];
export const SETTINGS_KEY = ['/asset-settings'];
const holdersKeys = [['/rooms'], ['/users']];

/**
 * Value fields (category, original value, quantity, dates, life, class) lock once depreciation is booked.
 * depreciatedMonths also counts months carried over from an older ledger, which do not lock, so the
 * server's own answer wins once it sends one; until then a wrong guess only costs the server's 409 message.
 */
export function valueLocked(a: Asset): boolean {
  return a.abilities.updateValue === undefined ? a.depreciatedMonths > 0 : !a.abilities.updateValue;
}

export function useAsset(id: number | null) {
  return useQuery({ queryKey: ['/assets', id], queryFn: () => get<Asset>(`/assets/${id}`), enabled: id !== null });
}
export function useAssetHistory(id: number) {
  return useQuery({ queryKey: ['/assets', id, 'history'], queryFn: () => get<{ items: AssetEvent[] }>(`/assets/${id}/history`), select: (d) => d.items });
}
export function useAssetCategories(enabled = true) {
  return useQuery({ queryKey: CATEGORIES_KEY, queryFn: () => get<{ items: AssetCategory[] }>('/asset-categories'), select: (d) => d.items, enabled, staleTime: 60_000 });
}
export function useAssetSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => get<AssetSettings>('/asset-settings') });
}
export function useCustodyList(type: HolderType, id: number | null) {
  return useQuery({
    queryKey: [type === 'room' ? '/rooms' : '/users', id, 'assets'],
    queryFn: () => get<CustodyList>(`/${type === 'room' ? 'rooms' : 'users'}/${id}/assets`),
    enabled: id !== null, retry: false,
  });
}
export function useDepreciationReport(from: string, to: string) {
  return useQuery({
    queryKey: ['/asset-depreciation/report', from, to],
    queryFn: () => get<DepreciationReport>(`/asset-depreciation/report?from=${from}&to=${to}`),
  });
}

export type AssetBody = Record<string, unknown>;

export function useAssetWrites(after: { onCreated?: (a: Asset) => void; onBatchCreated?: (r: BatchCreated) => void } = {}) {
  const invalidate = [ASSETS_KEY, ...holdersKeys];
  return {
    create: useWrite((body: AssetBody) => post<Asset>('/assets', body), { invalidate, success: (a) => `已建卡：${a.code}`, onSuccess: after.onCreated }),
    batch: useWrite((body: AssetBody & { count: number }) => post<BatchCreated>('/assets/batch', body),
      { invalidate, success: (r) => `已新建 ${r.created} 张卡片：${r.firstCode} ～ ${r.lastCode}`, onSuccess: after.onBatchCreated }),
    update: useWrite(({ id, body }: { id: number; body: AssetBody & { version: number } }) => patch<Asset>(`/assets/${id}`, body), { invalidate, success: '已保存' }),
    custody: useWrite(({ id, body }: { id: number; body: { version: number; custodianId?: number | null; departmentId?: number | null; roomId?: number | null; reason: string } }) =>
      post<Asset>(`/assets/${id}/custody`, body), { invalidate, success: '已变更保管，履历中已记下原因' }),
  };
}

export function useCategoryWrites() {
  const invalidate = [CATEGORIES_KEY];
  return {
    create: useWrite((body: { parentId: number; code: string; name: string; lifeMonths?: number | null; depreciable?: boolean }) =>
      post<AssetCategory>('/asset-categories', body), { invalidate, success: '已新增分类' }),
    update: useWrite(({ id, body }: { id: number; body: { version: number; name?: string; lifeMonths?: number | null; depreciable?: boolean; active?: boolean } }) =>
      patch<AssetCategory>(`/asset-categories/${id}`, body), { invalidate, success: '已保存（只影响之后新建的卡片）' }),
  };
}

export function useSettingsWrite() {
  return useWrite((body: { version: number; numberingPattern: string; depreciationStart: string; thresholds: Threshold[] }) =>
    put<AssetSettings>('/asset-settings', body), { invalidate: [SETTINGS_KEY], success: '校产设置已保存' });
}

export function useDepreciationRun() {
  return useWrite((month: string) => post<DepreciationRun>(`/asset-depreciation/run?month=${month}`),
    { invalidate: [['/asset-depreciation/report'], ASSETS_KEY] });
}
