import { Type, type Static } from 'typebox';
import { RefId } from '../repairs.schemas.js';

export const DashboardQuery = Type.Object({
  from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: '开始日期' })),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: '结束日期' })),
  schoolId: Type.Optional(RefId('学校')),
}, { additionalProperties: false });
export type DashboardQuery = Static<typeof DashboardQuery>;

const Count = (title: string) => Type.Integer({ title });
const Share = (title: string) => Type.Union([Type.Number(), Type.Null()], { title });
const Minutes = (title: string) => Type.Union([Type.Integer(), Type.Null()], { title });

export const DashboardMonth = Type.Object({
  key: Type.String({ title: '月份' }),
  requests: Count('报修数'),
  completed: Count('完工数'),
  completedOnTime: Count('按时完工数'),
  onTimeShare: Share('按时完工率'),
  costFen: Count('费用（分）'),
  byCategory: Type.Array(Type.Object({ categoryId: Type.Integer(), requests: Count('报修数'), costFen: Count('费用（分）') }), { title: '按分类' }),
});

export const RepairDashboard = Type.Object({
  schoolId: Type.Integer({ title: '学校' }),
  from: Type.String({ title: '开始日期' }),
  to: Type.String({ title: '结束日期' }),
  current: Type.Object({
    openWorkOrders: Count('未完工工单'), overdue: Count('已超时'), pendingDispatch: Count('待派单'),
    awaitingAcceptance: Count('待验收'), pendingTriage: Count('待受理报修'),
  }, { title: '当前' }),
  categories: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }), { title: '分类' }),
  months: Type.Array(DashboardMonth, { title: '近 12 个月（截至结束日期）' }),
  resolutionByCategory: Type.Array(Type.Object({
    categoryId: Type.Integer(), label: Type.String(), count: Count('完工数'),
    medianMinutes: Minutes('完工时长中位数（分钟）'), p90Minutes: Minutes('完工时长 90 分位（分钟）'),
  }), { title: '按分类完工时长（统计区间内）' }),
});
export type RepairDashboard = Static<typeof RepairDashboard>;
