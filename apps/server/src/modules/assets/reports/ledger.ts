import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { ASSET_STATUS_LABELS, FUNDING_SOURCE_LABELS, labelOf } from '../assets.labels.js';
import type { AssetFilterValues } from '../assets.schemas.js';
import { type LedgerLine, ledgerLineOf } from './ledger-columns.js';
import { renderLedgerPdf } from './ledger-pdf.js';
import { ledgerRows, ledgerTotals } from './ledger.repository.js';
import { type ReportSchool, asOfDate, reportSchoolOf, schoolScope } from './report-school.js';
import type { LedgerQuery } from './reports.schemas.js';

interface LedgerRequest { school: ReportSchool; asOf: string; filters: AssetFilterValues }

async function ledgerRequest(db: Kysely<Database>, actor: Actor, q: LedgerQuery): Promise<LedgerRequest> {
  const { schoolId, asOf, ...filters } = q;
  const school = await reportSchoolOf(db, actor, schoolId);
  return { school, asOf: asOfDate(asOf, school), filters };
}

/** The filters in words for the page header, names looked up within the school. */
async function describeFilters(db: Kysely<Database>, schoolId: number, f: AssetFilterValues): Promise<string> {
  const nameOf = async (table: 'asset_categories' | 'rooms' | 'users' | 'departments', id: number | undefined) => {
    if (id === undefined) return null;
    const row = await db.selectFrom(table).select('name').where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    return row?.name ?? `#${id}`;
  };
  const parts: [string, string | null | undefined][] = [
    ['关键词', f.q?.trim() || null],
    ['资产分类', await nameOf('asset_categories', f.categoryId)],
    ['存放地点', await nameOf('rooms', f.roomId)],
    ['使用人', await nameOf('users', f.custodianId)],
    ['使用部门', await nameOf('departments', f.departmentId)],
    ['使用状况', f.status ? labelOf(ASSET_STATUS_LABELS, f.status) : null],
    ['资金来源', f.fundingSource ? labelOf(FUNDING_SOURCE_LABELS, f.fundingSource) : null],
    ['资产性质', f.accountingClass ? (f.accountingClass === 'fixed' ? '固定资产' : '低值耐用品') : null],
    ['批次', f.batchNo ?? null],
  ];
  const text = parts.filter(([, v]) => v).map(([k, v]) => `${k}：${v}`).join('；');
  return text || '全部在账资产';
}

async function* ledgerLines(db: Kysely<Database>, dialect: DialectName, r: LedgerRequest): AsyncGenerator<LedgerLine> {
  for await (const row of ledgerRows(db, dialect, schoolScope(r.school), r.filters, r.asOf)) yield ledgerLineOf(row);
}

/** 资产台账 PDF: the cards on the books at the end of `asOf` (default today), filtered like the card list. */
export async function ledgerPdf(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: LedgerQuery) {
  const font = findCjkFont();
  const r = await ledgerRequest(db, actor, q);
  const [totals, filters] = await Promise.all([ledgerTotals(db, dialect, schoolScope(r.school), r.filters, r.asOf), describeFilters(db, r.school.id, r.filters)]);
  const body = await renderLedgerPdf({
    schoolName: r.school.name, asOf: r.asOf, filters, printedOn: r.school.today, totals, lines: ledgerLines(db, dialect, r), font,
  });
  return { body, fileName: `${r.school.name}资产台账_${r.asOf}.pdf` };
}

/** The same ledger as a workbook (same rows, same columns, amounts in 元 as numbers). */
export async function ledgerWorkbookRows(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: LedgerQuery) {
  const r = await ledgerRequest(db, actor, q);
  const lines: LedgerLine[] = [];
  for await (const line of ledgerLines(db, dialect, r)) lines.push(line);
  return { lines, fileName: `${r.school.name}资产台账_${r.asOf}.xlsx` };
}
