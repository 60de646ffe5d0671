import { drawQrCode } from '../pdf/draw-qr.js';
import { type TextBlock, LINE_HEIGHT, blockHeight, fitStack } from '../pdf/fit-text.js';
import { type LabelLayout, labelSlots } from '../pdf/label-layouts.js';
import { CJK_FONT, createPdf, mm } from '../pdf/pdf-document.js';
import type { PdfFont } from '../pdf/pdf-font.js';

/** One printed label: the QR symbol on the left, these lines on the right. */
export interface QrLabel {
  /** Encoded in the symbol: the phone landing page. */
  url: string;
  code: string;
  schoolName: string;
  /** What the label is stuck on, e.g. the room name. */
  title: string;
  /** Where, e.g. "教学楼 3层". */
  subtitle: string | null;
  /** A line under the title, e.g. an asset's number "编号 ZC20262010001". */
  detail?: string | null;
  /**
   * Leave out the code's text line: an asset label carries the asset number instead, which is
   * just as searchable, and two codes on a 40×30 mm label would crowd out the name.
   */
  hideCode?: boolean;
}

// With the padding on the other sides this keeps a quiet zone of 2+ modules, enough for phone scanners.
const GAP_MM = 2.5;

/** Font sizes for a 37 mm tall label; other heights scale from these. */
function blocksFor(label: QrLabel, scale: number): TextBlock[] {
  const blocks: TextBlock[] = [
    { text: label.schoolName, size: 7.5 * scale, minSize: 5, maxLines: 2, color: '#333333' },
    { text: label.title, size: 12 * scale, minSize: 6, maxLines: 2 },
  ];
  if (label.detail) blocks.push({ text: label.detail, size: 8 * scale, minSize: 5, maxLines: 2 });
  if (label.subtitle) blocks.push({ text: label.subtitle, size: 8 * scale, minSize: 5, maxLines: 2, color: '#333333' });
  if (!label.hideCode) blocks.push({ text: label.code, size: 8 * scale, minSize: 5, maxLines: 1, color: '#555555' });
  return blocks;
}

type Measure = (text: string, size: number) => number;

/**
 * Text width from per-character widths at 1 pt, cached for the document. Shaping every candidate
 * line at every candidate size through the font engine was most of the time of a 1,000-label
 * sheet; CJK labels have no kerning worth keeping, and the clip below catches any rounding.
 */
function cachedMeasure(doc: PDFKit.PDFDocument): Measure {
  const widths = new Map<string, number>();
  return (text, size) => {
    let total = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) {
        w = doc.fontSize(1).widthOfString(ch);
        widths.set(ch, w);
      }
      total += w;
    }
    return total * size;
  };
}

function drawLabel(doc: PDFKit.PDFDocument, layout: LabelLayout, label: QrLabel, x: number, y: number, measure: Measure): void {
  const w = mm(layout.labelWidthMm);
  const h = mm(layout.labelHeightMm);
  const pad = mm(layout.paddingMm);
  const qrSize = Math.min(h - 2 * pad, w * 0.48);
  const textX = x + pad + qrSize + mm(GAP_MM);
  const textW = x + w - pad - textX;
  const textH = h - 2 * pad;

  doc.save();
  // Nothing may reach a neighbouring label, whatever the text.
  doc.rect(x, y, w, h).clip();
  if (layout.cutGuides) doc.rect(x, y, w, h).lineWidth(0.3).strokeColor('#d0d0d0').stroke();
  drawQrCode(doc, label.url, x + pad, y + (h - qrSize) / 2, qrSize);

  doc.font(CJK_FONT);
  const gap = mm(1);
  const fitted = fitStack(blocksFor(label, layout.labelHeightMm / 37), textW, textH, gap, measure);
  const total = fitted.reduce((sum, b) => sum + blockHeight(b), 0) + gap * (fitted.length - 1);
  let lineTop = y + (h - total) / 2;
  for (const block of fitted) {
    doc.fontSize(block.size).fillColor(block.color);
    for (const line of block.lines) {
      // Baseline one em below the line top leaves the leading split above and below the glyphs.
      doc.text(line, textX, lineTop + block.size, { lineBreak: false, baseline: 'alphabetic' });
      lineTop += block.size * LINE_HEIGHT;
    }
    lineTop += gap;
  }
  doc.restore();
}

/** A print-ready PDF of QR labels laid out on `layout`, starting at `startPosition` on sheet 1. */
export async function renderQrLabelsPdf(options: {
  labels: QrLabel[];
  layout: LabelLayout;
  startPosition: number;
  font: PdfFont;
  title: string;
}): Promise<Buffer> {
  const { layout } = options;
  const pdf = await createPdf({ title: options.title, font: options.font });
  const slots = labelSlots(layout, options.labels.length, options.startPosition);
  let page = -1;
  pdf.doc.font(CJK_FONT);
  const measure = cachedMeasure(pdf.doc);
  options.labels.forEach((label, i) => {
    const slot = slots[i];
    if (!slot) return;
    while (page < slot.page) {
      pdf.doc.addPage({ size: [mm(layout.pageWidthMm), mm(layout.pageHeightMm)], margin: 0 });
      page++;
    }
    drawLabel(pdf.doc, layout, label, mm(slot.xMm), mm(slot.yMm), measure);
  });
  return pdf.finish();
}
