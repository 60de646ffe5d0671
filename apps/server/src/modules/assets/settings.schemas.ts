import { type Static, Type } from 'typebox';
import { DEPRECIATION_START_RULES } from './rules/depreciation.js';
import { DateText, Nullable } from './assets.schemas.js';

const Threshold = Type.Object({
  categoryCode: Nullable(Type.String({ minLength: 1, maxLength: 20, title: '适用分类编码' }), '适用分类编码'),
  effectiveFrom: DateText('生效日期'),
  amountFen: Type.Integer({ minimum: 0, maximum: 100_000_000_000, title: '入账标准（分）' }),
}, { additionalProperties: false });

export const AssetSettingsDto = Type.Object({
  numberingPattern: Type.String(),
  numberingExample: Type.String(),
  depreciationStart: Type.String(),
  depreciationStartLabel: Type.String(),
  thresholds: Type.Array(Type.Object({ categoryCode: Nullable(Type.String()), categoryName: Nullable(Type.String()), effectiveFrom: Type.String(), amountFen: Type.Integer() })),
  version: Type.Integer(),
});

export const UpdateAssetSettingsBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  numberingPattern: Type.String({ minLength: 1, maxLength: 60, title: '编号规则' }),
  depreciationStart: Type.Enum(DEPRECIATION_START_RULES, { title: '开始计提月份' }),
  thresholds: Type.Array(Threshold, { minItems: 1, maxItems: 50, title: '入账标准' }),
}, { additionalProperties: false });
export type UpdateAssetSettingsBody = Static<typeof UpdateAssetSettingsBody>;

export const CategoryDto = Type.Object({
  id: Type.Integer(), code: Type.String(), name: Type.String(), parentId: Nullable(Type.Integer()), level: Type.Integer(),
  gb2022Class: Nullable(Type.String()), depreciable: Type.Boolean(), lifeMonths: Nullable(Type.Integer()), effectiveLifeMonths: Nullable(Type.Integer()),
  verified: Type.Boolean(), active: Type.Boolean(), version: Type.Integer(), abilities: Type.Object({ update: Type.Boolean() }),
});
export const CategoryTree = Type.Object({ items: Type.Array(CategoryDto) });

export const CreateCategoryBody = Type.Object({
  parentId: Type.Integer({ minimum: 1, maximum: 2147483647, title: '上级分类' }),
  code: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9-]+$', title: '分类编码' }),
  name: Type.String({ minLength: 1, maxLength: 60, title: '分类名称' }),
  lifeMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1200, title: '默认折旧年限（月）' }), '默认折旧年限（月）')),
  depreciable: Type.Optional(Type.Boolean({ title: '计提折旧' })),
}, { additionalProperties: false });
export type CreateCategoryBody = Static<typeof CreateCategoryBody>;

export const UpdateCategoryBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60, title: '分类名称' })),
  lifeMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1200, title: '默认折旧年限（月）' }), '默认折旧年限（月）')),
  depreciable: Type.Optional(Type.Boolean({ title: '计提折旧' })),
  active: Type.Optional(Type.Boolean({ title: '启用' })),
}, { additionalProperties: false });
export type UpdateCategoryBody = Static<typeof UpdateCategoryBody>;
