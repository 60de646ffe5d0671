import { Type, type Static } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { REQUEST_STATUSES, URGENCIES } from './repairs.labels.js';
import { N, PhotoFileIds, RefId, RepairRequestDto, Version } from './repairs.schemas.js';

export const UrgencySchema = Type.Enum(URGENCIES, { title: '紧急程度' });

export const SubmitRequestBody = Type.Object({
  roomId: Type.Optional(RefId('报修房间')),
  assetId: Type.Optional(RefId('报修资产')),
  locationText: Type.Optional(Type.String({ minLength: 1, maxLength: 100, title: '具体位置' })),
  categoryId: RefId('报修分类'),
  description: Type.String({ minLength: 1, maxLength: 500, title: '故障描述' }),
  urgency: UrgencySchema,
  preferredAt: Type.Optional(Type.String({ format: 'date-time', title: '预约时间' })),
  photoFileIds: Type.Optional(PhotoFileIds),
}, { additionalProperties: false });
export type SubmitRequestBody = Static<typeof SubmitRequestBody>;

export const FollowUpBody = Type.Object({
  comment: Type.String({ minLength: 1, maxLength: 500, title: '跟进说明' }),
  photoFileIds: Type.Optional(PhotoFileIds),
}, { additionalProperties: false });
export type FollowUpBody = Static<typeof FollowUpBody>;

export const DeclineBody = Type.Object({ version: Version, reason: Type.String({ minLength: 1, maxLength: 200, title: '驳回原因' }) }, { additionalProperties: false });
export type DeclineBody = Static<typeof DeclineBody>;

export const MergeBody = Type.Object({
  version: Version, targetId: RefId('合并到的报修单'), note: Type.Optional(Type.String({ maxLength: 200, title: '说明' })),
}, { additionalProperties: false });
export type MergeBody = Static<typeof MergeBody>;

export const ConvertBody = Type.Object({
  version: Version, assigneeId: Type.Optional(RefId('维修人员')), teamId: Type.Optional(RefId('维修班组')),
}, { additionalProperties: false });
export type ConvertBody = Static<typeof ConvertBody>;

export const WithdrawBody = Type.Object({ version: Version, reason: Type.Optional(Type.String({ maxLength: 200, title: '撤回原因' })) }, { additionalProperties: false });
export type WithdrawBody = Static<typeof WithdrawBody>;

export const REQUEST_SORTS = ['reportedAt', 'resolveDueAt'] as const;
export const RequestListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(REQUEST_SORTS),
  mine: Type.Optional(Type.Boolean({ title: '只看我报的' })),
  status: Type.Optional(Type.Enum(REQUEST_STATUSES, { title: '报修单状态' })),
  open: Type.Optional(Type.Boolean({ title: '处理中' })),
  categoryId: Type.Optional(RefId('报修分类')),
  roomId: Type.Optional(RefId('房间')),
  buildingId: Type.Optional(RefId('楼宇')),
  urgency: Type.Optional(UrgencySchema),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  schoolId: Type.Optional(RefId('学校')),
}, { additionalProperties: false });
export type RequestListQuery = Static<typeof RequestListQuery>;
export const RequestPage = pageOf(RepairRequestDto);

export const DuplicatesQuery = Type.Object({ roomId: RefId('房间'), categoryId: Type.Optional(RefId('报修分类')) }, { additionalProperties: false });
export const DuplicateItem = Type.Object({
  id: Type.Integer(), code: Type.String(), categoryId: Type.Integer(), categoryName: Type.String(), description: Type.String(),
  progress: Type.String(), progressLabel: Type.String(), reportedAt: Type.String(), requesterName: Type.String(),
  mine: Type.Boolean(), following: Type.Boolean(),
});
export const DuplicatesResponse = Type.Object({ items: Type.Array(DuplicateItem) });

export const FormOptionsQuery = Type.Object({ roomId: Type.Optional(RefId('房间')), assetId: Type.Optional(RefId('资产')) }, { additionalProperties: false });
export const FormOptions = Type.Object({
  room: N(Type.Object({ id: Type.Integer(), name: Type.String(), location: N(Type.String()) })),
  asset: N(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), locationText: N(Type.String()) })),
  assets: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }), { title: '房间里的资产' }),
  categories: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  urgencies: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), photoRequired: Type.Boolean() })),
  photoRule: Type.String(),
  maxPhotos: Type.Integer(),
});
