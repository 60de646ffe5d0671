import { QR_TARGET_TYPES } from '@houqin/contracts';
import { type Static, type TSchema, Type } from 'typebox';
import { LABEL_LAYOUT_KEYS } from '../../platform/pdf/label-layouts.js';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const TargetType = Type.Enum(QR_TARGET_TYPES, { title: '绑定对象类型' });

export const QrCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 32, title: '二维码编号' }) });
export type QrCodeParams = Static<typeof QrCodeParams>;

export const QR_CODE_SORTS = ['code', 'linkedAt', 'createdAt'] as const;

export const QrCodeListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(QR_CODE_SORTS),
  batchId: Type.Optional(Type.Integer({ minimum: 1, title: '批次' })),
  linked: Type.Optional(Type.Boolean({ title: '是否已绑定' })),
  targetType: Type.Optional(TargetType),
  q: Type.Optional(Type.String({ maxLength: 40, title: '搜索' })),
});
export type QrCodeListQuery = Static<typeof QrCodeListQuery>;

export const QrCodeDto = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  url: Type.String(),
  batchId: Nullable(Type.Integer()),
  batchName: Nullable(Type.String()),
  targetType: Nullable(Type.String()),
  targetTypeLabel: Nullable(Type.String()),
  targetId: Nullable(Type.Integer()),
  targetName: Nullable(Type.String()),
  targetLocation: Nullable(Type.String()),
  linkedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  version: Type.Integer(),
  abilities: Type.Object({ link: Type.Boolean(), unlink: Type.Boolean(), print: Type.Boolean() }),
});
export type QrCodeDto = Static<typeof QrCodeDto>;
export const QrCodePage = pageOf(QrCodeDto);

export const QrBatchListQuery = Type.Object({ ...PageQuery, sort: sortParam(['createdAt', 'name']) });
export type QrBatchListQuery = Static<typeof QrBatchListQuery>;

export const QrBatchBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60, title: '批次名称' }),
    count: Type.Integer({ minimum: 1, maximum: 1000, title: '数量' }),
  },
  { additionalProperties: false },
);
export type QrBatchBody = Static<typeof QrBatchBody>;

export const QrBatchDto = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  size: Type.Integer(),
  linkedCount: Type.Integer(),
  createdAt: Type.String(),
  createdByName: Nullable(Type.String()),
  abilities: Type.Object({ print: Type.Boolean() }),
});
export type QrBatchDto = Static<typeof QrBatchDto>;
export const QrBatchPage = pageOf(QrBatchDto);

export const LinkBody = Type.Object(
  {
    targetType: TargetType,
    targetId: Type.Integer({ minimum: 1, title: '绑定对象' }),
    version: Type.Integer({ minimum: 1, title: '版本' }),
    replace: Type.Optional(Type.Boolean({ title: '替换对象原有的二维码' })),
  },
  { additionalProperties: false },
);
export type LinkBody = Static<typeof LinkBody>;

export const UnlinkBody = Type.Object(
  { version: Type.Integer({ minimum: 1, title: '版本' }) },
  { additionalProperties: false },
);
export type UnlinkBody = Static<typeof UnlinkBody>;

export const LabelsBody = Type.Object(
  {
    roomIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 1000, title: '房间' })),
    batchId: Type.Optional(Type.Integer({ minimum: 1, title: '二维码批次' })),
    layout: Type.Enum(LABEL_LAYOUT_KEYS, { title: '标签规格' }),
    startPosition: Type.Optional(Type.Integer({ minimum: 1, maximum: 24, title: '起始位置' })),
  },
  { additionalProperties: false },
);
export type LabelsBody = Static<typeof LabelsBody>;

const QrAction = Type.Object({ key: Type.String(), label: Type.String(), href: Type.String() });

export const ResolveDto = Type.Object({
  code: Type.String(),
  status: Type.Union([Type.Literal('linked'), Type.Literal('unlinked')]),
  /** A sentence for the landing page when there is nothing (or not everything) to show. */
  message: Nullable(Type.String()),
  schoolName: Type.String(),
  target: Type.Union([
    Type.Object({
      type: Type.String(),
      typeLabel: Type.String(),
      /** Null unless the viewer belongs to the target's school. */
      id: Nullable(Type.Integer()),
      name: Type.String(),
      location: Nullable(Type.String()),
    }),
    Type.Null(),
  ]),
  actions: Type.Array(QrAction),
  loginRequired: Type.Boolean(),
});
export type ResolveDto = Static<typeof ResolveDto>;
