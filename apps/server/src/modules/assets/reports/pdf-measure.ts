/**
 * Text width from cached per-character widths. pdfkit lays out a whole string through fontkit on
 * every widthOfString call, and fitting a cell tries several sizes and line breaks, so a 5,000-card
 * ledger spent most of its time measuring. CJK fonts have no kerning between these glyphs, so the
 * sum of the characters' widths is the string's width.
 */
export function cachedMeasure(doc: PDFKit.PDFDocument): (text: string, size: number) => number {
  const perPoint = new Map<string, number>();
  return (text, size) => {
    let width = 0;
    for (const ch of text) {
      let w = perPoint.get(ch);
      if (w === undefined) {
        w = doc.fontSize(1).widthOfString(ch);
        perPoint.set(ch, w);
      }
      width += w;
    }
    return width * size;
  };
}
