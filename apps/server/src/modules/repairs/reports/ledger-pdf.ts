import { CJK_FONT, createPdf, mm } from '../../../platform/pdf/pdf-document.js';
import type { PdfFont } from '../../../platform/pdf/pdf-font.js';

/** One line of the 维修登记台账, already in words and local times. */
export interface LedgerRow { date: string; requester: string; place: string; content: string; technician: string; completedAt: string; acceptedBy: string; rating: string }

const COLUMNS: { key: keyof LedgerRow; title: string; widthMm: number }[] = [
  { key: 'date', title: '日期', widthMm: 24 },
  { key: 'requester', title: '报修人', widthMm: 20 },
  { key: 'place', title: '地点', widthMm: 46 },
  { key: 'content', title: '内容', widthMm: 79 },
  { key: 'technician', title: '维修人', widthMm: 20 },
  { key: 'completedAt', title: '完成时间', widthMm: 24 },
  { key: 'acceptedBy', title: '验收人', widthMm: 20 },
  { key: 'rating', title: '评价', widthMm: 40 },
];

// A4 landscape in millimetres, with the margins schools leave for binding and stamping.
const PAGE = { w: 297, h: 210, margin: 12, titleH: 14, footerH: 10 };
const FONT_PT = 9;
const LINE_PT = FONT_PT * 1.35;
const PAD = mm(1.5);
const HEADER_H = LINE_PT + 2 * PAD;

/** Breaks text into lines no wider than `width`, character by character (Chinese has no spaces to break at). */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of (text || ' ').split('\n')) {
    let line = '';
    for (const ch of paragraph) {
      if (line && measure(line + ch) > width) { lines.push(line); line = ''; }
      line += ch;
    }
    lines.push(line);
  }
  return lines;
}

/** The ledger of one month: a ruled table whose header repeats on every page, page numbers at the foot. */
export async function renderLedgerPdf(options: { schoolName: string; year: number; month: number; rows: LedgerRow[]; font: PdfFont }): Promise<Buffer> {
  const title = `${options.schoolName} 维修登记台账（${options.year}年${options.month}月）`;
  const pdf = await createPdf({ title, font: options.font });
  const { doc } = pdf;
  const pageOpts = { size: 'A4', layout: 'landscape' as const, margin: 0 };
  doc.addPage(pageOpts);
  doc.font(CJK_FONT).fontSize(FONT_PT);
  const measure = (s: string) => doc.widthOfString(s);

  // Lay out first so every page knows the page count.
  const cells = options.rows.map((row) => COLUMNS.map((c) => wrap(row[c.key], mm(c.widthMm) - 2 * PAD, measure)));
  const heights = cells.map((lines) => Math.max(...lines.map((l) => l.length)) * LINE_PT + 2 * PAD);
  const tableTop = mm(PAGE.margin + PAGE.titleH);
  const tableBottom = mm(PAGE.h - PAGE.margin - PAGE.footerH);
  const pages: number[][] = [[]];
  let y = tableTop + HEADER_H;
  heights.forEach((h, i) => {
    if (y + h > tableBottom && pages[pages.length - 1]!.length > 0) { pages.push([]); y = tableTop + HEADER_H; }
    pages[pages.length - 1]!.push(i);
    y += h;
  });

  const left = mm(PAGE.margin);
  const drawRow = (top: number, texts: string[][], height: number, bold: boolean) => {
    let x = left;
    COLUMNS.forEach((c, ci) => {
      const w = mm(c.widthMm);
      doc.rect(x, top, w, height).lineWidth(0.6).strokeColor('#000000').stroke();
      let ly = top + PAD;
      for (const line of texts[ci] ?? []) {
        const lx = bold ? x + (w - measure(line)) / 2 : x + PAD;
        doc.fillColor('#000000').text(line, lx, ly + FONT_PT, { lineBreak: false, baseline: 'alphabetic' });
        ly += LINE_PT;
      }
      x += w;
    });
  };

  pages.forEach((rowIndexes, p) => {
    if (p > 0) { doc.addPage(pageOpts); doc.font(CJK_FONT); }
    doc.fontSize(16);
    doc.text(title, (mm(PAGE.w) - doc.widthOfString(title)) / 2, mm(PAGE.margin) + 16, { lineBreak: false, baseline: 'alphabetic' });
    doc.fontSize(FONT_PT);
    drawRow(tableTop, COLUMNS.map((c) => [c.title]), HEADER_H, true);
    let top = tableTop + HEADER_H;
    for (const i of rowIndexes) {
      drawRow(top, cells[i]!, heights[i]!, false);
      top += heights[i]!;
    }
    const footer = `第 ${p + 1} 页 / 共 ${pages.length} 页`;
    doc.text(footer, (mm(PAGE.w) - measure(footer)) / 2, mm(PAGE.h - PAGE.margin) - 2, { lineBreak: false, baseline: 'alphabetic' });
  });
  return pdf.finish();
}
