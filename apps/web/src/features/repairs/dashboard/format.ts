/** Durations (report → accept or completion, clock time) the way a 后勤主任 says them: 45分钟, 3小时20分, 2天4小时. */
export function formatMinutes(m: number | null): string {
  if (m === null) return '—';
  if (m < 60) return `${m}分钟`;
  if (m < 24 * 60) {
    const rest = m % 60;
    return rest ? `${Math.floor(m / 60)}小时${rest}分` : `${m / 60}小时`;
  }
  const days = Math.floor(m / 1440);
  const hours = Math.round((m % 1440) / 60);
  return hours ? `${days}天${hours}小时` : `${days}天`;
}

export const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);

export const yuanShort = (fen: number): string => `¥${(fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 0 })}`;
