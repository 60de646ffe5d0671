/** Local wall-clock parts of an instant in a time zone (China has no DST, but we do not assume it). */
export interface LocalParts { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number }

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function localParts(instant: Date, tz: string): LocalParts {
  const parts = Object.fromEntries(formatter(tz).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD of the instant in the zone. */
export function localDate(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "2026-11-21 14:05" in the zone, for messages. */
export function formatLocalTime(iso: string, tz: string): string {
  const p = localParts(new Date(iso), tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

function exactOffsetMinutes(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 20_000;
// why: Intl formatting costs ~15 µs and deadline arithmetic for thousands of work orders asks for the
// offset millions of times; a UTC day whose first and last second share an offset has it throughout
// (zones change offset at most once a day), so that day is answered from memory.
const offsetCache = new Map<string, Map<number, number>>();

/** Offset of the zone from UTC at that instant, in minutes (Asia/Shanghai → 480). */
export function offsetMinutes(instant: Date, tz: string): number {
  const day = Math.floor(instant.getTime() / DAY_MS);
  let zone = offsetCache.get(tz);
  const cached = zone?.get(day);
  if (cached !== undefined) return cached;
  const exact = exactOffsetMinutes(instant, tz);
  const atStart = exactOffsetMinutes(new Date(day * DAY_MS), tz);
  const atEnd = exactOffsetMinutes(new Date((day + 1) * DAY_MS - 1000), tz);
  if (atStart === exact && atEnd === exact) {
    if (!zone || zone.size >= MAX_CACHED_DAYS) offsetCache.set(tz, (zone = new Map()));
    zone.set(day, exact);
  }
  return exact;
}

/** The instant at which the zone's wall clock shows the given local date and minute of day. */
export function zonedInstant(date: string, minuteOfDay: number, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
  const offset = offsetMinutes(new Date(guess), tz);
  const candidate = guess - offset * 60000;
  // Re-check once in case the guess fell on the other side of an offset change.
  const offset2 = offsetMinutes(new Date(candidate), tz);
  return new Date(guess - offset2 * 60000);
}

/**
 * Wall-clock milliseconds: the zone's local date and time read as if it were UTC.
 * Working-time arithmetic runs on this scale so days and minutes are plain integers.
 */
export function toWallMs(instant: Date, tz: string): number {
  return instant.getTime() + offsetMinutes(instant, tz) * 60000;
}

/** The instant at which the zone's wall clock shows `wallMs` (inverse of toWallMs). */
export function fromWallMs(wallMs: number, tz: string): Date {
  const first = offsetMinutes(new Date(wallMs), tz);
  // Re-check once in case the first guess fell on the other side of an offset change.
  const second = offsetMinutes(new Date(wallMs - first * 60000), tz);
  return new Date(wallMs - second * 60000);
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
