import { Type, type Static } from 'typebox';
import { PageQuery, pageOf } from '../../platform/http/pagination.js';

const KEY_PATTERN = '^[a-z][a-z0-9_.]*$';

/** Filters shared by the list and the Excel export; dates are local dates in the school's time zone. */
const filters = {
  entity: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: KEY_PATTERN, title: '对象类型' })),
  entityId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, title: '对象编号' })),
  actorId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '操作人' })),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: KEY_PATTERN, title: '操作' })),
  from: Type.Optional(Type.String({ format: 'date', title: '开始日期' })),
  to: Type.Optional(Type.String({ format: 'date', title: '结束日期' })),
  schoolId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' })),
};

export const AuditQuery = Type.Object({ ...PageQuery, ...filters }, { additionalProperties: false });
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditExportQuery = Type.Object(filters, { additionalProperties: false });
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const EntityTrailParams = Type.Object(
  {
    entity: Type.String({ minLength: 1, maxLength: 40, pattern: KEY_PATTERN, title: '对象类型' }),
    entityId: Type.String({ minLength: 1, maxLength: 64, title: '对象编号' }),
  },
  { additionalProperties: false },
);

export const EntityTrailQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

const Value = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

export const AuditChange = Type.Object({
  field: Type.String(),
  fieldLabel: Type.String(),
  before: Value,
  after: Value,
});
export type AuditChange = Static<typeof AuditChange>;

export const AuditItem = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  schoolId: Type.Union([Type.Integer(), Type.Null()]),
  schoolName: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Type.Integer(), Type.Null()]),
  actorName: Type.String(),
  entity: Type.String(),
  entityLabel: Type.String(),
  entityId: Type.String(),
  action: Type.String(),
  actionLabel: Type.String(),
  changes: Type.Array(AuditChange),
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type AuditItem = Static<typeof AuditItem>;

export const AuditPage = pageOf(AuditItem);

const Option = Type.Object({ key: Type.String(), label: Type.String() });
export const AuditVocabulary = Type.Object({ entities: Type.Array(Option), actions: Type.Array(Option) });
