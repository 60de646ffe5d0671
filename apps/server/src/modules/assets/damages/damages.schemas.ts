import { type Static, Type } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../../platform/http/pagination.js';
import { DAMAGE_CAUSES, DAMAGE_STATUSES, PARTY_TYPES } from './damages.labels.js';
import { Nullable, B, I, NI, NS, S } from '../../../platform/http/schema-shorthands.js';

const DATE = { pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const Version = Type.Integer({ minimum: 1, title: '版本' });

export const DamageListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(['occurredOn', 'createdAt']),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  status: Type.Optional(Type.Enum(DAMAGE_STATUSES, { title: '状态' })),
  cause: Type.Optional(Type.Enum(DAMAGE_CAUSES, { title: '损坏原因' })),
  assetId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '资产' })),
  schoolId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' })),
}, { additionalProperties: false });
export type DamageListQuery = Static<typeof DamageListQuery>;

export const CreateDamageBody = Type.Object({
  assetId: Type.Integer({ minimum: 1, maximum: 2147483647, title: '损坏资产' }),
  occurredOn: Type.String({ ...DATE, title: '损坏日期' }),
  cause: Type.Enum(DAMAGE_CAUSES, { title: '损坏原因' }),
  description: Type.String({ minLength: 1, maxLength: 1000, title: '损坏经过' }),
  partyType: Type.Enum(PARTY_TYPES, { title: '责任人类型' }),
  partyUserId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '责任人' })),
  partyName: Type.Optional(Type.String({ maxLength: 40, title: '责任人姓名' })),
  partyClass: Type.Optional(Type.String({ maxLength: 40, title: '班级' })),
  workOrderId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '维修工单' })),
}, { additionalProperties: false });
export type CreateDamageBody = Static<typeof CreateDamageBody>;

export const ProposeBody = Type.Object({ version: Version, note: Type.Optional(Type.String({ maxLength: 500, title: '说明' })) }, { additionalProperties: false });
export type ProposeBody = Static<typeof ProposeBody>;
export const LinkWorkOrderBody = Type.Object({ version: Version, workOrderId: Type.Integer({ minimum: 1, maximum: 2147483647, title: '维修工单' }) }, { additionalProperties: false });
export type LinkWorkOrderBody = Static<typeof LinkWorkOrderBody>;
/** 预约 needs a time: that stays on the repair form. */
const REPAIR_URGENCIES = ['normal', 'urgent'] as const;

/** 发起报修 from a damage record: the repair form's category, description and urgency. */
export const RaiseRepairBody = Type.Object({
  version: Version,
  categoryId: Type.Integer({ minimum: 1, maximum: 2147483647, title: '报修分类' }),
  description: Type.Optional(Type.String({ maxLength: 500, title: '故障描述' })),
  urgency: Type.Optional(Type.Enum(REPAIR_URGENCIES, { title: '紧急程度' })),
}, { additionalProperties: false });
export type RaiseRepairBody = Static<typeof RaiseRepairBody>;

export const ApproveBody = Type.Object({
  version: Version,
  amountFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000_000, title: '核定金额' })),
  reason: Type.Optional(Type.String({ maxLength: 500, title: '调整理由' })),
}, { additionalProperties: false });
export type ApproveBody = Static<typeof ApproveBody>;
export const ReasonBody = Type.Object({ version: Version, reason: Type.String({ minLength: 1, maxLength: 500, title: '理由' }) }, { additionalProperties: false });
export type ReasonBody = Static<typeof ReasonBody>;
export const PayBody = Type.Object({
  version: Version,
  amountFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000, title: '实收金额' }),
  paidOn: Type.String({ ...DATE, title: '缴费日期' }),
  receiptNo: Type.String({ minLength: 1, maxLength: 40, title: '收据号' }),
  collectedBy: Type.String({ minLength: 1, maxLength: 40, title: '收款人' }),
}, { additionalProperties: false });
export type PayBody = Static<typeof PayBody>;

export const DamageDto = Type.Object({
  id: I, schoolId: I, schoolName: S, assetId: I, assetCode: S, assetName: S, netValueFen: I,
  occurredOn: S, cause: S, causeLabel: S, description: S,
  partyType: S, partyTypeLabel: S, partyUserId: NI, partyName: NS, partyClass: NS, partyText: S,
  workOrderId: NI, workOrderStatus: NS, workOrderCostFen: NI,
  status: S, statusLabel: S, basisKind: NS, basisLabel: NS, basisFen: NI, ratioPct: NI, proposedFen: NI, proposedBasis: NS,
  approvedFen: NI, decisionReason: NS, decidedByName: NS, decidedAt: NS,
  paidFen: NI, paidOn: NS, receiptNo: NS, collectedBy: NS, cancelReason: NS,
  createdAt: S, createdByName: NS, version: I,
  abilities: Type.Object({ propose: B, approve: B, waive: B, pay: B, cancel: B, linkWorkOrder: B, attach: B, raiseRepair: B }),
});
export type DamageDto = Static<typeof DamageDto>;
export const DamagePage = pageOf(DamageDto);
/** The repair of the damage: the request raised from it and its work order (once there is one), with where to open it. */
export const DamageRepairDto = Type.Object({
  requestId: NI, requestCode: NS, workOrderId: NI, workOrderCode: NS, status: S, statusLabel: S,
  /** Desktop page of the work order, else of the request */
  link: S,
});
export type DamageRepairDto = Static<typeof DamageRepairDto>;

export const DamageDetail = Type.Object({
  damage: DamageDto,
  log: Type.Array(Type.Object({ id: I, action: S, actionLabel: S, actorName: S, at: S, note: NS })),
  repair: Nullable(DamageRepairDto),
});
export type DamageDetail = Static<typeof DamageDetail>;
