import type { Kysely, Selectable } from 'kysely';
import type { Row, Tx } from '../../platform/db/audited-writes.js';
import type { CalendarDayTable, Database, SchoolYearTable, TermTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/errors.js';

export type SchoolYearRow = Selectable<SchoolYearTable>;
export type TermRow = Selectable<TermTable>;
export type CalendarDayRow = Selectable<CalendarDayTable>;
type Conn = Kysely<Database> | Tx;

// why: the audited-write helpers return loosely typed rows of the table they were given; the table
// is fixed at each call site, so the row has that table's shape.
export function rowAs<T>(row: Row): T {
  return row as unknown as T;
}

export async function findSchoolSettings(db: Conn, schoolId: number) {
  const school = await db.selectFrom('schools').select(['id', 'timezone', 'work_hours', 'version']).where('id', '=', schoolId).executeTakeFirst();
  if (!school) throw notFound('学校');
  return school;
}

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** School years of one school, oldest first; with a year, only those overlapping that calendar year. */
export async function listSchoolYears(db: Conn, schoolId: number, year?: number): Promise<SchoolYearRow[]> {
  let q = db.selectFrom('school_years').selectAll().where('school_id', '=', schoolId);
  if (year !== undefined) {
    const [from, to] = yearBounds(year);
    q = q.where('start_date', '<=', to).where('end_date', '>=', from);
  }
  return q.orderBy('start_date').orderBy('id').execute();
}

export async function listTermsOfYears(db: Conn, schoolId: number, yearIds: number[]): Promise<TermRow[]> {
  if (yearIds.length === 0) return [];
  return db.selectFrom('terms').selectAll().where('school_id', '=', schoolId).where('school_year_id', 'in', yearIds)
    .orderBy('start_date').orderBy('id').execute();
}

export async function listTerms(db: Conn, schoolId: number): Promise<TermRow[]> {
  return db.selectFrom('terms').selectAll().where('school_id', '=', schoolId).orderBy('start_date').execute();
}

/** Holidays and make-up days of one school, by date; with a year, only that calendar year's. */
export async function listDays(db: Conn, schoolId: number, year?: number): Promise<CalendarDayRow[]> {
  let q = db.selectFrom('calendar_days').selectAll().where('school_id', '=', schoolId);
  if (year !== undefined) {
    const [from, to] = yearBounds(year);
    q = q.where('date', '>=', from).where('date', '<=', to);
  }
  return q.orderBy('date').execute();
}

export async function findDayByDate(db: Conn, schoolId: number, date: string): Promise<CalendarDayRow | undefined> {
  return db.selectFrom('calendar_days').selectAll().where('school_id', '=', schoolId).where('date', '=', date).executeTakeFirst();
}

export async function findSchoolYear(db: Conn, schoolIds: number[], id: number): Promise<SchoolYearRow | undefined> {
  if (schoolIds.length === 0) return undefined;
  return db.selectFrom('school_years').selectAll().where('id', '=', id).where('school_id', 'in', schoolIds).executeTakeFirst();
}

export async function findTerm(db: Conn, schoolIds: number[], id: number): Promise<TermRow | undefined> {
  if (schoolIds.length === 0) return undefined;
  return db.selectFrom('terms').selectAll().where('id', '=', id).where('school_id', 'in', schoolIds).executeTakeFirst();
}

/** Another term of the school sharing at least one day with [start, end]. */
export async function findOverlappingTerm(tx: Tx, schoolId: number, span: { startDate: string; endDate: string }, exceptId: number | null) {
  let q = tx.selectFrom('terms')
    .innerJoin('school_years', 'school_years.id', 'terms.school_year_id')
    .select(['terms.id', 'terms.name as term_name', 'school_years.name as year_name', 'terms.start_date', 'terms.end_date'])
    .where('terms.school_id', '=', schoolId)
    .where('terms.start_date', '<=', span.endDate)
    .where('terms.end_date', '>=', span.startDate);
  if (exceptId !== null) q = q.where('terms.id', '<>', exceptId);
  const row = await q.orderBy('terms.start_date').executeTakeFirst();
  return row && { name: `${row.year_name}${row.term_name}`, start_date: row.start_date, end_date: row.end_date };
}

export async function findOverlappingSchoolYear(tx: Tx, schoolId: number, span: { startDate: string; endDate: string }, exceptId: number | null) {
  let q = tx.selectFrom('school_years').select(['id', 'name', 'start_date', 'end_date'])
    .where('school_id', '=', schoolId)
    .where('start_date', '<=', span.endDate)
    .where('end_date', '>=', span.startDate);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  return q.orderBy('start_date').executeTakeFirst();
}

/**
 * Every write to a school's holidays, make-up days or terms calls this first. It gives the school a
 * new calendar stamp, so every process drops the working calendar it built from the old one
 * (load-school-calendar.ts); and, why first: overlap checks read, then write, and two requests for
 * one school must not both pass. Updating the school row takes its row lock until commit on
 * PostgreSQL; SQLite runs one writer at a time.
 */
export async function lockSchoolCalendar(tx: Tx, schoolId: number): Promise<void> {
  await tx.updateTable('schools').set({ calendar_stamp: crypto.randomUUID() }).where('id', '=', schoolId).execute();
}
