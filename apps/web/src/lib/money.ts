/** "¥12,800.00" from the server's integer fen (amounts are never floats on the wire). */
export function money(fen: number): string {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** 元 typed in a form → fen; rounding absorbs binary fractions such as 0.1 + 0.2. */
export function fenOf(yuan: number): number {
  return Math.round(yuan * 100);
}

/** fen → 元 for a form's number input. */
export function yuanOf(fen: number): number {
  return fen / 100;
}
