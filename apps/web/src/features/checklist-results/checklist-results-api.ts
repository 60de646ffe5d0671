import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';

export interface ChecklistResultSummary {
  id: number; templateId: number; templateName: string; versionNo: number; ownerType: string; ownerTypeLabel: string; ownerId: number;
  ownerName: string | null; status: string; statusLabel: string; outcome: string | null; outcomeLabel: string | null;
  itemCount: number; failedCount: number; failedLabels: string[]; note: string | null;
  correctsResultId: number | null; correctionReason: string | null; correctedByResultId: number | null;
  startedByName: string | null; startedAt: string; submittedByName: string | null; submittedAt: string | null;
}

export interface ChecklistResultItem {
  key: string; label: string; position: number; answerText: string; remark: string | null;
  outcome: string | null; outcomeLabel: string | null; repairRequestId: number | null;
}

export interface ChecklistResultDetail extends ChecklistResultSummary { items: ChecklistResultItem[] }

interface TemplateOption { id: number; name: string }

export function useChecklistTemplates() {
  return useQuery({
    queryKey: ['/checklist-templates', 'options'],
    queryFn: () => get<{ items: TemplateOption[] }>('/checklist-templates?pageSize=100'),
    staleTime: 60_000,
  });
}

export function useChecklistResult(id: number | null) {
  return useQuery({
    queryKey: ['/checklist-results', id],
    queryFn: () => get<ChecklistResultDetail>(`/checklist-results/${id}`),
    enabled: id !== null,
  });
}
