import { ROOM_TYPES } from '@houqin/contracts';
import { type Static, type TSchema, Type } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { HOLIDAY_POLICIES, SCHEDULE_KINDS } from './recurrence.js';

const Nullable = <T extends TSchema>(t: T, title?: string) => Type.Union([t, Type.Null()], title ? { title } : {});
const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });
const DateField = (title: string) => Type.String({ format: 'date', title });
const Version = Type.Integer({ minimum: 1, maximum: 2147483647, title: '版本' });

export const TARGET_TYPES = ['school', 'rooms', 'room_type', 'assets', 'asset_category'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const GROUPINGS = ['each', 'together'] as const;

/**
 * The recurrence as the form sends it: one flat object, so a mistake is reported on the exact
 * field (schedule.weekdays, schedule.day); which fields each kind needs is checked in schedule-input.ts.
 */
export const ScheduleInput = Type.Object({
  kind: Type.Enum(SCHEDULE_KINDS, { title: '重复方式' }),
  weekdays: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 7, title: '星期几' }), { maxItems: 7, uniqueItems: true, title: '每周的哪几天' })),
  everyWeeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 8, title: '每几周' })),
  day: Type.Optional(Type.Integer({ minimum: 1, maximum: 31, title: '几号' })),
  month: Type.Optional(Type.Integer({ minimum: 1, maximum: 12, title: '月份' })),
  anchor: Type.Optional(Type.Enum(['start', 'end'], { title: '开学或学期结束' })),
  offsetDays: Type.Optional(Type.Integer({ minimum: -90, maximum: 90, title: '提前或推后的天数' })),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 730, title: '间隔天数' })),
}, { additionalProperties: false, title: '重复规则' });
export type ScheduleInput = Static<typeof ScheduleInput>;

const HolidayPolicy = Type.Enum(HOLIDAY_POLICIES, { title: '遇节假日' });
const LeadDays = Type.Integer({ minimum: 0, maximum: 60, title: '提前生成天数' });

const planFields = {
  name: Type.String({ minLength: 1, maxLength: 60, title: '计划名称' }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 500, title: '说明' }), '说明')),
  targetType: Type.Enum(TARGET_TYPES, { title: '保养对象' }),
  roomIds: Type.Optional(Type.Array(RefId('房间'), { maxItems: 500, uniqueItems: true, title: '房间' })),
  roomType: Type.Optional(Nullable(Type.Enum(ROOM_TYPES, { title: '房间类型' }), '房间类型')),
  assetIds: Type.Optional(Type.Array(RefId('资产'), { maxItems: 500, uniqueItems: true, title: '资产' })),
  assetCategoryId: Type.Optional(Nullable(RefId('资产分类'), '资产分类')),
  grouping: Type.Optional(Type.Enum(GROUPINGS, { title: '工单拆分方式' })),
  checklistTemplateId: Type.Optional(Nullable(RefId('检查表'), '检查表')),
  categoryId: Type.Optional(Nullable(RefId('维修分类'), '维修分类')),
  schedule: ScheduleInput,
  holidayPolicy: HolidayPolicy,
  leadDays: Type.Optional(LeadDays),
  assigneeId: Type.Optional(Nullable(RefId('负责人'), '负责人')),
  teamId: Type.Optional(Nullable(RefId('维修班组'), '维修班组')),
  startDate: DateField('开始日期'),
  endDate: Type.Optional(Nullable(DateField('结束日期'), '结束日期')),
  active: Type.Optional(Type.Boolean({ title: '启用' })),
};

export const CreatePlanBody = Type.Object(planFields, { additionalProperties: false });
export type CreatePlanBody = Static<typeof CreatePlanBody>;

export const UpdatePlanBody = Type.Object({
  version: Version,
  ...Type.Partial(Type.Object(planFields)).properties,
}, { additionalProperties: false });
export type UpdatePlanBody = Static<typeof UpdatePlanBody>;

export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });

