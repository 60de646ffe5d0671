import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { rejectInvalidImport, sortImportErrors } from '../../../platform/excel/import-report.js';
import type { ImportUpload } from '../../../platform/excel/import-upload.js';
import type { ParsedImportCache } from '../../../platform/excel/parsed-import-cache.js';
import type { ImportError } from '../../../platform/excel/xlsx-import.js';
import type { LedgerImportReport } from './import.schemas.js';
import { LEDGER_FIELD_LABELS, LEDGER_SPEC, type LedgerField } from './ledger-columns.js';
import { type CreatedCard, type NewLedgerCard, insertLedgerCards } from './ledger-commit.js';
import { columnLetter } from './ledger-header.js';
import { loadLedgerLookups } from './ledger-lookups.js';
import { ledgerOptionsOf } from './ledger-options.js';
import { type LedgerPlan, ROW_STATUSES, ROW_STATUS_LABELS, type RowStatus, planLedgerImport } from './ledger-plan.js';
import { type LedgerSheet, readLedgerSheet } from './ledger-sheet.js';
import { schoolToday } from '../../calendar/school-today.js';

type Report = Static<typeof LedgerImportReport>;
const COLUMN_ORDER = LEDGER_SPEC.columns.map((c) => c.header);

function reportOf(sheet: LedgerSheet, plan: LedgerPlan, errors: ImportError[], onError: 'abort' | 'skip', dryRun: boolean, created: CreatedCard[]): Report {
  const fieldAt = new Map([...sheet.header.mapping].map(([field, index]) => [index, field]));
  const indexes = [...new Set([...sheet.header.headers.keys(), ...sheet.header.mapping.values()])].sort((a, b) => a - b);
  const summary = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;
  for (const r of plan.rows) summary[r.status]++;
  return {
    dryRun, committed: !dryRun, onError, totalRows: plan.rows.length,
    validRows: plan.rows.filter((r) => r.status !== 'error' && r.status !== 'skipped').length,
    errors, created, headerRow: sheet.header.headerRow,
    columns: indexes.map((i) => {
      const field = fieldAt.get(i) ?? null;
      return { column: i + 1, letter: columnLetter(i), header: sheet.header.headers.get(i) ?? '', field, fieldLabel: field ? LEDGER_FIELD_LABELS[field] : null, samples: sheet.samples.get(i) ?? [] };
    }),
    fields: LEDGER_SPEC.columns.map((c) => {
      const at = sheet.header.mapping.get(c.key);
      return { key: c.key, label: c.header, required: c.required === true, column: at === undefined ? null : at + 1 };
    }),
    summary,
    // After a commit the rows that became cards are in `created`; listing them twice would double a 50,000-row answer.
    rows: plan.rows.filter((r) => dryRun || r.status !== 'new').map((r) => ({ row: r.row, status: r.status, statusLabel: ROW_STATUS_LABELS[r.status], code: r.code, name: r.name, assetId: r.assetId, changes: r.changes })),
  };
}

/** Problems name the column as the file calls it (「购置日期」, 「原值/金额」), which is what the storekeeper sees. */
function inFileTerms(errors: ImportError[], sheet: LedgerSheet): ImportError[] {
  const fileHeader = new Map<string, string>();
  for (const c of LEDGER_SPEC.columns) {
    const at = sheet.header.mapping.get(c.key);
    const text = at === undefined ? undefined : sheet.header.headers.get(at);
    if (text) fileHeader.set(c.header, text);
  }
  return errors.map((e) => ({ ...e, column: fileHeader.get(e.column) ?? e.column }));
}

/**
 * 台账导入: reads a school's own Excel ledger (title rows, two-row headers, 2019.9 dates, 1,200.00元
 * amounts), maps its columns to card fields (suggested from the headers, or the user's mapping),
 * and reports each row as new / unchanged / changed / with problems. A commit writes every new card
 * in one transaction — or nothing when a row has a problem, unless the user chose to skip such rows.
 *
 * Cards already on the books (same 资产编号, or for rows without one the same item) are never
 * overwritten, even when the ledger differs: after the first import the system is the book of
 * record — custody moves through 变更保管 with its timeline, value fields lock once depreciation is
 * booked — and re-importing an old spreadsheet must not silently undo that. Differences are listed
 * per field so the storekeeper can correct the card or the sheet. This also makes re-importing
 * the same file a no-op.
 */
export async function importLedger(db: Kysely<Database>, actor: Actor, upload: ImportUpload, cache: ParsedImportCache): Promise<Report> {
  const schoolId = writableSchoolId(actor);
  const options = ledgerOptionsOf(upload.options);
  // The commit of the file just checked reuses the check's reading (see ParsedImportCache).
  const parseKey = `asset-ledger:${schoolId}:${JSON.stringify({ mapping: options.mapping ? [...options.mapping] : null, headerRow: options.headerRow ?? null })}`;
  const sheet = await cache.read(parseKey, upload.buffer, () => readLedgerSheet(upload.buffer, options), upload.dryRun ? 'check' : 'commit');
  const mapped = new Set<LedgerField>(sheet.header.mapping.keys());
  const plan = async (conn: Kysely<Database>) => {
    const look = await loadLedgerLookups(conn, schoolId);
    const p = planLedgerImport(look, sheet.rows, mapped, options.onError, await schoolToday(conn, schoolId), !upload.dryRun);
    // why: a 50,000-row ledger's parsed cells are not needed once planned; freeing them keeps the commit's peak memory down.
    sheet.rows.length = 0;
    return { look, plan: p, errors: inFileTerms(sortImportErrors(p.errors, COLUMN_ORDER), sheet) };
  };
  if (upload.dryRun) {
    const { plan: p, errors } = await plan(db);
    return reportOf(sheet, p, errors, options.onError, true, []);
  }
  const audit = auditContextOf(actor);
  // Planned again inside the transaction, so numbers and "already there" are decided against what is committed now.
  return runInTransaction(db, async (tx) => {
    const { look, plan: p, errors } = await plan(tx);
    if (errors.length && options.onError === 'abort') rejectInvalidImport(errors);
    const fresh: NewLedgerCard[] = p.rows.flatMap((r) => (r.status === 'new' && r.card ? [{ row: r.row, card: r.card }] : []));
    const created = await insertLedgerCards(tx, schoolId, audit, look, upload.fileName, fresh);
    const count = (s: RowStatus) => p.rows.filter((r) => r.status === s).length;
    await recordAudit(tx, audit, { entity: 'asset', entityId: 'import', action: 'import', after: {
      fileName: upload.fileName, rows: p.rows.length, created: created.length, unchanged: count('unchanged'), changed: count('changed'), skipped: count('skipped'),
    } });
    return reportOf(sheet, p, errors, options.onError, false, created);
  });
}
