import { fitBlock } from '../../../platform/pdf/fit-text.js';
import { CJK_FONT, createPdf, mm } from '../../../platform/pdf/pdf-document.js';
import type { PdfFont } from '../../../platform/pdf/pdf-font.js';
import { cachedMeasure } from './pdf-measure.js';
import type { SummaryTable } from './summary-tables.js';

export interface SummaryPdfInput { schoolName: string; asOf: string; year: number; printedOn: string; tables: SummaryTable[]; font: PdfFont }

// A4 landscape in millimetres; the label columns take 88 mm, the nine figure columns share the rest.
const PAGE = { w: 297, h: 210, margin: 10, headH: 18, footH: 8 };
const LABEL_MM = 88;
const FONT_PT = 7.5;
const PAD = mm(1);
const ROW_H = FONT_PT * 1.3 + 2 * PAD + 2;
/** Header cells may take two lines (本年新增原值（元）). */
const HEAD_H = 2 * FONT_PT * 1.25 + 2 * PAD;
const TABLE_W = PAGE.w - 2 * PAGE.margin;

/**
 * 资产年报汇总表: each table with its caption and a header row (repeated when a table runs onto
 * the next page), page numbers at the foot and the signature lines after the last table.
 */
export async function renderSummaryPdf(input: SummaryPdfInput): Promise<Buffer> {
  const title = `${input.schoolName} ${input.year}年度资产汇总表`;
  const pdf = await createPdf({ title, font: input.font });
  const { doc } = pdf;
  const left = mm(PAGE.margin);
  const bottom = mm(PAGE.h - PAGE.margin - PAGE.footH);
  const measure = cachedMeasure(doc);
  const write = (text: string, x: number, baseline: number, size: number) =>
    doc.fontSize(size).fillColor('#000000').text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  const widthsOf = (t: SummaryTable) => {
    const labels = t.headers.length - 9;
    const label = labels === 2 ? [28, LABEL_MM - 28] : [LABEL_MM];
    return [...label, ...Array.from({ length: 9 }, () => (TABLE_W - LABEL_MM) / 9)];
  };
  const drawRow = (top: number, cells: (string | number)[], widths: number[], header: boolean, strong: boolean) => {
    let x = left;
    const labels = widths.length - 9;
    const height = header ? HEAD_H : ROW_H;
    widths.forEach((wMm, ci) => {
      const w = mm(wMm);
      if (header || strong) doc.rect(x, top, w, height).fillColor(header ? '#eeeeee' : '#f7f7f7').fill();
      doc.rect(x, top, w, height).lineWidth(0.4).strokeColor('#000000').stroke();
      const text = String(cells[ci] ?? '');
      const fitted = fitBlock({ text, size: FONT_PT, minSize: 5.5, maxLines: header ? 2 : 1 }, w - 2 * PAD, measure);
      const first = top + height / 2 - (fitted.lines.length * fitted.size * 1.25) / 2 + fitted.size * 0.95;
      fitted.lines.forEach((line, li) => {
        const width = measure(line, fitted.size);
        const lx = header ? x + (w - width) / 2 : ci >= labels ? x + w - PAD - width : x + PAD;
        write(line, lx, first + li * fitted.size * 1.25, fitted.size);
      });
      x += w;
    });
  };

  // Laid out twice: a dry run counts the pages (rows have one fixed height), the second draws them with 第 n 页 共 m 页.
  const layout = (total: number | null): number => {
    const draw = total !== null;
    let page = 0;
    let top = 0;
    const startPage = () => {
      page += 1;
      top = mm(PAGE.margin + PAGE.headH);
      if (!draw) return;
      doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
      doc.font(CJK_FONT);
      write(title, (mm(PAGE.w) - measure(title, 15)) / 2, mm(PAGE.margin + 7), 15);
      write(`截至日期：${input.asOf}    本年新增、处置自 ${input.year}-01-01 起    金额单位：元`, left, mm(PAGE.margin + 14), 8.5);
      const printed = `打印日期：${input.printedOn}`;
      write(printed, mm(PAGE.w - PAGE.margin) - measure(printed, 8.5), mm(PAGE.margin + 14), 8.5);
      const footer = `第 ${page} 页 共 ${total} 页`;
      write(footer, (mm(PAGE.w) - measure(footer, 8)) / 2, mm(PAGE.h - PAGE.margin - 2), 8);
    };
    const row = (cells: (string | number)[], widths: number[], header: boolean, strong: boolean) => {
      if (draw) drawRow(top, cells, widths, header, strong);
      top += header ? HEAD_H : ROW_H;
    };
    startPage();
    for (const table of input.tables) {
      const widths = widthsOf(table);
      // A caption never sits alone at the foot of a page: it needs its header and one row below it.
      if (top + mm(7) + HEAD_H + ROW_H > bottom) startPage();
      if (draw) write(table.title, left, top + mm(5), 10);
      top += mm(7);
      row(table.headers, widths, true, false);
      for (const r of table.rows) {
        if (top + ROW_H > bottom) { startPage(); row(table.headers, widths, true, false); }
        row(r.cells, widths, false, r.strong ?? false);
      }
      top += mm(4);
    }
    if (top + mm(16) > bottom) startPage();
    if (draw) {
      const colW = mm(TABLE_W) / 3;
      ['制表人（签字）：', '审核人（签字）：', '单位负责人（签字）：'].forEach((s, i) => write(s, left + i * colW, top + mm(8), 9.5));
      write('日期：        年      月      日', left, top + mm(15), 9.5);
    }
    return page;
  };
  layout(layout(null));
  return pdf.finish();
}