export const FromTemplateBody = Type.Object({
  templateKey: Type.String({ minLength: 1, maxLength: 40, title: '模板' }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60, title: '计划名称' })),
  startDate: Type.Optional(DateField('开始日期')),
  assigneeId: Type.Optional(Nullable(RefId('负责人'), '负责人')),
  teamId: Type.Optional(Nullable(RefId('维修班组'), '维修班组')),
}, { additionalProperties: false });
export type FromTemplateBody = Static<typeof FromTemplateBody>;

export const PreviewBody = Type.Object({
  schedule: ScheduleInput,
  holidayPolicy: HolidayPolicy,
  startDate: DateField('开始日期'),
  endDate: Type.Optional(Nullable(DateField('结束日期'), '结束日期')),
  leadDays: Type.Optional(LeadDays),
  lastCompletedOn: Type.Optional(Nullable(DateField('上次完成日期'), '上次完成日期')),
}, { additionalProperties: false });
export type PreviewBody = Static<typeof PreviewBody>;

export const PreviewQuery = Type.Object({
  from: Type.Optional(DateField('开始日期')),
  count: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, title: '条数' })),
}, { additionalProperties: false });

export const PreviewDto = Type.Object({
  scheduleText: Type.String(),
  items: Type.Array(Type.Object({
    nominalDate: Type.String(), dueDate: Nullable(Type.String()), visibleFrom: Nullable(Type.String()), skipped: Type.Boolean(), note: Nullable(Type.String()),
  })),
});
export type PreviewDto = Static<typeof PreviewDto>;

const Schedule = Type.Object({
  kind: Type.String(), weekdays: Type.Optional(Type.Array(Type.Integer())), everyWeeks: Type.Optional(Type.Integer()), day: Type.Optional(Type.Integer()),
  month: Type.Optional(Type.Integer()), anchor: Type.Optional(Type.String()), offsetDays: Type.Optional(Type.Integer()), days: Type.Optional(Type.Integer()),
});

export const PlanDto = Type.Object({
  id: Type.Integer(), name: Type.String(), description: Nullable(Type.String()),
  targetType: Type.String(), targetTypeLabel: Type.String(), roomType: Nullable(Type.String()), rooms: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  assets: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), place: Nullable(Type.String()), disposed: Type.Boolean() })),
  assetCategoryId: Nullable(Type.Integer()), assetCategoryName: Nullable(Type.String()),
  grouping: Type.String(), targetText: Type.String(),
  checklistTemplateId: Nullable(Type.Integer()), checklistTemplateName: Nullable(Type.String()),
  categoryId: Nullable(Type.Integer()), categoryName: Nullable(Type.String()),
  schedule: Schedule, scheduleText: Type.String(), holidayPolicy: Type.String(), holidayPolicyLabel: Type.String(), leadDays: Type.Integer(),
  assigneeId: Nullable(Type.Integer()), assigneeName: Nullable(Type.String()), teamId: Nullable(Type.Integer()), teamName: Nullable(Type.String()),
  ownerId: Type.Integer(), ownerName: Nullable(Type.String()),
  startDate: Type.String(), endDate: Nullable(Type.String()), active: Type.Boolean(), templateKey: Nullable(Type.String()),
  nextDueDate: Nullable(Type.String()), openCount: Type.Integer(), generatedCount: Type.Integer(),
  createdAt: Type.String(), version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean(), generate: Type.Boolean() }),
});
export type PlanDto = Static<typeof PlanDto>;

export const PLAN_SORTS = ['name', 'createdAt'] as const;
const planFilters = {
  q: Type.Optional(Type.String({ maxLength: 60, title: '搜索' })),
  active: Type.Optional(Type.Boolean({ title: '启用' })),
  targetType: Type.Optional(Type.Enum(TARGET_TYPES, { title: '保养对象' })),
};
export const PlanListQuery = Type.Object({ ...PageQuery, sort: sortParam(PLAN_SORTS), ...planFilters }, { additionalProperties: false });
export type PlanListQuery = Static<typeof PlanListQuery>;
export const PlanExportQuery = Type.Object({ sort: sortParam(PLAN_SORTS), ...planFilters }, { additionalProperties: false });
export const PlanPage = pageOf(PlanDto);

