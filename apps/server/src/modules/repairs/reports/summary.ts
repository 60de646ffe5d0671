import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { minutesBetween, percentile } from './percentiles.js';
import { monthsOf, reportSchoolOf, summaryPeriod } from './report-scope.js';
import {
  DONE_STATUSES, costByCategory, countsByBuilding, countsByCategory, countsByTechnician, durationRows, monthTotals, requestTotals, workOrderTotals,
} from './summary.repository.js';
import type { RepairSummary, SummaryQuery } from './summary.schemas.js';

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
const spread = (values: number[]) => ({ count: values.length, medianMinutes: percentile(values, 50), p90Minutes: percentile(values, 90) });

/**
 * 维修统计 of one school over local dates [from, to], keyed on when each fault was reported.
 * Counts, sums and averages run in SQL; medians and 90th percentiles are taken in code over the
 * selected durations (SQLite has no percentile function).
 */
export async function repairSummary(db: Kysely<Database>, actor: Actor, q: SummaryQuery, now = new Date()): Promise<RepairSummary> {
  const school = await reportSchoolOf(db, actor, q.schoolId);
  const period = summaryPeriod(q, school.timezone, now);
  const sid = school.id;
  const [totals, wo, byCategory, byBuilding, byTechnician, costs, durations] = await Promise.all([
    requestTotals(db, sid, period), workOrderTotals(db, sid, period), countsByCategory(db, sid, period), countsByBuilding(db, sid, period),
    countsByTechnician(db, sid, period), costByCategory(db, sid, period), durationRows(db, sid, period),
  ]);
  const months = await Promise.all(monthsOf(period, school.timezone).map(async (m) => ({ key: m.from.slice(0, 7), ...await monthTotals(db, sid, m) })));

  const accepted = durations.filter((d) => d.first_accepted_at);
  const done = durations.filter((d) => DONE_STATUSES.includes(d.status) && d.completed_at);
  const respondedOnTime = accepted.filter((d) => String(d.first_accepted_at) <= d.respond_due_at).length;
  const completedOnTime = done.filter((d) => String(d.completed_at) <= d.resolve_due_at).length;
  const minutes = (rows: typeof durations, end: (d: (typeof durations)[number]) => string | null) =>
    rows.map((d) => minutesBetween(d.reported_at, end(d))).filter((m): m is number => m !== null);

  return {
    schoolId: sid, schoolName: school.name, from: period.from, to: period.to,
    requests: totals.requests, workOrders: wo.workOrders, completed: wo.completed,
    byCategory, byBuilding, byTechnician,
    byMonth: months.map((m) => ({ key: m.key, label: m.key, count: m.requests })),
    response: spread(minutes(accepted, (d) => (d.first_accepted_at === null ? null : String(d.first_accepted_at)))),
    resolution: spread(minutes(done, (d) => d.completed_at)),
    sla: {
      respondedOnTime, responded: accepted.length, respondedOnTimeShare: share(respondedOnTime, accepted.length),
      completedOnTime, completedCount: done.length, completedOnTimeShare: share(completedOnTime, done.length),
    },
    satisfaction: { averageStars: wo.averageStars, count: wo.rated },
    repeat: { count: totals.repeats, share: share(totals.repeats, totals.requests) },
    costByCategory: costs,
    costByMonth: months.map((m) => ({ key: m.key, label: m.key, costFen: m.costFen, count: m.completed })),
  };
}
