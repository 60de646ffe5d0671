import type { CellResult, ImportCell } from './import-cells.js';

/**
 * Ready-made cell parsers for import specs. Messages do not repeat the column name: every
 * import error is reported with its row and its Chinese column header already.
 */
export type CellParser<T> = (cell: ImportCell) => CellResult<T>;

/** Empty cell → null; anything else goes to `parser`. */
export function optional<T>(parser: CellParser<T>): CellParser<T | null> {
  return (cell) => (cell.text === '' ? { value: null } : parser(cell));
}

export function textCell(opts: { max: number; pattern?: RegExp; patternHint?: string }): CellParser<string> {
  return (cell) => {
    if (cell.text === '') return { error: '不能为空' };
    if (cell.text.length > opts.max) return { error: `不能超过 ${opts.max} 个字符` };
    if (opts.pattern && !opts.pattern.test(cell.text)) return { error: opts.patternHint ?? '格式不正确' };
    return { value: cell.text };
  };
}

export function integerCell(opts: { min: number; max: number }): CellParser<number> {
  return (cell) => {
    const n = typeof cell.value === 'number' ? cell.value : /^[+-]?\d+$/.test(cell.text) ? Number(cell.text) : NaN;
    if (!Number.isInteger(n)) return { error: `应为整数，而不是「${cell.text}」` };
    if (n < opts.min || n > opts.max) return { error: `应在 ${opts.min} 到 ${opts.max} 之间` };
    return { value: n };
  };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DATE_FORMATS_HINT = '应为日期，例如 2019-09-01、2019/9/1、2019年9月 或 2019.9';

// 2019.9 · 2019-09 · 2019/9/1 · 2019-09-01 · 2019年9月 · 2019年9月1日 · 2019-09-01 08:00
const YEAR_MONTH_DAY = /^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*(?:(?:[.\-/]|月)\s*(\d{1,2})\s*日?|月)?(?:[ T]\d{1,2}:\d{2}.*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** Text or number as typed by people into a date column → YYYY-MM-DD; a month alone means its 1st day. */
export function parseLooseDate(text: string): string | undefined {
  const m = YEAR_MONTH_DAY.exec(text) ?? COMPACT.exec(text);
  if (!m) return undefined;
  return ymd(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
}

/**
 * Dates: real Excel dates, Excel serial numbers in an unformatted cell, and the text forms
 * ledgers use (2019.9 = September 2019). A number like 2019.1 is read as January: Excel has
 * already dropped the zero of "2019.10", so such cells should be typed as text or as dates.
 */
export const dateCell: CellParser<string> = (cell) => {
  const v = cell.value;
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? { error: DATE_FORMATS_HINT } : { value: v.toISOString().slice(0, 10) };
  }
  if (typeof v === 'number') {
    if (v >= 1900 && v < 2101) {
      const parsed = Number.isInteger(v) ? undefined : parseLooseDate(String(v));
      return parsed ? { value: parsed } : { error: `只有年份「${cell.text}」，请写到月份，例如 ${Math.trunc(v)}.9` };
    }
    if (v >= 1 && v <= MAX_EXCEL_SERIAL) {
      return { value: new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000).toISOString().slice(0, 10) };
    }
    return { error: DATE_FORMATS_HINT };
  }
  if (cell.text === '') return { error: '不能为空' };
  const parsed = parseLooseDate(cell.text);
  return parsed ? { value: parsed } : { error: `「${cell.text}」${DATE_FORMATS_HINT}` };
};

const AMOUNT_TEXT = /^[+]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
// why: 100 billion yuan in fen stays far below 2^53, and no school asset comes near it.
const MAX_AMOUNT_FEN = 10_000_000_000_000;
const AMOUNT_HINT = '应为金额（元），例如 1200、1,200.00 或 ¥1200';

/** "1,200.50" → 120050 by digits, never through binary floating point. Undefined when it is not an amount. */
export function yuanTextToFen(text: string): number | undefined {
  const m = AMOUNT_TEXT.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const fen = Number(m[1].replace(/,/g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/**
 * Amounts in 元 as ledgers write them — 1200, "1,200.00元", "￥1200", "¥ 1,200", "人民币1200元" — to
 * fen exactly. A typed number with more than two decimals (a formula's result) is refused rather than
 * rounded, so a ledger's total always matches the cards'.
 */
export const amountFenCell: CellParser<number> = (cell) => {
  let fen: number | undefined;
  if (typeof cell.value === 'number') {
    const scaled = cell.value * 100;
    const rounded = Math.round(scaled);
    if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) return { error: `金额最多两位小数，而不是「${cell.text}」` };
    fen = rounded;
  } else {
    fen = yuanTextToFen(cell.text.replace(/^(人民币|RMB|CNY)/i, '').replace(/[¥￥\s]/g, '').replace(/元(整)?$/, ''));
  }
  if (fen === undefined || Number.isNaN(fen)) return { error: `「${cell.text}」${AMOUNT_HINT}` };
  if (fen < 0) return { error: '金额不能为负数' };
  if (fen > MAX_AMOUNT_FEN) return { error: '金额过大，请检查单位是否为元' };
  return { value: fen };
};

const YES_WORDS = new Set(['是', '√', '✓', 'y', 'yes', 'true', '1', '有']);
const NO_WORDS = new Set(['否', '×', '✗', 'n', 'no', 'false', '0', '无']);

/** 是/否 (and the √/× or yes/no people also type) → boolean. */
export const yesNoCell: CellParser<boolean> = (cell) => {
  if (typeof cell.value === 'boolean') return { value: cell.value };
  const word = cell.text.toLowerCase();
  if (YES_WORDS.has(word)) return { value: true };
  if (NO_WORDS.has(word)) return { value: false };
  return { error: `应填「是」或「否」，而不是「${cell.text}」` };
};
