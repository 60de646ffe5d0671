import { type Static, Type } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { ACQUISITION_METHODS, ASSET_STATUSES, EDITABLE_STATUSES, FUNDING_SOURCES, PROCUREMENT_FORMS, USAGES, VALUE_TYPES } from './assets.labels.js';
import { NI, NS, Nullable, S } from '../../platform/http/schema-shorthands.js';

export { Nullable };
const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });
const Text = (title: string, maxLength = 100) => Type.String({ maxLength, title });
export const DateText = (title: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title });
/** Up to ¥100 billion in fen: far above any school asset, far below 2^53. */
const Fen = (title: string) => Type.Integer({ minimum: 0, maximum: 10_000_000_000_000, title });
const LifeMonths = Type.Integer({ minimum: 1, maximum: 1200, title: '折旧年限（月）' });

/** Fields a card is created with (domain-rules.md §2.5). */
const cardFields = {
  name: Type.String({ minLength: 1, maxLength: 100, title: '资产名称' }),
  categoryId: RefId('资产分类'),
  specModel: Type.Optional(Nullable(Text('规格型号'), '规格型号')),
  brand: Type.Optional(Nullable(Text('品牌', 60), '品牌')),
  manufacturer: Type.Optional(Nullable(Text('生产厂家'), '生产厂家')),
  serialNo: Type.Optional(Nullable(Text('出厂编号', 60), '出厂编号')),
  unit: Type.Optional(Nullable(Text('计量单位', 10), '计量单位')),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, title: '数量' })),
  areaM2: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10_000_000, title: '面积（㎡）' }), '面积（㎡）')),
  valueType: Type.Optional(Type.Enum(VALUE_TYPES, { title: '价值类型' })),
  originalValueFen: Fen('原值（分）'),
  acquisitionMethod: Type.Enum(ACQUISITION_METHODS, { title: '取得方式' }),
  acquiredOn: DateText('取得日期'),
  accountedOn: Type.Optional(Nullable(DateText('财务入账日期'), '财务入账日期')),
  voucherNo: Type.Optional(Nullable(Text('会计凭证号', 40), '会计凭证号')),
  fundingSource: Type.Optional(Nullable(Type.Enum(FUNDING_SOURCES, { title: '资金来源' }), '资金来源')),
  procurementForm: Type.Optional(Nullable(Type.Enum(PROCUREMENT_FORMS, { title: '采购组织形式' }), '采购组织形式')),
  supplier: Type.Optional(Nullable(Text('供应商'), '供应商')),
  warrantyUntil: Type.Optional(Nullable(DateText('保修截止日期'), '保修截止日期')),
  managerDepartmentId: Type.Optional(Nullable(RefId('管理部门'), '管理部门')),
  locationText: Type.Optional(Nullable(Text('存放位置说明'), '存放位置说明')),
  usage: Type.Optional(Nullable(Type.Enum(USAGES, { title: '使用方向' }), '使用方向')),
  lifeMonths: Type.Optional(LifeMonths),
  /** Overrides the threshold: a large lot of similar items below it is still a fixed asset (§2.3). */
  accountingClass: Type.Optional(Type.Enum(['fixed', 'low_value'], { title: '资产性质' })),
  titleCertNo: Type.Optional(Nullable(Text('权属证号', 60), '权属证号')),
  note: Type.Optional(Nullable(Text('备注', 500), '备注')),
};

/** Who holds it and where it is: set at creation, changed later only through 变更保管. */
const custodyFields = {
  departmentId: Type.Optional(Nullable(RefId('使用部门'), '使用部门')),
  custodianId: Type.Optional(Nullable(RefId('使用人'), '使用人')),
  roomId: Type.Optional(Nullable(RefId('存放地点'), '存放地点')),
};

/** Depreciation already booked in an older ledger, for cards entered after the fact. */
const openingFields = {
  openingDepMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 1200, title: '已提折旧月数' })),
  openingAccumulatedFen: Type.Optional(Fen('已提累计折旧（分）')),
};

export const CreateAssetBody = Type.Object({
  ...cardFields, ...custodyFields, ...openingFields,
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9\\-_./]+$', title: '资产编号' })),
}, { additionalProperties: false });
export type CreateAssetBody = Static<typeof CreateAssetBody>;

export const BatchCreateBody = Type.Object({
  ...cardFields, ...custodyFields,
  count: Type.Integer({ minimum: 1, maximum: 500, title: '数量（张卡片）' }),
}, { additionalProperties: false });
export type BatchCreateBody = Static<typeof BatchCreateBody>;

