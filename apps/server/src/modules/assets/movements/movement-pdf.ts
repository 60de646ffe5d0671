import { fitBlock } from '../../../platform/pdf/fit-text.js';
import { CJK_FONT, createPdf, mm } from '../../../platform/pdf/pdf-document.js';
import type { PdfFont } from '../../../platform/pdf/pdf-font.js';

/** One card, already in words. */
export interface MovementPdfLine { code: string; name: string; model: string; valueYuan: string; from: string; extra: string }

export interface MovementPdfInput {
  title: string;
  schoolName: string;
  code: string;
  /** Label/value pairs printed above the table: 申请人, 事由, 调入, 归还期限 … */
  facts: [string, string][];
  /** Heading of the last column: 状况 for transfers, 归还状况 for loans. */
  extraTitle: string;
  lines: MovementPdfLine[];
  totalYuan: string;
  /** Signature boxes, each with a name already known from the step log (or blank to sign by hand). */
  signatures: [string, string][];
  font: PdfFont;
}

const COLUMNS: { key: keyof MovementPdfLine; title: string; widthMm: number; align?: 'right' }[] = [
  { key: 'code', title: '资产编号', widthMm: 30 },
  { key: 'name', title: '资产名称', widthMm: 36 },
  { key: 'model', title: '规格型号', widthMm: 24 },
  { key: 'valueYuan', title: '原值（元）', widthMm: 22, align: 'right' },
  { key: 'from', title: '原使用人 / 存放地点', widthMm: 50 },
  { key: 'extra', title: '状况', widthMm: 16 },
];
// A4 portrait in millimetres; the columns add up to the 186 mm between the margins.
const PAGE = { w: 210, h: 297, margin: 12, footH: 8, signH: 36 };
const FONT_PT = 8.5;
const LINE_PT = FONT_PT * 1.3;
const PAD = mm(1.2);
const HEADER_H = LINE_PT + 2 * PAD;
const SERIAL_MM = 8;

/**
 * 调拨单 / 借用单 / 退库单 for signing: the document's facts, every card with where it came from,
 * and signature boxes (申请人, 审批人, 交付人, 接收人) — the paper record of the handover.
 */
export async function renderMovementPdf(input: MovementPdfInput): Promise<Buffer> {
  const pdf = await createPdf({ title: `${input.schoolName} ${input.title} ${input.code}`, font: input.font });
  const { doc } = pdf;
  const pageOpts = { size: 'A4', margin: 0 };
  const measure = (s: string, size: number) => doc.fontSize(size).widthOfString(s);
  const columns = COLUMNS.map((c) => (c.key === 'extra' ? { ...c, title: input.extraTitle } : c));
  const widths = [SERIAL_MM, ...columns.map((c) => c.widthMm)];
  const left = mm(PAGE.margin);
  const text = (s: string, x: number, y: number, size: number) => doc.fontSize(size).text(s, x, y, { lineBreak: false, baseline: 'alphabetic' });

  doc.addPage(pageOpts);
  doc.font(CJK_FONT);
  const cellLines = (t: string, widthMm: number) => fitBlock({ text: t || ' ', size: FONT_PT, minSize: FONT_PT, maxLines: 6 }, mm(widthMm) - 2 * PAD, measure).lines;
  const cells = input.lines.map((line, i) => [[String(i + 1)], ...columns.map((c) => cellLines(line[c.key], c.widthMm))]);
  const heights = cells.map((lines) => Math.max(...lines.map((l) => l.length)) * LINE_PT + 2 * PAD);

  const drawRow = (top: number, texts: string[][], height: number, header: boolean) => {
    let x = left;
    widths.forEach((wMm, ci) => {
      const w = mm(wMm);
      doc.rect(x, top, w, height).lineWidth(0.5).strokeColor('#000000').stroke();
      let ly = top + PAD;
      const right = ci > 0 && columns[ci - 1]?.align === 'right';
      for (const line of texts[ci] ?? []) {
        const width = doc.fontSize(FONT_PT).widthOfString(line);
        const lx = header || ci === 0 ? x + (w - width) / 2 : right ? x + w - PAD - width : x + PAD;
        doc.fillColor('#000000');
        text(line, lx, ly + FONT_PT, FONT_PT);
        ly += LINE_PT;
      }
      x += w;
    });
  };
  const centred = (t: string, size: number, y: number) => text(t, (mm(PAGE.w) - doc.fontSize(size).widthOfString(t)) / 2, y, size);

  // Heading and facts on the first page; the table continues on later pages with its header repeated.
  centred(`${input.schoolName} ${input.title}`, 15, mm(PAGE.margin + 7));
  const codeText = `单号：${input.code}`;
  text(codeText, mm(PAGE.w - PAGE.margin) - doc.fontSize(9.5).widthOfString(codeText), mm(PAGE.margin + 15), 9.5);
  let y = mm(PAGE.margin + 22);
  for (const [label, value] of input.facts) {
    const lines = fitBlock({ text: `${label}：${value}`, size: 9.5, minSize: 9.5, maxLines: 3 }, mm(PAGE.w - 2 * PAGE.margin), measure).lines;
    for (const l of lines) { text(l, left, y, 9.5); y += 9.5 * 1.45; }
  }
  y += mm(2);
  const pageBottom = mm(PAGE.h - PAGE.margin - PAGE.footH);
  let page = 1;
  const footer = () => centred(`第 ${page} 页`, 8.5, mm(PAGE.h - PAGE.margin - 1));
  drawRow(y, [['序号'], ...columns.map((c) => [c.title])], HEADER_H, true);
  y += HEADER_H;
  cells.forEach((row, i) => {
    const h = heights[i] ?? HEADER_H;
    if (y + h > pageBottom) {
      footer();
      doc.addPage(pageOpts); doc.font(CJK_FONT); page += 1;
      y = mm(PAGE.margin);
      drawRow(y, [['序号'], ...columns.map((c) => [c.title])], HEADER_H, true);
      y += HEADER_H;
    }
    drawRow(y, row, h, false);
    y += h;
  });
  if (y + HEADER_H + mm(PAGE.signH) > pageBottom) {
    footer();
    doc.addPage(pageOpts); doc.font(CJK_FONT); page += 1;
    y = mm(PAGE.margin);
  }
  doc.rect(left, y, mm(widths.reduce((a, b) => a + b, 0)), HEADER_H).lineWidth(0.5).stroke();
  text(`合计：${input.lines.length} 项，原值 ${input.totalYuan} 元`, left + PAD, y + PAD + FONT_PT, 9);
  const signTop = y + HEADER_H + mm(12);
  const colW = (mm(PAGE.w) - 2 * left) / 2;
  input.signatures.forEach(([label, name], i) => {
    const x = left + (i % 2) * colW;
    const sy = signTop + Math.floor(i / 2) * mm(10);
    text(`${label}（签字）：${name}`, x, sy, 9.5);
  });
  text('日期：        年      月      日', left, signTop + Math.ceil(input.signatures.length / 2) * mm(10), 9.5);
  footer();
  return pdf.finish();
}
