// Baseline for the ledger import bench: read the same workbook alone — exceljs's streaming reader
// over every row and cell, nothing parsed, matched or written — and print wall time and peak RSS.
// `node bench/assets-import-baseline.mjs <file.xlsx>`
import fs from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

const file = process.argv[2];
if (!file) throw new Error('usage: assets-import-baseline.mjs <file.xlsx>');
const t0 = performance.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([fs.readFileSync(file)]), {
  sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore',
});
let rows = 0;
let cells = 0;
for await (const sheet of reader) {
  for await (const row of sheet) { rows += 1; cells += row.values.length; }
}
const ms = performance.now() - t0;
const hwm = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;
console.log(JSON.stringify({ ms, rows, cells, peakRssMb: hwm }));
