import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.js';
import type { FastifyReply } from 'fastify';

export interface XlsxColumn<R> {
  header: string;
  /** Column width in characters. */
  width?: number;
  value: (row: R) => string | number | boolean | Date | null | undefined;
}

export interface XlsxSheet<R> { name: string; columns: XlsxColumn<R>[]; rows: Iterable<R> }

/** One workbook with a bold frozen header row per sheet; every list export goes through here. */
export async function writeXlsx<R>(sheets: XlsxSheet<R>[]): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Houqin 后勤';
  wb.created = new Date();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => c.value(row) ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sends a workbook as a download with a Chinese file name. */
export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}
