import { fitBlock } from '../../platform/pdf/fit-text.js';
import { CJK_FONT, createPdf, mm } from '../../platform/pdf/pdf-document.js';
import type { PdfFont } from '../../platform/pdf/pdf-font.js';

/** One line of the list, already in words. */
export interface CustodyLine { code: string; name: string; model: string; quantity: string; valueYuan: string; acquiredOn: string; place: string; status: string }

export interface CustodyListInput {
  schoolName: string;
  /** "保管人：李晓梅（教务处）" or "存放地点：教学楼 2层 三年级1班教室" */
  holder: string;
  printedOn: string;
  lines: CustodyLine[];
  totalYuan: string;
  font: PdfFont;
}

const COLUMNS: { key: keyof CustodyLine; title: string; widthMm: number; align?: 'right' }[] = [
  { key: 'code', title: '资产编号', widthMm: 30 },
  { key: 'name', title: '资产名称', widthMm: 32 },
  { key: 'model', title: '规格型号', widthMm: 24 },
  { key: 'quantity', title: '数量', widthMm: 12, align: 'right' },
  { key: 'valueYuan', title: '原值（元）', widthMm: 22, align: 'right' },
  { key: 'acquiredOn', title: '取得日期', widthMm: 20 },
  { key: 'place', title: '存放地点 / 使用人', widthMm: 26 },
  { key: 'status', title: '状况', widthMm: 12 },
];
// A4 portrait in millimetres (columns add up to the 186 mm between margins); the last page ends with the signatures.
const PAGE = { w: 210, h: 297, margin: 12, headH: 26, footH: 8, signH: 34 };
const FONT_PT = 8.5;
const LINE_PT = FONT_PT * 1.3;
const PAD = mm(1.2);
const HEADER_H = LINE_PT + 2 * PAD;
const SERIAL_MM = 8;

/**
 * 财产责任清单 (also used as the 移交清单 when custody changes hands): every card a person keeps or a
 * room holds, with a total and the lines the parties sign — the handover of 条例 第十五条 on paper.
 */
export async function renderCustodyListPdf(input: CustodyListInput): Promise<Buffer> {
  const title = `${input.schoolName} 财产责任清单`;
  const pdf = await createPdf({ title, font: input.font });
  const { doc } = pdf;
  const pageOpts = { size: 'A4', margin: 0 };
  doc.addPage(pageOpts);
  doc.font(CJK_FONT).fontSize(FONT_PT);
  const measure = (s: string, size: number) => doc.fontSize(size).widthOfString(s);
  const cellLines = (text: string, widthMm: number) => fitBlock({ text: text || ' ', size: FONT_PT, minSize: FONT_PT, maxLines: 6 }, mm(widthMm) - 2 * PAD, measure).lines;
  doc.fontSize(FONT_PT);

  const cells = input.lines.map((line, i) => [[String(i + 1)], ...COLUMNS.map((c) => cellLines(line[c.key], c.widthMm))]);
  const heights = cells.map((lines) => Math.max(...lines.map((l) => l.length)) * LINE_PT + 2 * PAD);
  const tableTop = mm(PAGE.margin + PAGE.headH);
  const pageBottom = mm(PAGE.h - PAGE.margin - PAGE.footH);
  const pages: number[][] = [[]];
  let y = tableTop + HEADER_H;
  heights.forEach((h, i) => {
    if (y + h > pageBottom && pages[pages.length - 1]!.length > 0) { pages.push([]); y = tableTop + HEADER_H; }
    pages[pages.length - 1]!.push(i);
    y += h;
  });
  // The total row and the signatures must fit under the last page's rows.
  if (y + HEADER_H + mm(PAGE.signH) > pageBottom) pages.push([]);

  const widths = [SERIAL_MM, ...COLUMNS.map((c) => c.widthMm)];
  const left = mm(PAGE.margin);
  const drawRow = (top: number, texts: string[][], height: number, header: boolean) => {
    let x = left;
    widths.forEach((wMm, ci) => {
      const w = mm(wMm);
      doc.rect(x, top, w, height).lineWidth(0.5).strokeColor('#000000').stroke();
      let ly = top + PAD;
      const right = ci > 0 && COLUMNS[ci - 1]?.align === 'right';
      for (const line of texts[ci] ?? []) {
        const width = doc.fontSize(FONT_PT).widthOfString(line);
        const lx = header || ci === 0 ? x + (w - width) / 2 : right ? x + w - PAD - width : x + PAD;
        doc.fillColor('#000000').text(line, lx, ly + FONT_PT, { lineBreak: false, baseline: 'alphabetic' });
        ly += LINE_PT;
      }
      x += w;
    });
  };
  const centred = (text: string, size: number, topMm: number) => {
    doc.fontSize(size).text(text, (mm(PAGE.w) - doc.widthOfString(text)) / 2, mm(topMm), { lineBreak: false, baseline: 'alphabetic' });
  };

  pages.forEach((rows, p) => {
    if (p > 0) { doc.addPage(pageOpts); doc.font(CJK_FONT); }
    centred(title, 15, PAGE.margin + 7);
    doc.fontSize(9.5).text(input.holder, left, mm(PAGE.margin + 16), { lineBreak: false, baseline: 'alphabetic' });
    const printed = `打印日期：${input.printedOn}`;
    doc.text(printed, mm(PAGE.w - PAGE.margin) - doc.widthOfString(printed), mm(PAGE.margin + 16), { lineBreak: false, baseline: 'alphabetic' });
    doc.fontSize(FONT_PT);
    drawRow(tableTop, [['序号'], ...COLUMNS.map((c) => [c.title])], HEADER_H, true);
    let top = tableTop + HEADER_H;
    for (const i of rows) { drawRow(top, cells[i]!, heights[i]!, false); top += heights[i]!; }
    if (p === pages.length - 1) {
      const total = `合计：${input.lines.length} 项，原值 ${input.totalYuan} 元`;
      doc.rect(left, top, mm(widths.reduce((a, b) => a + b, 0)), HEADER_H).lineWidth(0.5).stroke();
      doc.fontSize(9).text(total, left + PAD, top + PAD + FONT_PT, { lineBreak: false, baseline: 'alphabetic' });
      const signTop = top + HEADER_H + mm(12);
      const signs = ['移交人（签字）：', '接收人 / 保管人（签字）：', '资产管理员（签字）：'];
      const colW = (mm(PAGE.w) - 2 * left) / 3;
      signs.forEach((s, i) => doc.fontSize(9.5).text(s, left + i * colW, signTop, { lineBreak: false, baseline: 'alphabetic' }));
      doc.text('日期：        年      月      日', left, signTop + mm(12), { lineBreak: false, baseline: 'alphabetic' });
      doc.text('本清单一式两份，保管人与资产管理部门各执一份；资产丢失、损坏应及时报告。', left, signTop + mm(20), { lineBreak: false, baseline: 'alphabetic' });
    }
    doc.fontSize(8.5);
    centred(`第 ${p + 1} 页 / 共 ${pages.length} 页`, 8.5, PAGE.h - PAGE.margin - 1);
  });
  return pdf.finish();
}
