import { fitBlock } from '../../../platform/pdf/fit-text.js';
import { CJK_FONT, createPdf, mm } from '../../../platform/pdf/pdf-document.js';
import type { PdfFont } from '../../../platform/pdf/pdf-font.js';
import { cachedMeasure } from './pdf-measure.js';
import { yuanText } from '../../../platform/money.js';
import { type LedgerLine, PDF_COLUMNS } from './ledger-columns.js';
import type { LedgerTotals } from './ledger.repository.js';

export interface LedgerPdfInput {
  schoolName: string;
  asOf: string;
  /** "使用状况：闲置；存放地点：三年级1班教室", or "全部资产" */
  filters: string;
  printedOn: string;
  totals: LedgerTotals;
  lines: AsyncIterable<LedgerLine>;
  font: PdfFont;
}

// A4 landscape in millimetres. Every row has the same height (two lines of text at most), so the
// page count is known from the card count before the first row is drawn and rows can stream.
const PAGE = { w: 297, h: 210, margin: 10, headH: 20, footH: 8, signH: 24 };
const SERIAL_MM = 10;
const FONT_PT = 7;
const MIN_PT = 5.5;
const LINE_PT = FONT_PT * 1.22;
const PAD = mm(0.9);
const ROW_H = 2 * LINE_PT + 2 * PAD;
const TABLE_TOP = mm(PAGE.margin + PAGE.headH);
const TABLE_BOTTOM = mm(PAGE.h - PAGE.margin - PAGE.footH);
const ROWS_PER_PAGE = Math.floor((TABLE_BOTTOM - TABLE_TOP - ROW_H) / ROW_H);
const SIGN_ROWS = Math.ceil(mm(PAGE.signH) / ROW_H);

/** Pages for `cards` rows plus the 合计 row and the signatures, which must share the last page. */
export function ledgerPageCount(cards: number): number {
  const pages = Math.max(1, Math.ceil(cards / ROWS_PER_PAGE));
  const onLast = cards - (pages - 1) * ROWS_PER_PAGE;
  return onLast + 1 + SIGN_ROWS > ROWS_PER_PAGE ? pages + 1 : pages;
}
export const LEDGER_ROWS_PER_PAGE = ROWS_PER_PAGE;

/**
 * 资产台账 as printed for inspectors and the annual report: a ruled table whose header repeats on
 * every page, 第 n 页 共 m 页 at the foot, the totals after the last card and the lines the
 * preparer and the reviewer sign. Rows are drawn as they arrive from the database.
 */
export async function renderLedgerPdf(input: LedgerPdfInput): Promise<Buffer> {
  const title = `${input.schoolName} 资产台账`;
  const pdf = await createPdf({ title, font: input.font });
  const { doc } = pdf;
  const pageOpts = { size: 'A4', layout: 'landscape' as const, margin: 0 };
  const pages = ledgerPageCount(input.totals.cards);
  const left = mm(PAGE.margin);
  const widths = [SERIAL_MM, ...PDF_COLUMNS.map((c) => c.widthMm)];
  const tableW = mm(widths.reduce((a, b) => a + b, 0));
  const measure = cachedMeasure(doc);
  const write = (text: string, x: number, baseline: number, size: number) =>
    doc.fontSize(size).fillColor('#000000').text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });

  /** One cell's text: one line when it fits, else wrapped and shrunk to two lines, ending in "…" if still too long. */
  const cellText = (text: string, widthMm: number): { lines: string[]; size: number } => {
    const width = mm(widthMm) - 2 * PAD;
    if (measure(text, FONT_PT) <= width) return { lines: [text], size: FONT_PT };
    const fitted = fitBlock({ text, size: FONT_PT, minSize: MIN_PT, maxLines: 2 }, width, measure);
    return { lines: fitted.lines, size: fitted.size };
  };

  const drawRow = (top: number, texts: string[], header: boolean) => {
    let x = left;
    widths.forEach((wMm, ci) => {
      const w = mm(wMm);
      doc.rect(x, top, w, ROW_H).lineWidth(0.4).strokeColor('#000000').stroke();
      const { lines, size } = cellText(texts[ci] ?? '', wMm);
      const column = ci === 0 ? undefined : PDF_COLUMNS[ci - 1];
      const first = top + ROW_H / 2 - (lines.length * size * 1.22) / 2 + size * 0.95;
      lines.forEach((line, li) => {
        const width = measure(line, size);
        const lx = header || ci === 0 ? x + (w - width) / 2 : column?.align === 'right' ? x + w - PAD - width : x + PAD;
        write(line, lx, first + li * size * 1.22, size);
      });
      x += w;
    });
  };

  let page = 0;
  let top = 0;
  const startPage = () => {
    doc.addPage(pageOpts);
    doc.font(CJK_FONT);
    page += 1;
    doc.fontSize(15);
    write(title, (mm(PAGE.w) - doc.widthOfString(title)) / 2, mm(PAGE.margin + 7), 15);
    const info = `截至日期：${input.asOf}    范围：${input.filters}    金额单位：元`;
    write(info, left, mm(PAGE.margin + 15), 8.5);
    const printed = `打印日期：${input.printedOn}`;
    write(printed, mm(PAGE.w - PAGE.margin) - measure(printed, 8.5), mm(PAGE.margin + 15), 8.5);
    drawRow(TABLE_TOP, ['序号', ...PDF_COLUMNS.map((c) => c.header)], true);
    const footer = `第 ${page} 页 共 ${pages} 页`;
    write(footer, (mm(PAGE.w) - measure(footer, 8)) / 2, mm(PAGE.h - PAGE.margin - 2), 8);
    top = TABLE_TOP + ROW_H;
  };

  startPage();
  let serial = 0;
  for await (const line of input.lines) {
    if (top + ROW_H > TABLE_BOTTOM) startPage();
    serial += 1;
    drawRow(top, [String(serial), ...PDF_COLUMNS.map((c) => c.text(line))], false);
    top += ROW_H;
  }
  // The totals and the signatures stay together on the last page.
  if (top + ROW_H * (1 + SIGN_ROWS) > TABLE_BOTTOM && page < pages) startPage();
  const t = input.totals;
  doc.rect(left, top, tableW, ROW_H).lineWidth(0.4).stroke();
  const total = `合计：${t.cards} 张卡片，数量 ${t.quantity}；原值 ${yuanText(t.originalFen)} 元，累计折旧 ${yuanText(t.accumulatedFen)} 元，净值 ${yuanText(t.netFen)} 元`;
  write(total, left + PAD * 2, top + ROW_H / 2 + 3, 8.5);
  const signTop = top + ROW_H + mm(10);
  const colW = tableW / 3;
  ['制表人（签字）：', '审核人（签字）：', '日期：        年      月      日'].forEach((s, i) => write(s, left + i * colW, signTop, 9.5));
  return pdf.finish();
}
