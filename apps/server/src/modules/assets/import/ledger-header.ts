import { normalizeHeader } from '../../../platform/excel/import-cells.js';
import type { SheetRow } from '../../../platform/excel/xlsx-stream.js';
import { LEDGER_SPEC, type LedgerField } from './ledger-columns.js';

/** Where the header is and which sheet column (0-based) feeds which card field. */
export interface LedgerHeader {
  /** Excel row number of the header's last row; data starts below it. */
  headerRow: number;
  /** Header text of every non-empty header column, by 0-based column index. */
  headers: Map<number, string>;
  mapping: Map<LedgerField, number>;
}

// Ledgers put a title, the school's name and a date line above the header; rarely more.
export const HEADER_SEARCH_ROWS = 10;

interface Alias { field: LedgerField; rank: number }

const ALIASES: ReadonlyMap<string, Alias> = (() => {
  const out = new Map<string, Alias>();
  for (const col of LEDGER_SPEC.columns) {
    [col.header, ...(col.aliases ?? [])].forEach((name, rank) => {
      const key = normalizeHeader(name);
      if (!out.has(key)) out.set(key, { field: col.key, rank });
    });
  }
  return out;
})();

const textAt = (row: SheetRow | undefined, i: number): string => {
  const c = row?.cells[i];
  return c && !('error' in c) && typeof c.value !== 'number' && !(c.value instanceof Date) ? c.text : '';
};
const aliasOf = (text: string): Alias | undefined => (text ? ALIASES.get(normalizeHeader(text)) : undefined);

/** Each field goes to its best-named column (the template's own header first), the leftmost on a tie. */
function mappingOf(matches: { index: number; alias: Alias }[]): Map<LedgerField, number> {
  const best = new Map<LedgerField, { index: number; rank: number }>();
  for (const m of matches) {
    const seen = best.get(m.alias.field);
    if (!seen || m.alias.rank < seen.rank) best.set(m.alias.field, { index: m.index, rank: m.alias.rank });
  }
  return new Map([...best].map(([field, v]) => [field, v.index]));
}

function singleRowHeader(row: SheetRow): LedgerHeader {
  const headers = new Map<number, string>();
  const matches: { index: number; alias: Alias }[] = [];
  row.cells.forEach((_, i) => {
    const t = textAt(row, i);
    if (!t) return;
    headers.set(i, t);
    const alias = aliasOf(t);
    if (alias) matches.push({ index: i, alias });
  });
  return { headerRow: row.number, headers, mapping: mappingOf(matches) };
}

/** A cell with a number or a date is data, never part of a header. */
const looksLikeData = (row: SheetRow) => row.cells.some((c) => !('error' in c) && (typeof c.value === 'number' || c.value instanceof Date));

/**
 * Two-row header such as 「原值」 merged over 「单价」「金额」: the lower row names the column where it
 * says something, the upper row (carried right across its merged cells) names the rest.
 */
function twoRowHeader(top: SheetRow, sub: SheetRow): LedgerHeader {
  const headers = new Map<number, string>();
  const matches: { index: number; alias: Alias }[] = [];
  let carried = '';
  const width = Math.max(top.cells.length, sub.cells.length);
  for (let i = 0; i < width; i++) {
    const upper = textAt(top, i);
    const lower = textAt(sub, i);
    if (upper) carried = upper;
    const above = upper || (lower ? carried : '');
    if (!above && !lower) continue;
    headers.set(i, above && lower && above !== lower ? `${above}/${lower}` : lower || above);
    const alias = aliasOf(lower) ?? aliasOf(above) ?? aliasOf(`${above}${lower}`);
    if (alias) matches.push({ index: i, alias });
  }
  return { headerRow: sub.number, headers, mapping: mappingOf(matches) };
}

/**
 * Finds the header among the first rows of a ledger: the row (or pair of adjacent rows) that names
 * the most card fields. Undefined when no row names any.
 */
export function detectLedgerHeader(rows: readonly SheetRow[], forcedRow?: number): LedgerHeader | undefined {
  const all = rows.map((row, i) => ({ row, next: rows[i + 1] }));
  // A chosen header row is the header's last row (as reported back): a single row, or the lower row of a pair.
  const singles = all.filter(({ row }) => forcedRow === undefined || row.number === forcedRow);
  const pairs = all.filter(({ row, next }) => next && next.number === row.number + 1 && !looksLikeData(next)
    && (forcedRow === undefined || row.number === forcedRow || next.number === forcedRow));
  // Single rows first, so a title above the header (a "pair" naming the same fields) never wins a tie.
  const candidates = [
    ...singles.map(({ row }) => singleRowHeader(row)),
    ...pairs.map(({ row, next }) => twoRowHeader(row, next as SheetRow)),
  ];
  let best: LedgerHeader | undefined;
  for (const c of candidates) if (c.mapping.size > (best?.mapping.size ?? 0)) best = c;
  return best;
}

/** Column letter as Excel shows it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) { const r = (n - 1) % 26; out = String.fromCharCode(65 + r) + out; n = Math.floor((n - 1) / 26); }
  return out;
}
