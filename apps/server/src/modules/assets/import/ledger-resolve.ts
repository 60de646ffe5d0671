import type { CellResult } from '../../../platform/excel/import-cells.js';
import type { ImportError } from '../../../platform/excel/xlsx-import.js';
import { AppError } from '../../../platform/http/errors.js';
import { type CardAccounting, cardAccountingOf } from '../card-accounting.js';
import { type CategoryNode, chainOf } from '../categories.repository.js';
import { LEDGER_FIELD_LABELS, type LedgerField, type LedgerValues } from './ledger-columns.js';
import type { LedgerLookups } from './ledger-lookups.js';
import { matchCategory, matchDepartment, matchFunding, matchLocation, matchMethod, matchPerson } from './ledger-match.js';
import type { ParsedLedgerRow } from './ledger-sheet.js';

/** A row whose every name matched: the card it describes, in stored form. */
export interface LedgerCard {
  code: string | null; name: string; category: CategoryNode; specModel: string | null; brand: string | null; unit: string | null;
  quantity: number; originalValueFen: number; acquiredOn: string; roomId: number | null; locationText: string | null;
  custodianId: number | null; departmentId: number | null; fundingSource: string | null; acquisitionMethod: string;
  supplier: string | null; serialNo: string | null; manufacturer: string | null; note: string | null; accounting: CardAccounting;
}

export interface ResolvedRow { row: number; card?: LedgerCard; errors: ImportError[] }

const col = (field: LedgerField) => LEDGER_FIELD_LABELS[field];

/** Unit price × quantity must agree with 原值 when a ledger has both; either alone is enough. */
function valueOf(v: Partial<LedgerValues>, quantity: number): CellResult<number> {
  const unit = v.unitPriceFen ?? null;
  const total = v.originalValueFen ?? null;
  if (total !== null && unit !== null && unit * quantity !== total) {
    return { error: `原值 ${yuan(total)} 元与 单价 ${yuan(unit)} 元 × 数量 ${quantity} = ${yuan(unit * quantity)} 元不一致` };
  }
  if (total !== null) return { value: total };
  if (unit !== null) return { value: unit * quantity };
  return { error: '「原值」和「单价」至少要填一项' };
}

/** 123456 → "1,234.56". By hand: Intl number formatting costs seconds over a 50,000-row ledger. */
export function yuan(fen: number): string {
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

function take<T>(errors: ImportError[], row: number, field: LedgerField, r: CellResult<T>): T | undefined {
  if ('error' in r) { errors.push({ row, column: col(field), message: r.error }); return undefined; }
  return r.value;
}

/**
 * Turns a parsed ledger row into a card of this school: category by code or name, place, person
 * and department by name, value from 原值 or 单价 × 数量, booked as the card form would book it.
 * Every problem is collected with its column; nothing is looked up twice.
 */
export function resolveLedgerRow(look: LedgerLookups, parsed: ParsedLedgerRow, today: string): ResolvedRow {
  const { row, values: v } = parsed;
  const errors = [...parsed.errors];
  const category = v.category ? take(errors, row, 'category', matchCategory(look, v.category)) : undefined;
  const quantity = v.quantity ?? 1;
  const value = parsed.errors.some((e) => e.column === col('unitPriceFen') || e.column === col('originalValueFen') || e.column === col('quantity'))
    ? undefined : take(errors, row, 'originalValueFen', valueOf(v, quantity));
  if (v.acquiredOn && v.acquiredOn > today) errors.push({ row, column: col('acquiredOn'), message: `取得日期 ${v.acquiredOn} 晚于今天` });
  const place = v.location ? matchLocation(look, v.location) : { roomId: null, locationText: null };
  const custodian = v.custodian ? take(errors, row, 'custodian', matchPerson(look, v.custodian)) : null;
  const department = v.department ? take(errors, row, 'department', matchDepartment(look, v.department)) : null;
  const funding = v.fundingSource ? take(errors, row, 'fundingSource', matchFunding(v.fundingSource)) : null;
  const method = v.acquisitionMethod ? take(errors, row, 'acquisitionMethod', matchMethod(v.acquisitionMethod)) : 'purchase';
  if (errors.length || !category || value === undefined || !v.name || !v.acquiredOn || custodian === undefined || department === undefined || funding === undefined || method === undefined) {
    return { row, errors };
  }
  let accounting: CardAccounting;
  try {
    accounting = cardAccountingOf(chainOf(look.categories, category.id), look.settings, {
      originalValueFen: value, quantity, valueType: 'original', acquiredOn: v.acquiredOn, accountedOn: null,
    });
  } catch (err) {
    // The form's rule (a category without a default life needs one) reads as a problem of this row's category.
    if (err instanceof AppError) return { row, errors: [{ row, column: col('category'), message: `「${category.name}」${err.message.replace(/^该分类/, '')}` }] };
    throw err;
  }
  return { row, errors, card: {
    code: v.code ?? null, name: v.name, category, specModel: v.specModel ?? null, brand: v.brand ?? null, unit: v.unit ?? null, quantity,
    originalValueFen: value, acquiredOn: v.acquiredOn, ...place, custodianId: custodian?.id ?? null, departmentId: department?.id ?? null,
    fundingSource: funding, acquisitionMethod: method, supplier: v.supplier ?? null, serialNo: v.serialNo ?? null,
    manufacturer: v.manufacturer ?? null, note: v.note ?? null, accounting,
  } };
}
