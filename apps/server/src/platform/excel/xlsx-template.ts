import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.js';
import { IMPORT_MAX_ROWS } from './xlsx-guard.js';
import type { ImportSpec } from './xlsx-import.js';

export type TemplateExample<V> = Partial<Record<keyof V, string | number | Date | null>>;

const GENERAL_RULES = [
  '第一张工作表是要导入的数据；本说明页不会被导入。',
  '请不要修改表头的列名；表头上方可以保留标题行，空行会被跳过。',
  '红色列名为必填；其余列可以留空。',
  '文件须为 .xlsx 格式（CSV、.xls 请先另存为 .xlsx），不超过 10 MB。',
  '含公式的单元格会使用 Excel 保存的计算结果，请在导入前打开并保存一次文件。',
  '先点「检查」：系统会列出每一行、每一列的问题；全部改正后再「导入」。导入要么全部成功，要么一条都不写入。',
  '示例行（灰色）仅供参考，导入前请删除。',
];

function addDataSheet<V>(wb: ExcelJS.Workbook, spec: ImportSpec<V>, examples: readonly TemplateExample<V>[]): void {
  const ws = wb.addWorksheet(spec.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    ...(c.asText ? { style: { numFmt: '@' } } : {}),
  }));
  spec.columns.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    if (c.hint) cell.note = c.hint;
  });
  for (const example of examples) {
    const row = ws.addRow(spec.columns.map((c) => example[c.key] ?? null));
    row.font = { color: { argb: 'FF808080' } };
  }
}

function addInstructionSheet<V>(wb: ExcelJS.Workbook, spec: ImportSpec<V>): void {
  const ws = wb.addWorksheet('填写说明');
  ws.columns = [{ width: 18 }, { width: 10 }, { width: 60 }, { width: 24 }];
  ws.addRow([`${spec.sheetName}导入说明`]).font = { bold: true, size: 14 };
  const maxRows = Math.min(spec.maxRows ?? IMPORT_MAX_ROWS, IMPORT_MAX_ROWS);
  for (const [i, line] of [...GENERAL_RULES, `一次最多导入 ${maxRows} 行。`, ...(spec.instructions ?? [])].entries()) {
    ws.addRow([`${i + 1}. ${line}`]);
  }
  ws.addRow([]);
  ws.addRow(['列名', '是否必填', '填写要求', '也可写作']).font = { bold: true };
  for (const c of spec.columns) {
    ws.addRow([c.header, c.required ? '必填' : '选填', c.hint ?? '', (c.aliases ?? []).join('、')]);
  }
}

/** The downloadable import template: the data sheet with headers and examples, then Chinese instructions. */
export async function templateWorkbook<V>(spec: ImportSpec<V>, exampleRows: readonly TemplateExample<V>[] = []): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Houqin 后勤';
  wb.created = new Date();
  addDataSheet(wb, spec, exampleRows);
  addInstructionSheet(wb, spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
