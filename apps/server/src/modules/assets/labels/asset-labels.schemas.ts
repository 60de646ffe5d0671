import { type Static, Type } from 'typebox';
import { LABEL_LAYOUT_KEYS } from '../../../platform/pdf/label-layouts.js';
import { AssetFilters } from '../assets.schemas.js';

/** Most labels one print makes: 1,000 cards is a large school's whole teaching building. */
export const MAX_ASSET_LABELS = 1000;

export const AssetLabelsBody = Type.Object(
  {
    assetIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: MAX_ASSET_LABELS, title: '资产' })),
    roomId: Type.Optional(Type.Integer({ minimum: 1, title: '房间' })),
    filter: Type.Optional(Type.Object(AssetFilters, { additionalProperties: false, title: '筛选条件' })),
    layout: Type.Enum(LABEL_LAYOUT_KEYS, { title: '标签规格' }),
    startPosition: Type.Optional(Type.Integer({ minimum: 1, maximum: 24, title: '起始位置' })),
  },
  { additionalProperties: false },
);
export type AssetLabelsBody = Static<typeof AssetLabelsBody>;