const patchable = Object.fromEntries(Object.entries(cardFields).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof typeof cardFields]: ReturnType<typeof Type.Optional<(typeof cardFields)[K]>> };
export const UpdateAssetBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  ...patchable,
  status: Type.Optional(Type.Enum(EDITABLE_STATUSES, { title: '使用状况' })),
}, { additionalProperties: false });
export type UpdateAssetBody = Static<typeof UpdateAssetBody>;

export const CustodyBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  ...custodyFields,
  reason: Type.String({ minLength: 1, maxLength: 200, title: '变更原因' }),
}, { additionalProperties: false });
export type CustodyBody = Static<typeof CustodyBody>;

export const ASSET_SORTS = ['code', 'name', 'acquiredOn', 'originalValueFen', 'updatedAt'] as const;
export const AssetFilters = {
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  categoryId: Type.Optional(RefId('资产分类')),
  roomId: Type.Optional(RefId('存放地点')),
  custodianId: Type.Optional(RefId('使用人')),
  departmentId: Type.Optional(RefId('使用部门')),
  status: Type.Optional(Type.Enum(ASSET_STATUSES, { title: '使用状况' })),
  fundingSource: Type.Optional(Type.Enum(FUNDING_SOURCES, { title: '资金来源' })),
  accountingClass: Type.Optional(Type.Enum(['fixed', 'low_value'], { title: '资产性质' })),
  batchNo: Type.Optional(Type.String({ maxLength: 40, title: '批次' })),
};
export const AssetListQuery = Type.Object({
  ...PageQuery, sort: sortParam(ASSET_SORTS), ...AssetFilters, schoolId: Type.Optional(RefId('学校')),
}, { additionalProperties: false });
export type AssetListQuery = Static<typeof AssetListQuery>;
export type AssetFilterValues = Omit<AssetListQuery, 'page' | 'pageSize' | 'sort' | 'schoolId'>;

const Abilities = Type.Object({ update: Type.Boolean(), changeCustody: Type.Boolean(), repair: Type.Boolean({ description: '可以报修：本校有报修权限，且资产不在报废审批中、未处置' }) });

export const AssetDto = Type.Object({
  id: Type.Integer(), schoolId: Type.Integer(), code: S, name: S,
  categoryId: Type.Integer(), categoryCode: S, categoryName: S,
  specModel: NS, brand: NS, manufacturer: NS, serialNo: NS, unit: NS, quantity: Type.Integer(), areaM2: Nullable(Type.Number()),
  valueType: S, valueTypeLabel: S, originalValueFen: Type.Integer(),
  acquisitionMethod: S, acquisitionMethodLabel: S, acquiredOn: S, accountedOn: NS, voucherNo: NS,
  fundingSource: NS, fundingSourceLabel: NS, procurementForm: NS, procurementFormLabel: NS, supplier: NS, warrantyUntil: NS,
  departmentId: NI, departmentName: NS, custodianId: NI, custodianName: NS, managerDepartmentId: NI, managerDepartmentName: NS,
  roomId: NI, roomName: NS, location: S, locationText: NS,
  status: S, statusLabel: S, usage: NS, usageLabel: NS,
  accountingClass: S, accountingClassLabel: S, depreciationMethod: S, depreciationMethodLabel: S,
  lifeMonths: Type.Integer(), depStartMonth: NS, depreciatedMonths: Type.Integer(),
  accumulatedDepreciationFen: Type.Integer(), netValueFen: Type.Integer(),
  titleCertNo: NS, note: NS, batchNo: NS, disposedOn: NS, qrCode: NS,
  version: Type.Integer(), createdAt: S, updatedAt: S, abilities: Abilities,
});
export type AssetDto = Static<typeof AssetDto>;
export const AssetPage = pageOf(AssetDto);

export const BatchCreated = Type.Object({
  created: Type.Integer(), batchNo: NS, firstCode: S, lastCode: S, items: Type.Array(AssetDto),
});

export const AssetEventDto = Type.Object({
  id: Type.Integer(), kind: S, kindLabel: S, actorName: S, note: NS, at: S,
  changes: Type.Array(Type.Object({ field: S, fieldLabel: S, before: NS, after: NS })),
});
export const AssetHistory = Type.Object({ items: Type.Array(AssetEventDto) });
