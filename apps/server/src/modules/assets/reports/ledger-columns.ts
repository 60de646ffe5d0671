import type { XlsxColumn } from '../../../platform/excel/xlsx-export.js';
import { ASSET_STATUS_LABELS, labelOf } from '../assets.labels.js';
import { locationOf } from '../assets.presenter.js';
import type { LedgerCardRow } from './ledger.repository.js';
import { yuan, yuanText } from '../../../platform/money.js';

/** One card of the 资产台账 as both the PDF and the workbook show it. */
export interface LedgerLine {
  code: string; name: string; categoryCode: string; categoryName: string; specModel: string; quantity: number; unit: string;
  originalFen: number; accumulatedFen: number; netFen: number; acquiredOn: string; department: string; custodian: string; location: string; status: string;
}

export function ledgerLineOf(r: LedgerCardRow): LedgerLine {
  return {
    code: r.code, name: r.name, categoryCode: r.category_code, categoryName: r.category_name, specModel: r.spec_model ?? '', quantity: r.quantity, unit: r.unit ?? '',
    originalFen: r.original_value_fen, accumulatedFen: r.accumulated_fen, netFen: r.original_value_fen - r.accumulated_fen, acquiredOn: r.acquired_on,
    department: r.department_name ?? '', custodian: r.custodian_name ?? '', location: locationOf(r), status: labelOf(ASSET_STATUS_LABELS, r.status) ?? '',
  };
}


export interface LedgerColumn {
  /** Header as the national 资产管理信息系统 card names the field (domain-rules.md §2.5). */
  header: string;
  widthMm: number;
  xlsxWidth: number;
  align?: 'right';
  text: (l: LedgerLine) => string;
  value: (l: LedgerLine) => string | number;
}

const col = (header: string, widthMm: number, xlsxWidth: number, text: (l: LedgerLine) => string, value?: (l: LedgerLine) => string | number, align?: 'right'): LedgerColumn =>
  ({ header, widthMm, xlsxWidth, text, value: value ?? text, ...(align ? { align } : {}) });

/**
 * The standard ledger layout, in the order of the 资产卡片. The PDF columns add up to 267 mm, the
 * width of A4 landscape inside 10 mm margins and the 10 mm 序号 column.
 */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  col('资产编号', 26, 18, (l) => l.code),
  col('资产名称', 28, 24, (l) => l.name),
  col('分类代码', 0, 12, (l) => l.categoryCode),
  col('分类名称', 30, 20, (l) => (l.categoryCode ? `${l.categoryCode} ${l.categoryName}` : l.categoryName), (l) => l.categoryName),
  col('规格型号', 20, 16, (l) => l.specModel),
  col('数量', 10, 8, (l) => String(l.quantity), (l) => l.quantity, 'right'),
  col('计量单位', 9, 8, (l) => l.unit),
  col('原值（元）', 20, 14, (l) => yuanText(l.originalFen), (l) => yuan(l.originalFen), 'right'),
  col('累计折旧（元）', 20, 14, (l) => yuanText(l.accumulatedFen), (l) => yuan(l.accumulatedFen), 'right'),
  col('净值（元）', 20, 14, (l) => yuanText(l.netFen), (l) => yuan(l.netFen), 'right'),
  col('取得日期', 17, 12, (l) => l.acquiredOn),
  col('使用部门', 18, 14, (l) => l.department),
  col('使用人', 14, 10, (l) => l.custodian),
  col('存放地点', 24, 28, (l) => l.location),
  col('使用状况', 11, 10, (l) => l.status),
];

/** The PDF prints 分类代码 and 分类名称 in one column ("2010000-01 台式计算机") to fit the page. */
export const PDF_COLUMNS = LEDGER_COLUMNS.filter((c) => c.widthMm > 0).map((c) => (c.header === '分类名称' ? { ...c, header: '分类代码/名称' } : c));

export const XLSX_COLUMNS: XlsxColumn<LedgerLine>[] = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.xlsxWidth, value: c.value }));
