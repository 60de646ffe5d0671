import { Type, type Static } from 'typebox';
import { WEEKDAY_LABELS } from '../../platform/calendar/work-periods.js';

const date = (title: string) => Type.String({ format: 'date', title });
const version = Type.Integer({ minimum: 1, title: '版本号' });
const schoolIdParam = Type.Optional(Type.Integer({ minimum: 1, title: '学校' }));

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, title: '编号' }) });
export type IdParams = Static<typeof IdParams>;

export const VersionQuery = Type.Object({ version });
export type VersionQuery = Static<typeof VersionQuery>;

export const SchoolScopeQuery = Type.Object({ schoolId: schoolIdParam });
export type SchoolScopeQuery = Static<typeof SchoolScopeQuery>;

export const CalendarQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年份' })),
  schoolId: schoolIdParam,
});
export type CalendarQuery = Static<typeof CalendarQuery>;

// ── school years and terms ────────────────────────────────────────────────

export const SchoolYearBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 40, title: '学年名称' }),
    startDate: date('开始日期'),
    endDate: date('结束日期'),
  },
  { additionalProperties: false },
);
export type SchoolYearBody = Static<typeof SchoolYearBody>;

export const SchoolYearPatch = Type.Object(
  {
    version,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 40, title: '学年名称' })),
    startDate: Type.Optional(date('开始日期')),
    endDate: Type.Optional(date('结束日期')),
  },
  { additionalProperties: false },
);
export type SchoolYearPatch = Static<typeof SchoolYearPatch>;

export const TermBody = Type.Object(
  {
    schoolYearId: Type.Integer({ minimum: 1, title: '所属学年' }),
    name: Type.String({ minLength: 1, maxLength: 40, title: '学期名称' }),
    startDate: date('开始日期'),
    endDate: date('结束日期'),
    week1Start: Type.Optional(date('第一教学周的周一')),
  },
  { additionalProperties: false },
);
export type TermBody = Static<typeof TermBody>;

export const TermPatch = Type.Object(
  {
    version,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 40, title: '学期名称' })),
    startDate: Type.Optional(date('开始日期')),
    endDate: Type.Optional(date('结束日期')),
    week1Start: Type.Optional(date('第一教学周的周一')),
  },
  { additionalProperties: false },
);
export type TermPatch = Static<typeof TermPatch>;

export const Term = Type.Object({
  id: Type.Integer(),
  schoolYearId: Type.Integer(),
  name: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  week1Start: Type.String(),
  version: Type.Integer(),
});
export type Term = Static<typeof Term>;

export const SchoolYear = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  version: Type.Integer(),
  terms: Type.Array(Term),
});
export type SchoolYear = Static<typeof SchoolYear>;

// ── days off and make-up days ─────────────────────────────────────────────

export const DayKindInput = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], { title: '类型（holiday 放假 / workday 调休上班）' });

export const DayBody = Type.Object(
  { date: date('日期'), kind: DayKindInput, name: Type.String({ minLength: 1, maxLength: 40, title: '名称' }) },
  { additionalProperties: false },
);
export type DayBody = Static<typeof DayBody>;

export const CalendarDay = Type.Object({
  id: Type.Integer(),
  date: Type.String(),
  kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
  kindLabel: Type.String(),
  name: Type.String(),
});
export type CalendarDay = Static<typeof CalendarDay>;

export const BulkHolidaysBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100, title: '年份' }),
    holidays: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 40, title: '节日名称' }),
          off: Type.Tuple([date('放假开始日期'), date('放假结束日期')], { title: '放假日期' }),
          workdays: Type.Array(date('调休上班日期'), { maxItems: 10, title: '调休上班日期' }),
        },
        { additionalProperties: false, title: '节日' },
      ),
      { maxItems: 20, title: '节假日安排' },
    ),
  },
  { additionalProperties: false },
);
export type BulkHolidaysBody = Static<typeof BulkHolidaysBody>;

export const BulkHolidaysResult = Type.Object({ year: Type.Integer(), days: Type.Array(CalendarDay) });

// ── working hours ─────────────────────────────────────────────────────────

const clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', title: '时间（HH:mm）' });
const periods = (title: string) => Type.Array(Type.Tuple([clock, clock], { title }), { maxItems: 6, title });

export const WorkHoursSchema = Type.Object(
  {
    '0': periods(WEEKDAY_LABELS['0']), '1': periods(WEEKDAY_LABELS['1']), '2': periods(WEEKDAY_LABELS['2']),
    '3': periods(WEEKDAY_LABELS['3']), '4': periods(WEEKDAY_LABELS['4']), '5': periods(WEEKDAY_LABELS['5']),
    '6': periods(WEEKDAY_LABELS['6']),
  },
  { additionalProperties: false, title: '作息时间' },
);

export const WorkHoursBody = Type.Object(
  { version: Type.Integer({ minimum: 1, title: '学校版本号' }), workHours: WorkHoursSchema },
  { additionalProperties: false },
);
export type WorkHoursBody = Static<typeof WorkHoursBody>;

export const WorkHoursResult = Type.Object({ workHours: WorkHoursSchema, schoolVersion: Type.Integer() });
export type WorkHoursResult = Static<typeof WorkHoursResult>;

// ── the whole calendar ────────────────────────────────────────────────────

export const Calendar = Type.Object({
  schoolId: Type.Integer(),
  timezone: Type.String(),
  workHours: WorkHoursSchema,
  schoolVersion: Type.Integer(),
  schoolYears: Type.Array(SchoolYear),
  days: Type.Array(CalendarDay),
  abilities: Type.Object({ create: Type.Boolean(), update: Type.Boolean(), delete: Type.Boolean() }),
});
export type Calendar = Static<typeof Calendar>;

// ── working-time questions ────────────────────────────────────────────────

export const MomentQuery = Type.Object({
  at: Type.Optional(Type.String({ format: 'date-time', title: '时间' })),
  schoolId: schoolIdParam,
});
export type MomentQuery = Static<typeof MomentQuery>;

export const Moment = Type.Object({
  at: Type.String(),
  localDate: Type.String(),
  localDateTime: Type.String(),
  isWorking: Type.Boolean(),
  dayKind: Type.Union([Type.Literal('workday'), Type.Literal('weekend'), Type.Literal('holiday'), Type.Literal('makeup')]),
  dayKindLabel: Type.String(),
  dayName: Type.Union([Type.String(), Type.Null()]),
  term: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
  teachingWeek: Type.Union([Type.Integer(), Type.Null()]),
  nextWorkingAt: Type.String(),
});
export type Moment = Static<typeof Moment>;

export const AddWorkingTimeBody = Type.Object(
  {
    start: Type.String({ format: 'date-time', title: '开始时间' }),
    minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 200000, title: '工作分钟数' })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, title: '工作日数' })),
    schoolId: schoolIdParam,
  },
  { additionalProperties: false },
);
export type AddWorkingTimeBody = Static<typeof AddWorkingTimeBody>;

export const AddWorkingTimeResult = Type.Object({ start: Type.String(), end: Type.String(), endLocal: Type.String() });
export type AddWorkingTimeResult = Static<typeof AddWorkingTimeResult>;

export const WeeksQuery = Type.Object({ termId: Type.Integer({ minimum: 1, title: '学期' }) });
export type WeeksQuery = Static<typeof WeeksQuery>;

export const TeachingWeekSpan = Type.Object({ week: Type.Integer(), start: Type.String(), end: Type.String() });
export const TeachingWeeks = Type.Array(TeachingWeekSpan);

export const OkResponse = Type.Object({ ok: Type.Boolean() });
