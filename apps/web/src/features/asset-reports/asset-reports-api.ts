import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, qs } from '../../lib/api';

/** The 资产年报 figures of one group of cards (amounts in fen). */
export interface Figures {
  cards: number; quantity: number; originalFen: number; accumulatedFen: number; netFen: number;
  addedCards: number; addedFen: number; disposedCards: number; disposedFen: number;
}
export interface CategoryFigures extends Figures { categoryId: number; code: string; name: string }
export interface Breakdown extends Figures { key: string | null; label: string }

export interface AssetSummary {
  schoolId: number; schoolName: string; asOf: string; year: number; yearStart: string;
  totals: Figures;
  categories: (CategoryFigures & { children: CategoryFigures[] })[];
  byStatus: Breakdown[]; byFundingSource: Breakdown[]; byDepartment: Breakdown[]; byBuilding: Breakdown[];
}

export interface ReportCard {
  id: number; code: string; name: string; categoryCode: string; categoryName: string; specModel: string | null; quantity: number; unit: string | null;
  originalValueFen: number; netValueFen: number; acquiredOn: string; warrantyUntil: string | null; warrantyDaysLeft: number | null; supplier: string | null;
  departmentName: string | null; custodianName: string | null; location: string; status: string; statusLabel: string;
}

export type HolderKind = 'room' | 'person' | 'department';
export interface HolderRow { holderId: number | null; name: string; detail: string | null; cards: number; originalValueFen: number; netValueFen: number; link: string | null }

export interface DistrictSchool { schoolId: number; schoolName: string; cards: number; originalValueFen: number; netValueFen: number; idleCards: number; pastLifeCards: number; lastStocktakeAt: string | null }
export interface DistrictAssetSummary {
  districtId: number; asOf: string; schoolCount: number;
  totals: Omit<DistrictSchool, 'schoolId' | 'schoolName' | 'lastStocktakeAt'>;
  schools: DistrictSchool[];
}


export function useAssetSummary(schoolId: number | undefined, asOf: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['/asset-reports/summary', { schoolId, asOf }],
    queryFn: () => get<AssetSummary>(`/asset-reports/summary${qs({ schoolId, asOf })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDistrictAssetSummary(enabled: boolean) {
  return useQuery({ queryKey: ['/asset-reports/district-summary'], queryFn: () => get<DistrictAssetSummary>('/asset-reports/district-summary'), enabled });
}
