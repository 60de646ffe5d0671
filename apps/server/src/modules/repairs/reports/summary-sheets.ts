import type { XlsxSheet } from '../../../platform/excel/xlsx-export.js';
import type { RepairSummary } from './summary.schemas.js';
import { yuan } from '../../../platform/money.js';

type Cell = string | number | null;

/** Each table of the summary as plain rows, so one workbook can hold sheets of different shapes. */
function table(name: string, headers: string[], rows: Cell[][]): XlsxSheet<Cell[]> {
  return { name, rows, columns: headers.map((header, i) => ({ header, width: i === 0 ? 20 : 14, value: (r: Cell[]) => r[i] ?? null })) };
}

const pct = (share: number | null): Cell => (share === null ? null : `${Math.round(share * 1000) / 10}%`);

export function summarySheets(s: RepairSummary): XlsxSheet<Cell[]>[] {
  return [
    table('概况', ['项目', '数值'], [
      ['学校', s.schoolName], ['统计区间', `${s.from} 至 ${s.to}`], ['报修单数', s.requests], ['工单数', s.workOrders], ['已完工', s.completed],
      ['响应时长中位数（分钟）', s.response.medianMinutes], ['响应时长 90 分位（分钟）', s.response.p90Minutes],
      ['完工时长中位数（分钟）', s.resolution.medianMinutes], ['完工时长 90 分位（分钟）', s.resolution.p90Minutes],
      ['按时接单率', pct(s.sla.respondedOnTimeShare)], ['按时完工率', pct(s.sla.completedOnTimeShare)],
      ['平均评分（星）', s.satisfaction.averageStars], ['评价数', s.satisfaction.count],
      ['重复报修数', s.repeat.count], ['重复报修率', pct(s.repeat.share)],
    ]),
    table('按分类', ['分类', '报修数'], s.byCategory.map((r) => [r.label, r.count])),
    table('按楼宇', ['楼宇', '报修数'], s.byBuilding.map((r) => [r.label, r.count])),
    table('按维修人员', ['维修人员', '工单数', '已完工', '平均评分'], s.byTechnician.map((r) => [r.label, r.count, r.completed, r.averageStars])),
    table('按月份', ['月份', '报修数'], s.byMonth.map((r) => [r.label, r.count])),
    table('费用按分类', ['分类', '完工工单数', '费用（元）'], s.costByCategory.map((r) => [r.label, r.count, yuan(r.costFen)])),
    table('费用按月份', ['月份', '完工工单数', '费用（元）'], s.costByMonth.map((r) => [r.label, r.count, yuan(r.costFen)])),
  ];
}
