import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { addDays, dayNumberOf } from '../../../platform/calendar/dates.js';
import { localDate, zonedInstant } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { readSchoolId } from '../../../platform/authz/read-scope.js';
import { forbidden, invalidField, notFound } from '../../../platform/http/errors.js';

export interface ReportSchool { id: number; name: string; timezone: string }

/** One school's report (the caller has checked work_order:read), for a school-wide reader of it or a district reader naming one school of the district. */
export async function reportSchoolOf(db: Kysely<Database>, actor: Actor, schoolId: number | undefined): Promise<ReportSchool> {
  // Reports add up the whole school, which "own"/department readers may not see row by row.
  if (actor.dataScope !== 'school' && actor.dataScope !== 'district') throw forbidden('维修报表仅限全校范围的账号查看');
  const id = readSchoolId(actor, schoolId);
  // scope: readSchoolId has limited the id to the actor's readable schools.
  const school = await db.selectFrom('schools').select(['id', 'name', 'timezone']).where('id', '=', id).executeTakeFirst();
  if (!school) throw notFound('学校');
  return school;
}

/** A local-date period [from, to] and its UTC instants [start, end) for comparing ISO text times. */
export interface Period { from: string; to: string; start: string; end: string }

export function periodOf(from: string, to: string, tz: string): Period {
  return { from, to, start: zonedInstant(from, 0, tz).toISOString(), end: zonedInstant(addDays(to, 1), 0, tz).toISOString() };
}

const MAX_DAYS = 366;

function checkedDate(field: string, value: string): number {
  try { return dayNumberOf(value); } catch { throw invalidField(field, '日期无效，应为 YYYY-MM-DD'); }
}

/** from/to of the summary; by default this month so far in the school's zone. */
export function summaryPeriod(q: { from?: string | undefined; to?: string | undefined }, tz: string, now = new Date()): Period {
  const today = localDate(now, tz);
  const from = q.from ?? `${today.slice(0, 7)}-01`;
  const to = q.to ?? today;
  const a = checkedDate('from', from);
  const b = checkedDate('to', to);
  if (b < a) throw invalidField('to', '结束日期不能早于开始日期');
  if (b - a >= MAX_DAYS) throw invalidField('to', `统计区间最长 ${MAX_DAYS} 天`);
  return periodOf(from, to, tz);
}

/** First day of the month after the date's. */
const nextMonthOf = (date: string): string => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1)).toISOString().slice(0, 10);

/** A calendar month "YYYY-MM" as a period; by default this month. */
export function monthPeriod(month: string | undefined, tz: string, now = new Date()): Period & { year: number; month: number } {
  const m = month ?? localDate(now, tz).slice(0, 7);
  const first = `${m}-01`;
  try { dayNumberOf(first); } catch { throw invalidField('month', '月份无效，应为 YYYY-MM'); }
  return { ...periodOf(first, addDays(nextMonthOf(first), -1), tz), year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) };
}

/** The months a period touches, each clipped to the period. */
export function monthsOf(p: Period, tz: string): Period[] {
  const out: Period[] = [];
  let from = p.from;
  while (from <= p.to) {
    const next = nextMonthOf(from);
    const to = addDays(next, -1) < p.to ? addDays(next, -1) : p.to;
    out.push(periodOf(from, to, tz));
    from = next;
  }
  return out;
}
