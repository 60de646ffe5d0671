import { Type, type Static } from 'typebox';
import { PHOTO_RULES } from './repairs.labels.js';
import { N, RefId, Version } from './repairs.schemas.js';

const Target = (title: string) => Type.Object({
  value: Type.Integer({ minimum: 1, maximum: 43200, title: `${title}（数值）` }),
  unit: Type.Union([Type.Literal('minutes'), Type.Literal('days')], { title: `${title}（单位：minutes 工作分钟 / days 工作日）` }),
}, { additionalProperties: false, title });

export const SlaPolicySchema = Type.Object({
  urgent: Type.Object({ respond: Target('紧急·响应时限'), resolve: Target('紧急·完成时限') }, { additionalProperties: false, title: '紧急' }),
  normal: Type.Object({ respond: Target('一般·响应时限'), resolve: Target('一般·完成时限') }, { additionalProperties: false, title: '一般' }),
  scheduled: Type.Object({ respond: Target('预约·响应时限') }, { additionalProperties: false, title: '预约' }),
}, { additionalProperties: false, title: '时限（SLA）' });

const PhotoRuleSchema = Type.Enum(PHOTO_RULES, { title: '报修照片要求' });

export const RepairSettingsDto = Type.Object({
  slaPolicy: SlaPolicySchema, photoRule: Type.String(), photoRuleLabel: Type.String(), completionPhotoRequired: Type.Boolean(),
  autoConfirmDays: Type.Integer(), autoConvert: Type.Boolean(), repeatWindowDays: Type.Integer(), publicBoard: Type.Boolean(), publicBoardPath: Type.String(), version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean() }),
});
export type RepairSettingsDto = Static<typeof RepairSettingsDto>;

export const UpdateSettingsBody = Type.Object({
  version: Version,
  slaPolicy: Type.Optional(SlaPolicySchema),
  photoRule: Type.Optional(PhotoRuleSchema),
  completionPhotoRequired: Type.Optional(Type.Boolean({ title: '完工须拍照' })),
  autoConfirmDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, title: '自动验收天数' })),
  autoConvert: Type.Optional(Type.Boolean({ title: '报修自动生成工单' })),
  repeatWindowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, title: '重复故障判定天数' })),
  publicBoard: Type.Optional(Type.Boolean({ title: '报修公示' })),
}, { additionalProperties: false });
export type UpdateSettingsBody = Static<typeof UpdateSettingsBody>;

const Abilities = Type.Object({ update: Type.Boolean(), delete: Type.Boolean() });
const Name = (title: string) => Type.String({ minLength: 1, maxLength: 30, title });
const Sort = Type.Integer({ minimum: 0, maximum: 9999, title: '排序' });

export const CategoryDto = Type.Object({ id: Type.Integer(), name: Type.String(), sort: Type.Integer(), active: Type.Boolean(), version: Type.Integer(), abilities: Abilities });
export type CategoryDto = Static<typeof CategoryDto>;
export const CategoryListQuery = Type.Object({ active: Type.Optional(Type.Boolean({ title: '只看启用的' })) }, { additionalProperties: false });
export const CreateCategory = Type.Object({ name: Name('分类名称'), sort: Type.Optional(Sort) }, { additionalProperties: false });
export type CreateCategory = Static<typeof CreateCategory>;
export const UpdateCategory = Type.Object({
  version: Version, name: Type.Optional(Name('分类名称')), sort: Type.Optional(Sort), active: Type.Optional(Type.Boolean({ title: '是否启用' })),
}, { additionalProperties: false });
export type UpdateCategory = Static<typeof UpdateCategory>;

const MemberIds = Type.Array(RefId('班组成员'), { maxItems: 100, uniqueItems: true, title: '班组成员' });
export const TeamDto = Type.Object({
  id: Type.Integer(), name: Type.String(), active: Type.Boolean(), version: Type.Integer(),
  members: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })), abilities: Abilities,
});
export type TeamDto = Static<typeof TeamDto>;
export const CreateTeam = Type.Object({ name: Name('班组名称'), memberIds: MemberIds }, { additionalProperties: false });
export type CreateTeam = Static<typeof CreateTeam>;
export const UpdateTeam = Type.Object({
  version: Version, name: Type.Optional(Name('班组名称')), active: Type.Optional(Type.Boolean({ title: '是否启用' })), memberIds: Type.Optional(MemberIds),
}, { additionalProperties: false });
export type UpdateTeam = Static<typeof UpdateTeam>;

export const RoutingRuleDto = Type.Object({
  id: Type.Integer(), categoryId: N(Type.Integer()), categoryName: N(Type.String()), campusId: N(Type.Integer()), campusName: N(Type.String()),
  buildingId: N(Type.Integer()), buildingName: N(Type.String()), teamId: N(Type.Integer()), teamName: N(Type.String()),
  assigneeId: N(Type.Integer()), assigneeName: N(Type.String()), sort: Type.Integer(), active: Type.Boolean(), note: N(Type.String()),
  version: Type.Integer(), abilities: Abilities,
});
export type RoutingRuleDto = Static<typeof RoutingRuleDto>;
const RuleFields = {
  categoryId: Type.Optional(N(RefId('报修分类'))), campusId: Type.Optional(N(RefId('校区'))), buildingId: Type.Optional(N(RefId('楼宇'))),
  teamId: Type.Optional(N(RefId('维修班组'))), assigneeId: Type.Optional(N(RefId('维修人员'))), sort: Type.Optional(Sort),
  note: Type.Optional(N(Type.String({ maxLength: 200, title: '备注' }))),
};
export const CreateRoutingRule = Type.Object(RuleFields, { additionalProperties: false });
export type CreateRoutingRule = Static<typeof CreateRoutingRule>;
export const UpdateRoutingRule = Type.Object({ version: Version, ...RuleFields, active: Type.Optional(Type.Boolean({ title: '是否启用' })) }, { additionalProperties: false });
export type UpdateRoutingRule = Static<typeof UpdateRoutingRule>;

export const ItemsOf = <T extends ReturnType<typeof Type.Object>>(item: T) => Type.Object({ items: Type.Array(item) });
