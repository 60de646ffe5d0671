import QRCode from 'qrcode';

/**
 * Draws `text` as a QR symbol filling a `size`-point square at (x, y), as vector rectangles so it
 * stays sharp on any printer. The caller leaves the quiet zone around it. Runs of dark modules
 * in a row merge into one rectangle and the whole symbol is one fill, so renderers show no
 * hairline seams between modules.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // 'M' survives a scuffed or partly covered label (~15% damage) while keeping modules large.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / n;
  doc.save();
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
}
