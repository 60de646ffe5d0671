import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { minutesBetween, percentile } from './percentiles.js';
import { type Period, monthsOf, reportSchoolOf, summaryPeriod } from './report-scope.js';
import {
  DONE_STATUSES, type ReportSchools, type WorkOrderRow, countsByBuilding, countsByCategory, countsBySchool, monthRequests, requestTotals, workOrderRows,
} from './summary.repository.js';
import type { CountRow, RepairSummary, SummaryQuery } from './summary.schemas.js';

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
const spread = (values: number[]) => ({ count: values.length, medianMinutes: percentile(values, 50), p90Minutes: percentile(values, 90) });
const average = (values: number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);
const isDone = (r: WorkOrderRow) => DONE_STATUSES.includes(r.status);
const ratings = (rows: WorkOrderRow[]) => rows.map((r) => r.rating).filter((x): x is number => x !== null);

/** Rows grouped by a key, in ascending key order with the null key last. */
function groupBy<K extends number | string>(rows: WorkOrderRow[], key: (r: WorkOrderRow) => K | null): [K | null, WorkOrderRow[]][] {
  const groups = new Map<K | null, WorkOrderRow[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r); else groups.set(k, [r]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

type SummaryTables = Omit<RepairSummary, 'schoolId' | 'schoolName' | 'from' | 'to' | 'byBuilding'>;

/**
 * The tables of the summary over a set of schools, keyed on when each fault was reported.
 * Request counts run in SQL; the work-order tables (technicians, cost, stars, on-time shares,
 * medians and 90th percentiles) are added up in code from one read of the period's work orders,
 * which the percentiles need anyway (SQLite has no percentile function).
 */
async function summaryTables(db: Kysely<Database>, schools: ReportSchools, period: Period, timezone: string): Promise<SummaryTables> {
  const months = monthsOf(period, timezone);
  const [totals, byCategory, rows, monthCounts] = await Promise.all([
    requestTotals(db, schools, period), countsByCategory(db, schools, period), workOrderRows(db, schools, period),
    Promise.all(months.map((m) => monthRequests(db, schools, m))),
  ]);
  const done = rows.filter((r) => isDone(r) && r.completed_at);
  const accepted = rows.filter((r) => r.first_accepted_at);
  const respondedOnTime = accepted.filter((r) => String(r.first_accepted_at) <= r.respond_due_at).length;
  const completedOnTime = done.filter((r) => String(r.completed_at) <= r.resolve_due_at).length;
  const minutes = (list: WorkOrderRow[], end: (r: WorkOrderRow) => string | null) =>
    list.map((r) => minutesBetween(r.reported_at, end(r))).filter((m): m is number => m !== null);
  const monthOf = (r: WorkOrderRow) => months.findIndex((m) => r.reported_at >= m.start && r.reported_at < m.end);
  const doneByMonth = groupBy(rows.filter(isDone), monthOf);
  const stars = ratings(rows);

  return {
    requests: totals.requests, workOrders: rows.length, completed: rows.filter(isDone).length,
    byCategory,
    byTechnician: groupBy(rows, (r) => r.assignee_id).map(([key, g]) => ({
      key, label: g[0]?.assignee_name ?? '未指派', count: g.length, completed: g.filter(isDone).length, averageStars: average(ratings(g)),
    })),
    byMonth: months.map((m, i) => ({ key: m.from.slice(0, 7), label: m.from.slice(0, 7), count: monthCounts[i] ?? 0 })),
    response: spread(minutes(accepted, (r) => (r.first_accepted_at === null ? null : String(r.first_accepted_at)))),
    resolution: spread(minutes(done, (r) => r.completed_at)),
    sla: {
      respondedOnTime, responded: accepted.length, respondedOnTimeShare: share(respondedOnTime, accepted.length),
      completedOnTime, completedCount: done.length, completedOnTimeShare: share(completedOnTime, done.length),
    },
    satisfaction: { averageStars: average(stars), count: stars.length },
    repeat: { count: totals.repeats, share: share(totals.repeats, totals.requests) },
    costByCategory: groupBy(rows.filter(isDone), (r) => r.category_id).map(([key, g]) => ({
      key, label: g[0]?.category_name ?? '', costFen: g.reduce((a, r) => a + r.cost_fen, 0), count: g.length,
    })),
    costByMonth: months.map((m, i) => {
      const g = doneByMonth.find(([k]) => k === i)?.[1] ?? [];
      return { key: m.from.slice(0, 7), label: m.from.slice(0, 7), costFen: g.reduce((a, r) => a + r.cost_fen, 0), count: g.length };
    }),
  };
}

/** 维修统计 of one school over local dates [from, to]. */
export async function repairSummary(db: Kysely<Database>, actor: Actor, q: SummaryQuery, now = new Date()): Promise<RepairSummary> {
  const school = await reportSchoolOf(db, actor, q.schoolId);
  const period = summaryPeriod(q, school.timezone, now);
  const [tables, byBuilding] = await Promise.all([summaryTables(db, [school.id], period, school.timezone), countsByBuilding(db, [school.id], period)]);
  return { schoolId: school.id, schoolName: school.name, from: period.from, to: period.to, ...tables, byBuilding };
}

/** The district summary: the same tables over every school a district reader may read, with counts per school instead of per building. */
export type DistrictRepairSummary = SummaryTables & { districtId: number; schoolCount: number; from: string; to: string; bySchool: CountRow[] };

/**
 * 维修统计 of a whole district for an inspector (district scope). Dates are local to the
 * district's schools, which share one time zone in practice; the first school's zone is used.
 */
export async function districtRepairSummary(db: Kysely<Database>, actor: Actor, q: Omit<SummaryQuery, 'schoolId'>, now = new Date()): Promise<DistrictRepairSummary> {
  if (actor.dataScope !== 'district' || actor.districtId === null) throw forbidden('全区维修统计仅限教育局账号查看');
  const schools = actor.readableSchoolIds;
  // scope: the actor's readable schools are their district's, resolved at login.
  const first = schools.length ? await db.selectFrom('schools').select('timezone').where('id', 'in', schools).orderBy('id').executeTakeFirst() : undefined;
  if (!first) throw notFound('学校');
  const period = summaryPeriod(q, first.timezone, now);
  const [tables, bySchool] = await Promise.all([summaryTables(db, schools, period, first.timezone), countsBySchool(db, schools, period)]);
  return { districtId: actor.districtId, schoolCount: schools.length, from: period.from, to: period.to, ...tables, bySchool };
}
