import type { XlsxColumn } from '../../platform/excel/xlsx-export.js';
import type { PlanDto } from './maintenance.schemas.js';

export const PLAN_COLUMNS: XlsxColumn<PlanDto>[] = [
  { header: '计划名称', width: 30, value: (p) => p.name },
  { header: '保养对象', width: 28, value: (p) => p.targetText },
  { header: '重复规则', width: 24, value: (p) => p.scheduleText },
  { header: '遇节假日', width: 20, value: (p) => p.holidayPolicyLabel },
  { header: '提前生成（天）', value: (p) => p.leadDays },
  { header: '检查表', width: 28, value: (p) => p.checklistTemplateName },
  { header: '维修分类', value: (p) => p.categoryName },
  { header: '负责人', value: (p) => p.assigneeName ?? p.teamName ?? '按派单规则' },
  { header: '开始日期', width: 12, value: (p) => p.startDate },
  { header: '结束日期', width: 12, value: (p) => p.endDate },
  { header: '下次到期', width: 12, value: (p) => p.nextDueDate },
  { header: '状态', value: (p) => (p.active ? '启用' : '已暂停') },
  { header: '进行中', value: (p) => p.openCount },
  { header: '已生成', value: (p) => p.generatedCount },
];
