import ExcelJS from 'exceljs';

/**
 * Builds a ledger the way schools keep them, for tests and the import benchmark: a merged title
 * row, a 填报单位 line, a two-row header with 原值 merged over 单价/金额, and data cells exactly as
 * given (text dates, "1,200.00元", formulas, blank rows — `null` for a blank line).
 */
export const MESSY_HEADER = ['资产编号', '资产名称', '分类代码', '规格型号', '计量单位', '数量', '原值', '', '购置日期', '存放地点', '使用人', '使用部门', '经费来源', '品牌', '备注'];
const SUB_HEADER = ['', '', '', '', '', '', '单价', '金额'];

export type LedgerCellInput = ExcelJS.CellValue;

export async function messyLedger(rows: readonly (readonly LedgerCellInput[] | null)[], title = '示范小学固定资产台账（2024年）'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  // A hidden lookup sheet first, as finance software exports often have; it must not be read.
  wb.addWorksheet('代码表', { state: 'hidden' }).addRow(['分类代码', '分类名称']);
  const ws = wb.addWorksheet('固定资产台账');
  ws.getRow(1).values = [title];
  ws.mergeCells(1, 1, 1, MESSY_HEADER.length);
  ws.getRow(2).values = ['填报单位：示范小学', null, null, null, null, null, null, null, null, null, null, null, null, '金额单位：元'];
  ws.getRow(3).values = MESSY_HEADER;
  ws.getRow(4).values = SUB_HEADER;
  ws.mergeCells(3, 7, 3, 8);
  for (const c of [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15]) ws.mergeCells(3, c, 4, c);
  rows.forEach((r, i) => {
    if (!r) return;
    const row = ws.getRow(5 + i);
    r.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const NAMES: [string, string, string, number][] = [
  ['台式计算机', '2010000-01', '台', 4_999], ['笔记本电脑', '2-01-00-00', '台', 6_500], ['投影仪', '2020000-03', '台', 3_280.5],
  ['学生课桌椅（单人）', '学生课桌椅', '套', 380], ['打印机', '2020000-02', '台', 1_200], ['办公桌', '办公设备', '张', 1_150],
];
const DATES = (i: number): LedgerCellInput => {
  const year = 2010 + (i % 15);
  const month = 1 + (i % 12);
  switch (i % 5) {
    case 0: return `${year}.${month}`;
    case 1: return `${year}年${month}月`;
    case 2: return `${year}-${String(month).padStart(2, '0')}`;
    case 3: return new Date(Date.UTC(year, month - 1, 1 + (i % 28)));
    default: return `${year}/${month}/${1 + (i % 28)}`;
  }
};

/**
 * `count` ledger rows for the benchmark: mixed date forms and amount forms, every 10th row without
 * a number (numbered on import), one blank line every 500 rows, places and people from the lists given.
 */
export function generatedLedgerRows(count: number, places: readonly string[], people: readonly string[]): (LedgerCellInput[] | null)[] {
  const rows: (LedgerCellInput[] | null)[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 500 === 0) rows.push(null);
    const [name, category, unit, price] = NAMES[i % NAMES.length] as (typeof NAMES)[number];
    const quantity = name.includes('课桌椅') ? 40 + (i % 10) : 1;
    const total = Math.round(price * 100) * quantity / 100;
    const amount: LedgerCellInput = i % 3 === 0 ? `${total.toLocaleString('en-US', { minimumFractionDigits: 2 })}元` : i % 3 === 1 ? `￥${total}` : total;
    const numbered = i % 10 !== 9;
    rows.push([
      // why: rows without a number are told apart by their details; the model keeps them distinct.
      numbered ? `BJ${String(i + 1).padStart(6, '0')}` : null, name, category, numbered ? `型号-${i % 37}` : `型号-${i}`, unit, quantity, price, amount, DATES(i),
      places[i % places.length] ?? null, people.length && i % 4 === 0 ? people[i % people.length] ?? null : null, null, i % 2 ? '财政拨款' : '专项资金',
      i % 7 === 0 ? '联想' : null, i % 11 === 0 ? `第 ${i} 行备注` : null,
    ]);
  }
  return rows;
}
