import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { readSchoolId } from '../../../platform/authz/read-scope.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import type { XlsxSheet } from '../../../platform/excel/xlsx-export.js';
import type { DepreciationReport, ReportQuery } from '../depreciation.schemas.js';
import { type Month, addMonths, monthOfDate, monthsBetween } from '../rules/months.js';
import { type DepreciationRunResult, bookSchoolDepreciation } from './run-depreciation.js';
import { yuan } from '../../../platform/money.js';

const MAX_MONTHS = 120;

async function schoolOf(db: Kysely<Database>, schoolId: number) {
  return db.selectFrom('schools').select(['id', 'name', 'timezone']).where('id', '=', schoolId).executeTakeFirstOrThrow();
}

/** Manual 计提折旧 through `month` (default: this month in the school's time zone); never a future month. */
export async function runDepreciationNow(db: Kysely<Database>, actor: Actor, month?: Month): Promise<DepreciationRunResult> {
  const schoolId = writableSchoolId(actor);
  const school = await schoolOf(db, schoolId);
  const current = monthOfDate(localDate(new Date(), school.timezone));
  const through = month ?? current;
  if (through > current) throw invalidField('month', '「计提月份」不能晚于本月');
  return bookSchoolDepreciation(db, schoolId, through, auditContextOf(actor));
}

/** 折旧汇总: amounts booked per category and month within [from, to], with month totals. */
export async function depreciationReport(db: Kysely<Database>, actor: Actor, q: ReportQuery): Promise<DepreciationReport> {
  const school = await schoolOf(db, readSchoolId(actor, q.schoolId));
  const span = monthsBetween(q.from, q.to);
  if (span < 0) throw invalidField('to', '「截止月份」不能早于起始月份');
  if (span >= MAX_MONTHS) throw invalidField('to', `一次最多统计 ${MAX_MONTHS} 个月`);
  const months = Array.from({ length: span + 1 }, (_, i) => addMonths(q.from, i));
  const sums = await db.selectFrom('asset_depreciation as d')
    .innerJoin('asset_categories as c', 'c.id', 'd.category_id')
    .select((eb) => ['d.category_id', 'c.code', 'c.name', 'c.sort', 'd.month', eb.fn.sum<number>('d.amount_fen').as('amount')])
    .where('d.school_id', '=', school.id).where('d.month', '>=', q.from).where('d.month', '<=', q.to)
    .groupBy(['d.category_id', 'c.code', 'c.name', 'c.sort', 'd.month'])
    .orderBy('c.sort').execute();
  const byCategory = new Map<number, { categoryId: number; categoryCode: string; categoryName: string; byMonth: Map<string, number> }>();
  for (const s of sums) {
    const entry = byCategory.get(s.category_id) ?? { categoryId: s.category_id, categoryCode: s.code, categoryName: s.name, byMonth: new Map<string, number>() };
    entry.byMonth.set(s.month, Number(s.amount));
    byCategory.set(s.category_id, entry);
  }
  const rows = [...byCategory.values()].map((e) => {
    const amounts = months.map((month) => ({ month, amountFen: e.byMonth.get(month) ?? 0 }));
    return { categoryId: e.categoryId, categoryCode: e.categoryCode, categoryName: e.categoryName, amounts, totalFen: amounts.reduce((t, a) => t + a.amountFen, 0) };
  });
  const totals = months.map((month, i) => ({ month, amountFen: rows.reduce((t, r) => t + (r.amounts[i]?.amountFen ?? 0), 0) }));
  return { schoolName: school.name, from: q.from, to: q.to, months, rows, totals, totalFen: totals.reduce((t, m) => t + m.amountFen, 0) };
}

type ReportRow = DepreciationReport['rows'][number];

/** The report as a workbook: one row per category, one column per month (元), and a total row. */
export function depreciationSheet(report: DepreciationReport): XlsxSheet<ReportRow> {
  const total: ReportRow = { categoryId: 0, categoryCode: '', categoryName: '合计', amounts: report.totals, totalFen: report.totalFen };
  return {
    name: '折旧汇总',
    rows: [...report.rows, total],
    columns: [
      { header: '分类编码', width: 14, value: (r) => r.categoryCode },
      { header: '分类名称', width: 28, value: (r) => r.categoryName },
      ...report.months.map((month, i) => ({ header: `${month}（元）`, width: 14, value: (r: ReportRow) => yuan(r.amounts[i]?.amountFen ?? 0) })),
      { header: '合计（元）', width: 14, value: (r) => yuan(r.totalFen) },
    ],
  };
}
