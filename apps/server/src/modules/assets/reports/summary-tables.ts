import { yuanText } from '../../../platform/money.js';
import type { AssetSummary } from './reports.schemas.js';
import type { Figures } from './summary.repository.js';

/** One table of the 资产年报 as rows of text cells, shared by the workbook and the PDF. */
export interface SummaryTable {
  title: string;
  headers: string[];
  /** Text cells; `strong` rows are subtotals and totals. */
  rows: { cells: (string | number)[]; strong?: boolean }[];
}

export const FIGURE_HEADERS = ['卡片数', '数量', '原值（元）', '累计折旧（元）', '净值（元）', '本年新增（张）', '本年新增原值（元）', '本年处置（张）', '本年处置原值（元）'];

/** Amounts as numbers in 元 for the workbook, as "1,234.50" text for the PDF. */
export type AmountFormat = 'number' | 'text';

function figureCells(f: Figures, format: AmountFormat): (string | number)[] {
  const money = (fen: number) => (format === 'number' ? fen / 100 : yuanText(fen));
  return [f.cards, f.quantity, money(f.originalFen), money(f.accumulatedFen), money(f.netFen), f.addedCards, money(f.addedFen), f.disposedCards, money(f.disposedFen)];
}

/** The tables of the summary: by 门类 and 大类 with subtotals, then the four breakdowns, each ending in 合计. */
export function summaryTables(s: AssetSummary, format: AmountFormat): SummaryTable[] {
  const total = { cells: ['', '合计', ...figureCells(s.totals, format)], strong: true };
  const byCategory: SummaryTable = {
    title: '按资产分类（门类、大类）',
    headers: ['分类代码', '分类名称', ...FIGURE_HEADERS],
    rows: [
      ...s.categories.flatMap((top) => [
        { cells: [top.code, `${top.name}（小计）`, ...figureCells(top, format)], strong: true },
        ...top.children.map((c) => ({ cells: [c.code, `　${c.name}`, ...figureCells(c, format)] })),
      ]),
      total,
    ],
  };
  const breakdown = (title: string, label: string, rows: AssetSummary['byStatus']): SummaryTable => ({
    title,
    headers: [label, ...FIGURE_HEADERS],
    rows: [...rows.map((r) => ({ cells: [r.label, ...figureCells(r, format)] })), { cells: ['合计', ...figureCells(s.totals, format)], strong: true }],
  });
  return [
    byCategory,
    breakdown('按使用状况', '使用状况', s.byStatus),
    breakdown('按资金来源', '资金来源', s.byFundingSource),
    breakdown('按使用部门', '使用部门', s.byDepartment),
    breakdown('按存放楼宇', '存放楼宇', s.byBuilding),
  ];
}