export const TemplateDto = Type.Object({
  key: Type.String(), name: Type.String(), description: Type.String(), targetType: Type.String(), targetText: Type.String(), roomType: Nullable(Type.String()),
  assetCategoryName: Nullable(Type.String()), grouping: Type.String(), schedule: Schedule, scheduleText: Type.String(), holidayPolicy: Type.String(), holidayPolicyLabel: Type.String(), leadDays: Type.Integer(),
  checklistTemplateId: Nullable(Type.Integer()), checklistTemplateName: Nullable(Type.String()), categoryName: Nullable(Type.String()),
  source: Type.String(), alreadyUsed: Type.Boolean(),
});
export type TemplateDto = Static<typeof TemplateDto>;

export const OCCURRENCE_STATUSES = ['planned', 'open', 'completed', 'cancelled'] as const;
export const OccurrenceQuery = Type.Object({
  from: DateField('开始日期'),
  to: DateField('结束日期'),
  planId: Type.Optional(RefId('保养计划')),
  status: Type.Optional(Type.Enum(OCCURRENCE_STATUSES, { title: '状态' })),
}, { additionalProperties: false });
export type OccurrenceQuery = Static<typeof OccurrenceQuery>;

export const OccurrenceDto = Type.Object({
  id: Nullable(Type.Integer()), planId: Type.Integer(), planName: Type.String(), targetKey: Type.Integer(), roomId: Nullable(Type.Integer()), targetName: Type.String(),
  nominalDate: Type.String(), dueDate: Type.String(), visibleFrom: Type.String(), note: Nullable(Type.String()),
  status: Type.String(), statusLabel: Type.String(), completedAt: Nullable(Type.String()),
  requestId: Nullable(Type.Integer()), workOrderId: Nullable(Type.Integer()), workOrderCode: Nullable(Type.String()),
  workOrderStatus: Nullable(Type.String()), workOrderStatusLabel: Nullable(Type.String()),
  assigneeName: Nullable(Type.String()), teamName: Nullable(Type.String()),
  checklistTemplateId: Nullable(Type.Integer()), checklistResultId: Nullable(Type.Integer()),
});
export type OccurrenceDto = Static<typeof OccurrenceDto>;
export const OccurrenceList = Type.Object({ from: Type.String(), to: Type.String(), items: Type.Array(OccurrenceDto) });

export const GenerateResultDto = Type.Object({ created: Type.Integer(), workOrderIds: Type.Array(Type.Integer()), plan: PlanDto });

export const OccurrenceDetail = Type.Object({
  id: Type.Integer(), planId: Type.Integer(), planName: Type.String(), description: Nullable(Type.String()), targetName: Type.String(),
  dueDate: Type.String(), note: Nullable(Type.String()), status: Type.String(), statusLabel: Type.String(),
  workOrderId: Nullable(Type.Integer()), workOrderCode: Nullable(Type.String()), workOrderStatusLabel: Nullable(Type.String()),
  checklist: Nullable(Type.Object({ templateId: Type.Integer(), name: Type.String(), versionNo: Type.Integer() })),
  result: Nullable(Type.Object({ id: Type.Integer(), status: Type.String(), version: Type.Integer(), outcome: Nullable(Type.String()), failedCount: Type.Integer() })),
  /** May this person fill in the checklist (the job's technician, a member of its team, or a dispatcher)? */
  canRecord: Type.Boolean(),
});
export type OccurrenceDetail = Static<typeof OccurrenceDetail>;
export const WorkOrderParams = Type.Object({ workOrderId: Type.Integer({ minimum: 1, maximum: 2147483647, title: '工单' }) }, { additionalProperties: false });
