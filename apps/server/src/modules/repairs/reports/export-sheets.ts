import type { XlsxColumn } from '../../../platform/excel/xlsx-export.js';
import type { RepairRequestDto, WorkOrderDto } from '../repairs.schemas.js';
import { type Exported, localTime } from './export-rows.js';
import { yuan } from '../../../platform/money.js';


export const REQUEST_COLUMNS: XlsxColumn<Exported<RepairRequestDto>>[] = [
  { header: '报修单号', width: 12, value: (e) => e.dto.code },
  { header: '报修时间', width: 18, value: (e) => localTime(e.dto.reportedAt, e.timezone) },
  { header: '报修人', width: 10, value: (e) => e.dto.requesterName },
  { header: '分类', width: 8, value: (e) => e.dto.categoryName },
  { header: '地点', width: 28, value: (e) => e.dto.location },
  { header: '故障描述', width: 40, value: (e) => e.dto.description },
  { header: '紧急程度', width: 10, value: (e) => e.dto.urgencyLabel },
  { header: '进度', width: 10, value: (e) => e.dto.progressLabel },
  { header: '工单号', width: 12, value: (e) => e.dto.workOrder?.code ?? '' },
  { header: '维修人员', width: 10, value: (e) => e.dto.workOrder?.assigneeName ?? e.dto.workOrder?.teamName ?? '' },
  { header: '时限', width: 16, value: (e) => e.dto.sla?.label ?? '' },
  { header: '重复报修', width: 10, value: (e) => (e.dto.isRepeat ? '是' : '') },
  { header: '办结时间', width: 18, value: (e) => localTime(e.dto.closedAt, e.timezone) },
  { header: '驳回/撤回原因', width: 20, value: (e) => e.dto.declineReason ?? e.dto.cancelReason ?? '' },
];

export const WORK_ORDER_COLUMNS: XlsxColumn<Exported<WorkOrderDto>>[] = [
  { header: '工单号', width: 12, value: (e) => e.dto.code },
  { header: '报修单号', width: 12, value: (e) => e.dto.requestCode },
  { header: '报修时间', width: 18, value: (e) => localTime(e.dto.reportedAt, e.timezone) },
  { header: '报修人', width: 10, value: (e) => e.dto.requesterName },
  { header: '分类', width: 8, value: (e) => e.dto.categoryName },
  { header: '地点', width: 28, value: (e) => e.dto.location },
  { header: '故障描述', width: 40, value: (e) => e.dto.description },
  { header: '紧急程度', width: 10, value: (e) => e.dto.urgencyLabel },
  { header: '状态', width: 10, value: (e) => e.dto.statusLabel },
  { header: '维修人员', width: 10, value: (e) => e.dto.assigneeName ?? '' },
  { header: '维修班组', width: 10, value: (e) => e.dto.teamName ?? '' },
  { header: '接单时间', width: 18, value: (e) => localTime(e.dto.acceptedAt, e.timezone) },
  { header: '完工时间', width: 18, value: (e) => localTime(e.dto.completedAt, e.timezone) },
  { header: '验收时间', width: 18, value: (e) => localTime(e.dto.confirmedAt, e.timezone) },
  { header: '时限', width: 16, value: (e) => e.dto.sla.label },
  { header: '工时（小时）', width: 12, value: (e) => (e.row.labor_minutes ? e.row.labor_minutes / 60 : null) },
  { header: '费用（元）', width: 12, value: (e) => (e.row.completed_at ? yuan(e.row.cost_fen) : null) },
  { header: '评价（星）', width: 10, value: (e) => e.row.rating },
  { header: '返修次数', width: 10, value: (e) => e.dto.reopenCount },
];
