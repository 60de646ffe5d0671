import { useQuery } from '@tanstack/react-query';
import { get, qs } from '../../../lib/api';
import type { Period } from './period';

interface CountRow { key: number | string | null; label: string; count: number }
interface CostRow { key: number | string | null; label: string; costFen: number; count: number }

/** GET /repair-reports/summary: the period's counts, times, shares and cost. */
export interface RepairSummary {
  from: string; to: string; requests: number; workOrders: number; completed: number;
  byCategory: CountRow[]; byBuilding: CountRow[]; byMonth: CountRow[];
  byTechnician: { key: number | null; label: string; count: number; completed: number; averageStars: number | null }[];
  response: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  resolution: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  sla: { respondedOnTimeShare: number | null; completedOnTime: number; completedCount: number; completedOnTimeShare: number | null };
  satisfaction: { averageStars: number | null; count: number };
  repeat: { count: number; share: number | null };
  costByCategory: CostRow[]; costByMonth: CostRow[];
}

export interface DashboardMonth {
  key: string; requests: number; completed: number; completedOnTime: number; onTimeShare: number | null; costFen: number;
  byCategory: { categoryId: number; requests: number; costFen: number }[];
}

/** GET /repair-reports/dashboard: the desk right now, a 12-month trend and resolution times per category. */
export interface RepairDashboard {
  from: string; to: string;
  current: { openWorkOrders: number; overdue: number; pendingDispatch: number; awaitingAcceptance: number; pendingTriage: number };
  categories: { id: number; name: string }[];
  months: DashboardMonth[];
  resolutionByCategory: { categoryId: number; label: string; count: number; medianMinutes: number | null; p90Minutes: number | null }[];
}

/** A period of one school: a bureau account names the school, a school's staff leave it to the server. */
export interface ReportQuery extends Period { schoolId?: number | undefined }

const range = (p: ReportQuery) => qs({ from: p.from, to: p.to, schoolId: p.schoolId });

export function useRepairSummary(p: ReportQuery, enabled = true) {
  return useQuery({ queryKey: ['/repair-reports/summary', p.from, p.to, p.schoolId], queryFn: () => get<RepairSummary>(`/repair-reports/summary${range(p)}`), enabled });
}

export function useRepairDashboard(p: ReportQuery | null, enabled = true) {
  return useQuery({
    queryKey: ['/repair-reports/dashboard', p?.from, p?.to, p?.schoolId],
    queryFn: () => get<RepairDashboard>(`/repair-reports/dashboard${p ? range(p) : ''}`),
    enabled, retry: false,
  });
}
