import { Type, type Static } from 'typebox';
import { RefId } from '../repairs.schemas.js';

const DateParam = (title: string) => Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title }));

export const SummaryQuery = Type.Object({
  from: DateParam('开始日期'),
  to: DateParam('结束日期'),
  schoolId: Type.Optional(RefId('学校')),
}, { additionalProperties: false });
export type SummaryQuery = Static<typeof SummaryQuery>;

export const LedgerQuery = Type.Object({
  month: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}$', title: '月份' })),
  schoolId: Type.Optional(RefId('学校')),
}, { additionalProperties: false });
export type LedgerQuery = Static<typeof LedgerQuery>;

const Minutes = (title: string) => Type.Union([Type.Integer(), Type.Null()], { title });
const Share = (title: string) => Type.Union([Type.Number(), Type.Null()], { title });
const Count = (title: string) => Type.Integer({ title });

export const CountRow = Type.Object({ key: Type.Union([Type.Integer(), Type.String(), Type.Null()], { title: '编号或月份' }), label: Type.String({ title: '名称' }), count: Count('数量') });
export type CountRow = Static<typeof CountRow>;
export const CostRow = Type.Object({ key: Type.Union([Type.Integer(), Type.String(), Type.Null()], { title: '编号或月份' }), label: Type.String({ title: '名称' }), costFen: Count('费用（分）'), count: Count('完工工单数') });
export type CostRow = Static<typeof CostRow>;
export const TechnicianRow = Type.Object({
  key: Type.Union([Type.Integer(), Type.Null()], { title: '维修人员编号' }), label: Type.String({ title: '维修人员' }),
  count: Count('工单数'), completed: Count('已完工'), averageStars: Share('平均评分'),
});
export type TechnicianRow = Static<typeof TechnicianRow>;

export const RepairSummary = Type.Object({
  schoolId: Type.Integer({ title: '学校' }),
  schoolName: Type.String({ title: '学校名称' }),
  from: Type.String({ title: '开始日期' }),
  to: Type.String({ title: '结束日期' }),
  requests: Count('报修单数'),
  workOrders: Count('工单数'),
  completed: Count('已完工工单数'),
  byCategory: Type.Array(CountRow, { title: '按分类' }),
  byBuilding: Type.Array(CountRow, { title: '按楼宇' }),
  byTechnician: Type.Array(TechnicianRow, { title: '按维修人员' }),
  byMonth: Type.Array(CountRow, { title: '按月份' }),
  response: Type.Object({ count: Count('已接单数'), medianMinutes: Minutes('响应时长中位数（分钟）'), p90Minutes: Minutes('响应时长 90 分位（分钟）') }, { title: '响应（报修→首次接单）' }),
  resolution: Type.Object({ count: Count('已完工数'), medianMinutes: Minutes('完工时长中位数（分钟）'), p90Minutes: Minutes('完工时长 90 分位（分钟）') }, { title: '完工（报修→完工）' }),
  sla: Type.Object({
    respondedOnTime: Count('按时接单数'), responded: Count('已接单数'), respondedOnTimeShare: Share('按时接单率'),
    completedOnTime: Count('按时完工数'), completedCount: Count('已完工数'), completedOnTimeShare: Share('按时完工率'),
  }, { title: '时限达成' }),
  satisfaction: Type.Object({ averageStars: Share('平均评分'), count: Count('评价数') }, { title: '满意度' }),
  repeat: Type.Object({ count: Count('重复报修数'), share: Share('重复报修率') }, { title: '重复报修' }),
  costByCategory: Type.Array(CostRow, { title: '按分类费用' }),
  costByMonth: Type.Array(CostRow, { title: '按月份费用' }),
});
export type RepairSummary = Static<typeof RepairSummary>;

const { schoolId: _s, schoolName: _n, byBuilding: _b, ...districtFields } = RepairSummary.properties;
/** The same tables over a whole district, with counts per school where the school summary has buildings. */
export const DistrictRepairSummary = Type.Object({
  ...districtFields,
  districtId: Type.Integer({ title: '教育局' }),
  schoolCount: Count('学校数'),
  bySchool: Type.Array(CountRow, { title: '按学校' }),
});
export const DistrictSummaryQuery = Type.Object({ from: DateParam('开始日期'), to: DateParam('结束日期') }, { additionalProperties: false });
