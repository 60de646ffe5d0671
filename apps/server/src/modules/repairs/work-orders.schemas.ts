import { Type, type Static } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { WORK_ORDER_STATUSES } from './repairs.labels.js';
import { PhotoFileIds, RefId, Version, WorkOrderDto } from './repairs.schemas.js';
import { UrgencySchema } from './requests.schemas.js';

const Reason = (title: string) => Type.String({ minLength: 1, maxLength: 200, title });

export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const AssignBody = Type.Object({
  assigneeId: Type.Optional(RefId('维修人员')),
  teamId: Type.Optional(RefId('维修班组')),
  items: Type.Array(Type.Object({ id: RefId('工单'), version: Version }, { additionalProperties: false }), { minItems: 1, maxItems: 100, title: '工单' }),
}, { additionalProperties: false });
export type AssignBody = Static<typeof AssignBody>;

export const ReassignBody = Type.Object({
  version: Version, assigneeId: Type.Optional(RefId('维修人员')), teamId: Type.Optional(RefId('维修班组')), reason: Reason('转单原因'),
}, { additionalProperties: false });
export type ReassignBody = Static<typeof ReassignBody>;

export const PauseBody = Type.Object({ version: Version, reason: Type.String({ minLength: 1, maxLength: 100, title: '暂停原因' }) }, { additionalProperties: false });
export type PauseBody = Static<typeof PauseBody>;

export const PartInput = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60, title: '配件名称' }),
  quantity: Type.Number({ exclusiveMinimum: 0, maximum: 100000, title: '数量' }),
  unit: Type.Optional(Type.String({ maxLength: 10, title: '单位' })),
  unitCostFen: Type.Integer({ minimum: 0, maximum: 100000000, title: '单价（分）' }),
}, { additionalProperties: false });

export const CompleteBody = Type.Object({
  version: Version,
  laborHours: Type.Number({ minimum: 0, maximum: 1000, title: '工时（小时）' }),
  parts: Type.Optional(Type.Array(PartInput, { maxItems: 50, title: '配件' })),
  costFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000000, title: '费用（分）' })),
  note: Type.Optional(Type.String({ maxLength: 500, title: '完工说明' })),
  photoFileIds: Type.Optional(PhotoFileIds),
}, { additionalProperties: false });
export type CompleteBody = Static<typeof CompleteBody>;

export const ConfirmBody = Type.Object({
  version: Version,
  rating: Type.Integer({ minimum: 1, maximum: 5, title: '评分' }),
  comment: Type.Optional(Type.String({ maxLength: 500, title: '评价' })),
}, { additionalProperties: false });
export type ConfirmBody = Static<typeof ConfirmBody>;

export const ReopenBody = Type.Object({ version: Version, reason: Reason('退回原因') }, { additionalProperties: false });
export type ReopenBody = Static<typeof ReopenBody>;

export const CancelBody = Type.Object({ version: Version, reason: Reason('取消原因') }, { additionalProperties: false });
export type CancelBody = Static<typeof CancelBody>;

export const WORK_ORDER_SORTS = ['resolveDueAt', 'reportedAt', 'respondDueAt'] as const;
export const WorkOrderListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(WORK_ORDER_SORTS),
  state: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('completed'), Type.Literal('closed'), Type.Literal('all')], { title: '范围' })),
  status: Type.Optional(Type.Enum(WORK_ORDER_STATUSES, { title: '工单状态' })),
  categoryId: Type.Optional(RefId('报修分类')),
  campusId: Type.Optional(RefId('校区')),
  buildingId: Type.Optional(RefId('楼宇')),
  assigneeId: Type.Optional(RefId('维修人员')),
  teamId: Type.Optional(RefId('维修班组')),
  unassigned: Type.Optional(Type.Boolean({ title: '未指派到人' })),
  urgency: Type.Optional(UrgencySchema),
  overdue: Type.Optional(Type.Boolean({ title: '已超时' })),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  schoolId: Type.Optional(RefId('学校')),
}, { additionalProperties: false });
export type WorkOrderListQuery = Static<typeof WorkOrderListQuery>;
export const WorkOrderPage = pageOf(WorkOrderDto);

export const QueueQuery = Type.Object({
  ...PageQuery,
  includeCompleted: Type.Optional(Type.Boolean({ title: '包括待验收' })),
}, { additionalProperties: false });
export type QueueQuery = Static<typeof QueueQuery>;

export const AssignResponse = Type.Object({ items: Type.Array(WorkOrderDto) });

export const TechnicianList = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), name: Type.String(), phone: Type.Union([Type.String(), Type.Null()]), openCount: Type.Integer(),
    teams: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  })),
});
export type TechnicianList = Static<typeof TechnicianList>;
