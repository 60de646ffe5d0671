import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import QRCode from 'qrcode';
import { drawQrCode } from './draw-qr.js';

describe('drawing a QR symbol', () => {
  it('paints exactly the dark modules of the symbol', () => {
    const rects: [number, number, number, number][] = [];
    // why: a recording stand-in for pdfkit, so the test can read the geometry back.
    const doc = {
      save() { return doc; }, restore() { return doc; }, fillColor() { return doc; }, fill() { return doc; },
      rect(x: number, y: number, w: number, h: number) { rects.push([x, y, w, h]); return doc; },
    };
    const text = 'https://houqin.example.edu.cn/q/ABCDEFGHJK';
    drawQrCode(doc as unknown as PDFKit.PDFDocument, text, 10, 20, 100);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    const cell = 100 / n;
    const painted = new Set<string>();
    for (const [x, y, w] of rects) {
      const row = Math.round((y - 20) / cell);
      const start = Math.round((x - 10) / cell);
      for (let c = start; c < start + Math.round(w / cell); c++) painted.add(`${row}:${c}`);
    }
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) assert.equal(painted.has(`${r}:${c}`), modules.get(r, c) === 1, `module ${r},${c}`);
    }
  });
});
