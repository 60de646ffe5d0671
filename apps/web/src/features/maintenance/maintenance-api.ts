import { useQuery } from '@tanstack/react-query';
import { del, get, post, patch, qs } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

export interface Schedule { kind: string; weekdays?: number[]; everyWeeks?: number; day?: number; month?: number; anchor?: string; offsetDays?: number; days?: number }

export interface Plan {
  id: number; name: string; description: string | null; targetType: string; targetTypeLabel: string; roomType: string | null;
  rooms: { id: number; name: string }[]; assets: { id: number; code: string; name: string; place: string | null; disposed: boolean }[];
  assetCategoryId: number | null; assetCategoryName: string | null; grouping: string; targetText: string; checklistTemplateId: number | null; checklistTemplateName: string | null;
  categoryId: number | null; categoryName: string | null; schedule: Schedule; scheduleText: string; holidayPolicy: string; holidayPolicyLabel: string;
  leadDays: number; assigneeId: number | null; assigneeName: string | null; teamId: number | null; teamName: string | null; ownerName: string | null;
  startDate: string; endDate: string | null; active: boolean; templateKey: string | null; nextDueDate: string | null; openCount: number; generatedCount: number;
  version: number; abilities: { update: boolean; delete: boolean; generate: boolean };
}

export interface PlanTemplate {
  key: string; name: string; description: string; targetText: string; scheduleText: string; holidayPolicyLabel: string; leadDays: number;
  checklistTemplateName: string | null; categoryName: string | null; source: string; alreadyUsed: boolean;
}

export interface PreviewItem { nominalDate: string; dueDate: string | null; visibleFrom: string | null; skipped: boolean; note: string | null }

export interface Occurrence {
  id: number | null; planId: number; planName: string; targetName: string; dueDate: string; visibleFrom: string; note: string | null;
  status: 'planned' | 'open' | 'completed' | 'cancelled'; statusLabel: string; workOrderId: number | null; workOrderCode: string | null;
  workOrderStatusLabel: string | null; assigneeName: string | null; teamName: string | null;
}

export const PLANS_KEY = ['/maintenance-plans'];
const invalidate = [PLANS_KEY, ['/maintenance-occurrences'], ['/maintenance-plan-templates']];

export const HOLIDAY_POLICY_OPTIONS = [
  { value: 'next', label: '顺延到下一个工作日' },
  { value: 'previous', label: '提前到前一个工作日' },
  { value: 'skip', label: '跳过这一次' },
  { value: 'ignore', label: '照常（节假日也做）' },
];

export function useTemplates(enabled: boolean) {
  return useQuery({ queryKey: ['/maintenance-plan-templates'], queryFn: () => get<{ items: PlanTemplate[] }>('/maintenance-plan-templates'), enabled });
}

export function useOccurrences(from: string, to: string, planId?: number) {
  return useQuery({
    queryKey: ['/maintenance-occurrences', from, to, planId],
    queryFn: () => get<{ items: Occurrence[] }>(`/maintenance-occurrences${qs({ from, to, planId })}`),
  });
}

export const previewSchedule = (body: Record<string, unknown>) => post<{ scheduleText: string; items: PreviewItem[] }>('/maintenance-plans/preview', body);
export const listPlans = (params: Record<string, string | number | boolean | undefined>) =>
  get<{ items: Plan[]; total: number }>(`/maintenance-plans${qs(params)}`);

export function usePlanWrites() {
  return {
    create: useWrite((body: Record<string, unknown>) => post<Plan>('/maintenance-plans', body), { invalidate, success: '已新建保养计划' }),
    update: useWrite(({ id, body }: { id: number; body: Record<string, unknown> }) => patch<Plan>(`/maintenance-plans/${id}`, body), { invalidate, success: '已保存保养计划' }),
    remove: useWrite(({ id, version }: { id: number; version: number }) => del(`/maintenance-plans/${id}?version=${version}`), { invalidate, success: '已删除保养计划' }),
    toggle: useWrite(({ id, version, active }: { id: number; version: number; active: boolean }) => post<Plan>(`/maintenance-plans/${id}/${active ? 'resume' : 'pause'}`, { version }),
      { invalidate, success: (p) => (p.active ? '计划已恢复' : '计划已暂停') }),
    generate: useWrite((id: number) => post<{ created: number }>(`/maintenance-plans/${id}/generate`, {}),
      { invalidate, success: (r) => (r.created > 0 ? `已生成 ${r.created} 张保养工单，可在派单台查看` : '没有到期需要生成的工单') }),
    fromTemplate: useWrite((body: { templateKey: string; name?: string }) => post<Plan>('/maintenance-plans/from-template', body), { invalidate, success: '已从模板新建保养计划' }),
  };
}
