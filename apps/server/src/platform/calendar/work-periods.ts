/** Working periods per weekday ("0" = Sunday … "6" = Saturday), as "HH:mm" pairs in the school's time zone. */
export type WorkHours = Record<string, [string, string][]>;

export const WEEKDAY_KEYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

export const WEEKDAY_LABELS: Record<WeekdayKey, string> = {
  '0': '周日', '1': '周一', '2': '周二', '3': '周三', '4': '周四', '5': '周五', '6': '周六',
};

/** Minutes since midnight for "HH:mm" (00:00–23:59), or null when malformed. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export interface WorkHoursProblem { weekday: WeekdayKey; message: string }

/**
 * What is wrong with a work-hours table, per weekday, in Chinese. Periods must be well-formed,
 * start before they end and come in order without overlapping; the week needs some working time,
 * otherwise no deadline could ever be reached.
 */
export function workHoursProblems(workHours: WorkHours): WorkHoursProblem[] {
  const problems: WorkHoursProblem[] = [];
  let total = 0;
  for (const weekday of WEEKDAY_KEYS) {
    const label = WEEKDAY_LABELS[weekday];
    let previousEnd = -1;
    for (const [from, to] of workHours[weekday] ?? []) {
      const start = parseClock(from);
      const end = parseClock(to);
      if (start === null || end === null) {
        problems.push({ weekday, message: `「${label}」的时间应为 HH:mm 格式，例如 08:00` });
        break;
      }
      if (start >= end) {
        problems.push({ weekday, message: `「${label}」的时段 ${from}–${to} 开始时间必须早于结束时间` });
        break;
      }
      if (start < previousEnd) {
        problems.push({ weekday, message: `「${label}」的时段必须按时间先后排列且不能重叠（${from}–${to}）` });
        break;
      }
      previousEnd = end;
      total += end - start;
    }
  }
  if (problems.length === 0 && total === 0) problems.push({ weekday: '1', message: '一周中至少需要一个工作时段' });
  return problems;
}

/** Periods of one weekday as [startMinute, endMinute) pairs; assumes the table passed workHoursProblems. */
export function minutePeriods(periods: readonly [string, string][] | undefined): [number, number][] {
  return (periods ?? []).map(([from, to]) => [parseClock(from) ?? 0, parseClock(to) ?? 0]);
}
