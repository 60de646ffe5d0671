/** What GET /maintenance-occurrences/:id answers. */
export interface OccurrenceDetail {
  id: number; planId: number; planName: string; description: string | null; targetName: string; dueDate: string; note: string | null;
  status: string; statusLabel: string; workOrderId: number | null; workOrderCode: string | null; workOrderStatusLabel: string | null;
  checklist: { templateId: number; name: string; versionNo: number } | null;
  result: { id: number; status: string; version: number; outcome: string | null; failedCount: number } | null;
  canRecord: boolean;
}

export interface ChecklistItem {
  key: string; label: string; type: 'pass_fail' | 'number' | 'text' | 'choice' | 'photo' | 'signature'; required: boolean; hint: string | null;
  min: number | null; max: number | null; unit: string | null; options: string[]; multiple: boolean;
}

export interface ResultItem extends ChecklistItem { answerText: string; outcome: string | null; outcomeLabel: string | null; repairRequestId: number | null; abilities: { raiseRepair: boolean } }
export interface ResultDetail { id: number; outcome: string | null; outcomeLabel: string | null; failedCount: number; submittedByName: string | null; submittedAt: string | null; items: ResultItem[] }

export type AnswerValue = boolean | number | string | string[] | null;
export type Answers = Record<string, { value: AnswerValue; remark?: string }>;
