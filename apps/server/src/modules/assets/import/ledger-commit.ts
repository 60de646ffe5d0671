import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { addAssetEvents } from '../asset-events.js';
import { reserveAssetNumbers } from '../asset-numbers.js';
import { searchTextOf } from '../assets.repository.js';
import { insertDepreciationStates } from '../depreciation-state.js';
import { numberingScope } from '../rules/numbering.js';
import type { LedgerLookups } from './ledger-lookups.js';
import type { LedgerCard } from './ledger-resolve.js';

export interface NewLedgerCard { row: number; card: LedgerCard }
export interface CreatedCard { row: number; id: number; code: string; name: string }

// why: about 45 columns a card; 200 rows stay under SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 200;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Numbers for rows without one, from the school's pattern, one counter bump per prefix. A number an
 * older hand-entered card or another ledger row already uses is passed over, so the unique key never
 * fails half-way through an import.
 */
async function numberCards(tx: Tx, schoolId: number, look: LedgerLookups, cards: NewLedgerCard[]): Promise<Map<NewLedgerCard, string>> {
  const taken = new Set<string>([...look.cardsByCode.keys(), ...cards.flatMap((c) => (c.card.code ? [c.card.code] : []))]);
  const out = new Map<NewLedgerCard, string>();
  const byScope = new Map<string, NewLedgerCard[]>();
  for (const c of cards) {
    if (c.card.code) { out.set(c, c.card.code); continue; }
    const input = { acquiredOn: c.card.acquiredOn, categoryCode: c.card.category.code };
    const scope = numberingScope(look.settings.numberingPattern, input);
    const group = byScope.get(scope);
    if (group) group.push(c); else byScope.set(scope, [c]);
  }
  for (const group of byScope.values()) {
    const first = group[0];
    if (!first) continue;
    const input = { acquiredOn: first.card.acquiredOn, categoryCode: first.card.category.code };
    const free: string[] = [];
    for (let want = group.length; want > 0; want = group.length - free.length) {
      const codes = await reserveAssetNumbers(tx, schoolId, look.settings.numberingPattern, input, want);
      for (const code of codes) if (!taken.has(code)) { taken.add(code); free.push(code); }
    }
    group.forEach((c, i) => out.set(c, free[i] as string));
  }
  return out;
}

function rowValues(schoolId: number, createdBy: number | null, code: string, card: LedgerCard, now: string) {
  const values = {
    school_id: schoolId, code, name: card.name, category_id: card.category.id, spec_model: card.specModel, brand: card.brand,
    manufacturer: card.manufacturer, serial_no: card.serialNo, unit: card.unit, quantity: card.quantity, area_m2: null, value_type: 'original',
    original_value_fen: card.originalValueFen, acquisition_method: card.acquisitionMethod, acquired_on: card.acquiredOn, accounted_on: null,
    voucher_no: null, funding_source: card.fundingSource, procurement_form: null, supplier: card.supplier, warranty_until: null,
    department_id: card.departmentId, custodian_id: card.custodianId, manager_department_id: null, room_id: card.roomId,
    location_text: card.locationText, status: 'in_use', usage: null, ...card.accounting, title_cert_no: null, note: card.note, batch_no: null,
    disposed_on: null, created_by: createdBy, created_at: now, updated_at: now,
  };
  return { ...values, search_text: searchTextOf(values) };
}

/**
 * The "create" audit event of each new card, as insertAudited writes it, in one statement per chunk:
 * one recordAudit call per card took about five seconds of a 50,000-row import.
 * Cards hold no secrets, so the row is stored as is.
 */
async function auditCreatedCards(tx: Tx, audit: AuditContext, schoolId: number, at: string, rows: (Record<string, unknown> & { id: number })[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insertInto('audit_events').values(rows.map((row) => ({
    school_id: schoolId, actor_id: audit.actorId, actor_name: audit.actorName, at, entity: 'asset', entity_id: String(row.id),
    action: 'create', before: null, after: JSON.stringify(row), ip: audit.ip,
  }))).execute();
}

/**
 * Writes the new cards of an import in the caller's transaction: numbers, rows in chunks, one audit
 * event per card ("create", as the card form writes) and an 'imported' entry on each card's timeline.
 */
export async function insertLedgerCards(tx: Tx, schoolId: number, audit: AuditContext, look: LedgerLookups, fileName: string, cards: NewLedgerCard[]): Promise<CreatedCard[]> {
  if (cards.length === 0) return [];
  const codes = await numberCards(tx, schoolId, look, cards);
  const now = nowIso();
  const created: CreatedCard[] = [];
  const nameOf = (names: Map<number, string>, id: number | null) => (id === null ? null : names.get(id) ?? null);
  for (const part of chunks(cards, CHUNK)) {
    const values = part.map((c) => rowValues(schoolId, audit.actorId, codes.get(c) as string, c.card, now));
    const inserted = await tx.insertInto('assets').values(values).returning(['id', 'code']).execute();
    const idByCode = new Map(inserted.map((r) => [r.code, r.id]));
    const rows = values.map((v) => {
      const id = idByCode.get(v.code);
      if (id === undefined) throw new Error(`import: card ${v.code} was not returned by its insert`);
      return { id, ...v, version: 1 };
    });
    await auditCreatedCards(tx, audit, schoolId, now, rows);
    await insertDepreciationStates(tx, schoolId, rows.map((r) => ({ assetId: r.id, openingAccumulatedFen: r.opening_accumulated_fen })));
    await addAssetEvents(tx, schoolId, audit, now, part.map(({ row, card }, i) => ({
      assetId: rows[i]?.id ?? 0, kind: 'imported', note: `从台账导入（${fileName} 第 ${row} 行）`,
      data: { room: nameOf(look.names.room, card.roomId) ?? card.locationText, custodian: nameOf(look.names.user, card.custodianId), department: nameOf(look.names.department, card.departmentId) },
    })));
    part.forEach(({ row }, i) => { const r = rows[i]; if (r) created.push({ row, id: r.id, code: r.code, name: r.name }); });
  }
  return created;
}
