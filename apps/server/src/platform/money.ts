/** Amounts are integer fen everywhere; these turn them into 元 for Excel cells and printed text. */

// why: toLocaleString builds a new formatter on every call, which a 5,000-card ledger felt.
const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "12,345.60", as paper ledgers print 元. */
export const yuanText = (fen: number): string => YUAN.format(fen / 100);

/** fen → 元 as a number for an Excel cell; an absent amount stays empty. */
export function yuan(fen: number): number;
export function yuan(fen: number | null | undefined): number | null;
export function yuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : Math.round(fen) / 100;
}
