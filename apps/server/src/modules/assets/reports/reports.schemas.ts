import { type Static, Type } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../../platform/http/pagination.js';
import { AssetFilters } from '../assets.schemas.js';

const SchoolId = Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' }));
const AsOf = Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: '截至日期' }));

/** The card list's filters, the school (district readers) and the date the ledger stands at. */
export const LedgerQuery = Type.Object({ ...AssetFilters, schoolId: SchoolId, asOf: AsOf }, { additionalProperties: false });
export type LedgerQuery = Static<typeof LedgerQuery>;

export const SummaryQuery = Type.Object({ asOf: AsOf, schoolId: SchoolId }, { additionalProperties: false });
export type SummaryQuery = Static<typeof SummaryQuery>;

export const CardListQuery = Type.Object({ ...PageQuery, schoolId: SchoolId }, { additionalProperties: false });
export type CardListQuery = Static<typeof CardListQuery>;
const WithinDays = Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, title: '天数' }));
export const WarrantyQuery = Type.Object({ ...PageQuery, schoolId: SchoolId, withinDays: WithinDays }, { additionalProperties: false });
export type WarrantyQuery = Static<typeof WarrantyQuery>;
export const CardExportQuery = Type.Object({ schoolId: SchoolId }, { additionalProperties: false });
export const WarrantyExportQuery = Type.Object({ schoolId: SchoolId, withinDays: WithinDays }, { additionalProperties: false });

export const ByHolderQuery = Type.Object({
  ...PageQuery, schoolId: SchoolId,
  kind: Type.Optional(Type.Enum(['room', 'person', 'department'], { title: '保管方式' })),
  sort: sortParam(['name', 'cards', 'originalValueFen']),
}, { additionalProperties: false });
export type ByHolderQuery = Static<typeof ByHolderQuery>;

const Int = (title: string) => Type.Integer({ title });
const S = (title: string) => Type.String({ title });
const NS = (title: string) => Type.Union([Type.String(), Type.Null()], { title });

const figureFields = {
  cards: Int('卡片数'), quantity: Int('数量'), originalFen: Int('原值（分）'), accumulatedFen: Int('累计折旧（分）'), netFen: Int('净值（分）'),
  addedCards: Int('本年新增卡片数'), addedFen: Int('本年新增原值（分）'), disposedCards: Int('本年处置卡片数'), disposedFen: Int('本年处置原值（分）'),
};
const Figures = Type.Object(figureFields, { title: '汇总数' });
const CategoryFigures = Type.Object({ categoryId: Int('分类'), code: S('分类代码'), name: S('分类名称'), ...figureFields });
const Breakdown = Type.Object({ key: NS('编号或代码'), label: S('名称'), ...figureFields });

export const AssetSummary = Type.Object({
  schoolId: Int('学校'), schoolName: S('学校名称'), asOf: S('截至日期'), year: Int('年度'), yearStart: S('年度起始日期'),
  totals: Figures,
  categories: Type.Array(Type.Object({ ...CategoryFigures.properties, children: Type.Array(CategoryFigures, { title: '大类' }) }), { title: '按门类、大类' }),
  byStatus: Type.Array(Breakdown, { title: '按使用状况' }),
  byFundingSource: Type.Array(Breakdown, { title: '按资金来源' }),
  byDepartment: Type.Array(Breakdown, { title: '按使用部门' }),
  byBuilding: Type.Array(Breakdown, { title: '按存放楼宇' }),
});
export type AssetSummary = Static<typeof AssetSummary>;

export const ReportCard = Type.Object({
  id: Int('资产'), code: S('资产编号'), name: S('资产名称'), categoryCode: S('分类代码'), categoryName: S('分类名称'), specModel: NS('规格型号'),
  quantity: Int('数量'), unit: NS('计量单位'), originalValueFen: Int('原值（分）'), netValueFen: Int('净值（分）'), acquiredOn: S('取得日期'),
  warrantyUntil: NS('保修截止日期'), warrantyDaysLeft: Type.Union([Type.Integer(), Type.Null()], { title: '保修剩余天数' }), supplier: NS('供应商'),
  departmentName: NS('使用部门'), custodianName: NS('使用人'), location: S('存放地点'), status: S('使用状况代码'), statusLabel: S('使用状况'),
});
export type ReportCard = Static<typeof ReportCard>;
export const ReportCardPage = pageOf(ReportCard);

export const HolderRow = Type.Object({
  holderId: Type.Union([Type.Integer(), Type.Null()], { title: '保管人、房间或部门' }), name: S('名称'), detail: NS('说明'),
  cards: Int('卡片数'), originalValueFen: Int('原值（分）'), netValueFen: Int('净值（分）'), link: NS('责任清单页面'),
});
export const HolderPage = Type.Object({ ...pageOf(HolderRow).properties, kind: S('保管方式') });

export const DistrictSchoolRow = Type.Object({
  schoolId: Int('学校'), schoolName: S('学校名称'), cards: Int('卡片数'), originalValueFen: Int('原值（分）'), netValueFen: Int('净值（分）'),
  idleCards: Int('闲置卡片数'), pastLifeCards: Int('超过使用年限卡片数'), lastStocktakeAt: NS('上次盘点结束时间'),
});
export const DistrictAssetSummary = Type.Object({
  districtId: Int('教育局'), asOf: S('统计日期'), schoolCount: Int('学校数'),
  totals: Type.Object({ cards: Int('卡片数'), originalValueFen: Int('原值（分）'), netValueFen: Int('净值（分）'), idleCards: Int('闲置卡片数'), pastLifeCards: Int('超过使用年限卡片数') }),
  schools: Type.Array(DistrictSchoolRow, { title: '按学校' }),
});
export type DistrictAssetSummary = Static<typeof DistrictAssetSummary>;
