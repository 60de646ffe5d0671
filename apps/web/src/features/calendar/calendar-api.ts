import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { del, get, patch, post, put } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

export type WorkHours = Record<string, [string, string][]>;
export interface Term { id: number; schoolYearId: number; name: string; startDate: string; endDate: string; week1Start: string; version: number }
export interface SchoolYear { id: number; name: string; startDate: string; endDate: string; version: number; terms: Term[] }
export interface CalendarDay { id: number; date: string; kind: 'holiday' | 'workday'; kindLabel: string; name: string }
export interface SchoolCalendar {
  timezone: string;
  workHours: WorkHours;
  schoolVersion: number;
  schoolYears: SchoolYear[];
  days: CalendarDay[];
  abilities?: { create: boolean; update: boolean; delete: boolean };
}
export interface HolidayPlan { name: string; off: [string, string]; workdays: string[] }

const KEY = ['/calendar'];

export const useSchoolCalendar = (year: number) => useQuery({
  queryKey: [...KEY, year],
  queryFn: () => get<SchoolCalendar>(`/calendar?year=${year}`),
  // Paging to another year keeps the grid (and its month) on screen while the year loads.
  placeholderData: keepPreviousData,
});

export function useCalendarWrites() {
  const invalidate = [KEY, ['/calendar/query']];
  return {
    upsertDay: useWrite((d: { date: string; kind: 'holiday' | 'workday'; name: string }) => post<CalendarDay>('/calendar/days', d), { invalidate, success: '已设置' }),
    deleteDay: useWrite((id: number) => del(`/calendar/days/${id}`), { invalidate, success: '已恢复为平常日子' }),
    bulk: useWrite((body: { year: number; holidays: HolidayPlan[] }) => post<{ year: number; days: CalendarDay[] }>('/calendar/days/bulk', body), {
      invalidate, success: (r) => `已录入 ${r.year} 年节假日安排，共 ${r.days.length} 天`,
    }),
    workHours: useWrite((body: { version: number; workHours: WorkHours }) => put('/calendar/work-hours', body), { invalidate, success: '工作时间已保存' }),
    createYear: useWrite((b: Record<string, unknown>) => post('/calendar/school-years', b), { invalidate, success: '已新建学年' }),
    updateYear: useWrite(({ id, body }: { id: number; body: Record<string, unknown> }) => patch(`/calendar/school-years/${id}`, body), { invalidate, success: '已保存' }),
    deleteYear: useWrite((y: { id: number; version: number }) => del(`/calendar/school-years/${y.id}?version=${y.version}`), { invalidate, success: '已删除学年' }),
    createTerm: useWrite((b: Record<string, unknown>) => post('/calendar/terms', b), { invalidate, success: '已新建学期' }),
    updateTerm: useWrite(({ id, body }: { id: number; body: Record<string, unknown> }) => patch(`/calendar/terms/${id}`, body), { invalidate, success: '已保存' }),
    deleteTerm: useWrite((t: { id: number; version: number }) => del(`/calendar/terms/${t.id}?version=${t.version}`), { invalidate, success: '已删除学期' }),
  };
}
