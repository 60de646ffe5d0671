import { requirePermission } from '../../platform/authz/actor.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { readSchoolId } from '../../platform/authz/read-scope.js';
import {
  AddWorkingTimeBody, AddWorkingTimeResult, BulkHolidaysBody, BulkHolidaysResult, Calendar, CalendarDay, CalendarQuery, DayBody,
  IdParams, Moment, MomentQuery, OkResponse, SchoolYear, SchoolYearBody, SchoolYearPatch, TeachingWeeks, Term, TermBody, TermPatch,
  VersionQuery, WeeksQuery, WorkHoursBody, WorkHoursResult,
} from './calendar.schemas.js';
import { upsertDay, deleteDay } from './use-cases/days.js';
import { getCalendar } from './use-cases/get-calendar.js';
import { replaceYearHolidays } from './use-cases/replace-year-holidays.js';
import { createSchoolYear, deleteSchoolYear, updateSchoolYear } from './use-cases/school-years.js';
import { createTerm, deleteTerm, updateTerm } from './use-cases/terms.js';
import { updateWorkHours } from './use-cases/update-work-hours.js';
import { addWorkingTime, describeMoment, listTeachingWeeks } from './use-cases/working-time.js';

const TAGS = ['校历'];
const OK = { ok: true };

/** 校历: school years, terms, holidays and make-up days, working hours, and working-time questions. */
export const calendarRoutes: ModuleRoutes = (app, { db }) => {
  const kysely = db.kysely;

  app.get('/calendar', {
    schema: { tags: TAGS, summary: '校历：学年、学期、节假日、作息时间', querystring: CalendarQuery, response: { 200: Calendar } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'calendar', 'read');
    return getCalendar(kysely, actor, readSchoolId(actor, req.query.schoolId), req.query.year);
  });

  // ── school years ──
  app.post('/calendar/school-years', {
    schema: { tags: TAGS, summary: '新建学年', body: SchoolYearBody, response: { 200: SchoolYear } },
  }, async (req) => createSchoolYear(kysely, requirePermission(req.actor, 'calendar', 'create'), req.body));

  app.patch('/calendar/school-years/:id', {
    schema: { tags: TAGS, summary: '修改学年', params: IdParams, body: SchoolYearPatch, response: { 200: SchoolYear } },
  }, async (req) => updateSchoolYear(kysely, requirePermission(req.actor, 'calendar', 'update'), req.params.id, req.body));

  app.delete('/calendar/school-years/:id', {
    schema: { tags: TAGS, summary: '删除学年（须先删除其下学期）', params: IdParams, querystring: VersionQuery, response: { 200: OkResponse } },
  }, async (req) => {
    await deleteSchoolYear(kysely, requirePermission(req.actor, 'calendar', 'delete'), req.params.id, req.query.version);
    return OK;
  });

  // ── terms ──
  app.post('/calendar/terms', {
    schema: { tags: TAGS, summary: '新建学期', body: TermBody, response: { 200: Term } },
  }, async (req) => createTerm(kysely, requirePermission(req.actor, 'calendar', 'create'), req.body));

  app.patch('/calendar/terms/:id', {
    schema: { tags: TAGS, summary: '修改学期', params: IdParams, body: TermPatch, response: { 200: Term } },
  }, async (req) => updateTerm(kysely, requirePermission(req.actor, 'calendar', 'update'), req.params.id, req.body));

  app.delete('/calendar/terms/:id', {
    schema: { tags: TAGS, summary: '删除学期', params: IdParams, querystring: VersionQuery, response: { 200: OkResponse } },
  }, async (req) => {
    await deleteTerm(kysely, requirePermission(req.actor, 'calendar', 'delete'), req.params.id, req.query.version);
    return OK;
  });

  // ── days off and make-up days ──
  app.post('/calendar/days', {
    schema: { tags: TAGS, summary: '设置某天为放假或调休上班（同一天已有则覆盖）', body: DayBody, response: { 200: CalendarDay } },
  }, async (req) => upsertDay(kysely, requirePermission(req.actor, 'calendar', 'update'), req.body));

  app.delete('/calendar/days/:id', {
    schema: { tags: TAGS, summary: '取消某天的放假或调休设置', params: IdParams, response: { 200: OkResponse } },
  }, async (req) => {
    await deleteDay(kysely, requirePermission(req.actor, 'calendar', 'delete'), req.params.id);
    return OK;
  });

  app.post('/calendar/days/bulk', {
    schema: { tags: TAGS, summary: '录入某年国务院节假日安排（替换该年全部放假和调休设置）', body: BulkHolidaysBody, response: { 200: BulkHolidaysResult } },
  }, async (req) => replaceYearHolidays(kysely, requirePermission(req.actor, 'calendar', 'update'), req.body));

  // ── working hours ──
  app.put('/calendar/work-hours', {
    schema: { tags: TAGS, summary: '修改作息时间（每周各天的工作时段）', body: WorkHoursBody, response: { 200: WorkHoursResult } },
  }, async (req) => updateWorkHours(kysely, requirePermission(req.actor, 'calendar', 'update'), req.body));

  // ── working-time questions ──
  app.get('/calendar/query', {
    schema: { tags: TAGS, summary: '某一时刻是否工作时间、第几教学周', querystring: MomentQuery, response: { 200: Moment } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'calendar', 'read');
    return describeMoment(kysely, readSchoolId(actor, req.query.schoolId), req.query.at ? new Date(req.query.at) : new Date());
  });

  app.post('/calendar/add-working-time', {
    schema: { tags: TAGS, summary: '计算若干工作分钟或工作日之后的时刻', body: AddWorkingTimeBody, response: { 200: AddWorkingTimeResult } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'calendar', 'read');
    return addWorkingTime(kysely, readSchoolId(actor, req.body.schoolId), req.body);
  });

  app.get('/calendar/weeks', {
    schema: { tags: TAGS, summary: '学期的教学周列表', querystring: WeeksQuery, response: { 200: TeachingWeeks } },
  }, async (req) => listTeachingWeeks(kysely, requirePermission(req.actor, 'calendar', 'read'), req.query.termId));
};
