import type { FastifyReply } from 'fastify';
import type { PdfFont } from './pdf-font.js';

/** PDF points per millimetre: labels are specified in millimetres, pdfkit draws in points. */
export const PT_PER_MM = 72 / 25.4;
export function mm(value: number): number {
  return value * PT_PER_MM;
}

export const CJK_FONT = 'cjk';

export interface PdfBuilder {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

/** A document with the CJK font registered as CJK_FONT and pages added by the caller. */
export async function createPdf(options: { title: string; font: PdfFont }): Promise<PdfBuilder> {
  // why: pdfkit takes ~0.15 s to load; only printing needs it, so it loads on first use.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: options.title, Author: 'Houqin 后勤', Creator: 'Houqin 后勤' } });
  doc.registerFont(CJK_FONT, options.font.path, options.font.face);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish() {
      doc.end();
      return ended;
    },
  };
}

/** Sends a PDF inline (opens in the browser's viewer, ready to print) with a Chinese file name. */
export function sendPdf(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(body);
}
