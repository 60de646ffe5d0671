/** 72 → "6 年", 66 → "5 年 6 个月": lives are set in months but read in years. */
export function lifeText(months: number | null): string {
  if (months === null) return '—';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} 个月`;
  return rest === 0 ? `${years} 年` : `${years} 年 ${rest} 个月`;
}
