/** "刚刚", "5 分钟前", "14:05", "昨天 09:30", "3月2日" — in the school's time zone. */
export function formatRelativeTime(iso: string, timeZone: string, now = new Date()): string {
  const at = new Date(iso);
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60000);
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  if (day(at) === day(now)) return time;
  if (day(at) === day(new Date(now.getTime() - 86400000))) return `昨天 ${time}`;
  return new Intl.DateTimeFormat('zh-CN', { timeZone, month: 'numeric', day: 'numeric' }).format(at);
}

/** A greeting for the hour in the school's time zone. */
export function greeting(timeZone: string, now = new Date()): string {
  const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now));
  if (hour < 5) return '晚上好';
  if (hour < 11) return '早上好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** Floor 3 → "3 层", floor -1 → "地下 1 层". */
export function formatFloor(floor: number | null): string | null {
  if (floor === null || floor === 0) return null;
  return floor > 0 ? `${floor} 层` : `地下 ${-floor} 层`;
}
