/** Calendar months as "YYYY-MM" text: they sort and compare as strings, and serve both databases. */
export type Month = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH_RE.test(text);
}

function serial(month: Month): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function ofSerial(n: number): Month {
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export function addMonths(month: Month, count: number): Month {
  return ofSerial(serial(month) + count);
}

/** How many months `to` lies after `from` (negative when before). */
export function monthsBetween(from: Month, to: Month): number {
  return serial(to) - serial(from);
}

/** "2026-11-21" → "2026-11". */
export function monthOfDate(date: string): Month {
  return date.slice(0, 7);
}
