import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { categoryNames, currentLoad, monthByCategory, resolutionRows } from './dashboard.repository.js';
import type { DashboardQuery, RepairDashboard } from './dashboard.schemas.js';
import { minutesBetween, percentile } from './percentiles.js';
import { recentMonths } from './recent-months.js';
import { reportSchoolOf, summaryPeriod } from './report-scope.js';

const TREND_MONTHS = 12;
const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * What the 维修看板 adds to the summary: the load right now, a 12-month trend ending with the
 * chosen period (a month alone shows no trend), and resolution time per category in the period.
 * Counts run in SQL, one grouped query per month; percentiles in code, as in the summary.
 */
export async function repairDashboard(db: Kysely<Database>, actor: Actor, q: DashboardQuery, now = new Date()): Promise<RepairDashboard> {
  const school = await reportSchoolOf(db, actor, q.schoolId);
  const period = summaryPeriod(q, school.timezone, now);
  const months = recentMonths(TREND_MONTHS, school.timezone, now, period.to);
  const [current, categories, perMonth, durations] = await Promise.all([
    currentLoad(db, school.id, now), categoryNames(db, school.id),
    Promise.all(months.map((m) => monthByCategory(db, school.id, m))), resolutionRows(db, school.id, period),
  ]);

  const used = new Set(perMonth.flat().map((r) => r.categoryId));
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  const minutesOf = new Map<number, number[]>();
  for (const d of durations) {
    const m = minutesBetween(d.reported_at, d.completed_at);
    if (m !== null) minutesOf.set(d.category_id, [...(minutesOf.get(d.category_id) ?? []), m]);
  }

  return {
    schoolId: school.id, from: period.from, to: period.to, current,
    // Active categories always (the legend stays stable); retired ones only where they still count.
    categories: categories.filter((c) => c.active === 1 || used.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    months: months.map((m, i) => {
      const rows = perMonth[i] ?? [];
      const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
      const completed = sum((r) => r.completed);
      const onTime = sum((r) => r.onTime);
      return {
        key: m.from.slice(0, 7), requests: sum((r) => r.requests), completed, completedOnTime: onTime, onTimeShare: share(onTime, completed),
        costFen: sum((r) => r.costFen), byCategory: rows.map((r) => ({ categoryId: r.categoryId, requests: r.requests, costFen: r.costFen })),
      };
    }),
    resolutionByCategory: [...minutesOf.entries()].map(([categoryId, values]) => ({
      categoryId, label: nameOf.get(categoryId) ?? '其他', count: values.length, medianMinutes: percentile(values, 50), p90Minutes: percentile(values, 90),
    })).sort((a, b) => b.count - a.count),
  };
}
