import { ACQUISITION_METHOD_LABELS, FUNDING_SOURCE_LABELS, labelOf } from '../assets.labels.js';
import { LEDGER_FIELD_LABELS, type LedgerField } from './ledger-columns.js';
import type { ExistingCard, LedgerLookups } from './ledger-lookups.js';
import type { LedgerCard } from './ledger-resolve.js';
import { yuan } from './ledger-resolve.js';

export interface FieldChange { field: string; label: string; before: string | null; after: string | null }

type Pair = [stored: string | null, ledger: string | null];

const str = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** The stored and the ledger's value of one field, as people read them (names, labels, 元). */
function pairOf(field: LedgerField, card: LedgerCard, e: ExistingCard, look: LedgerLookups): Pair | undefined {
  switch (field) {
    case 'name': return [e.name, card.name];
    case 'category': return [look.categories.get(e.category_id)?.name ?? null, card.category.name];
    case 'specModel': return [e.spec_model, card.specModel];
    case 'brand': return [e.brand, card.brand];
    case 'unit': return [e.unit, card.unit];
    case 'quantity': return [str(e.quantity), str(card.quantity)];
    case 'unitPriceFen': return undefined;
    case 'originalValueFen': return e.original_value_fen === card.originalValueFen ? undefined : [yuan(e.original_value_fen), yuan(card.originalValueFen)];
    case 'acquiredOn': return [e.acquired_on, card.acquiredOn];
    case 'location': return [e.room_id !== null ? look.names.room.get(e.room_id) ?? null : e.location_text, card.roomId !== null ? look.names.room.get(card.roomId) ?? null : card.locationText];
    case 'custodian': return [e.custodian_id === null ? null : look.names.user.get(e.custodian_id) ?? null, card.custodianId === null ? null : look.names.user.get(card.custodianId) ?? null];
    case 'department': return [e.department_id === null ? null : look.names.department.get(e.department_id) ?? null, card.departmentId === null ? null : look.names.department.get(card.departmentId) ?? null];
    case 'fundingSource': return [labelOf(FUNDING_SOURCE_LABELS, e.funding_source), labelOf(FUNDING_SOURCE_LABELS, card.fundingSource)];
    case 'acquisitionMethod': return [labelOf(ACQUISITION_METHOD_LABELS, e.acquisition_method), labelOf(ACQUISITION_METHOD_LABELS, card.acquisitionMethod)];
    case 'supplier': return [e.supplier, card.supplier];
    case 'serialNo': return [e.serial_no, card.serialNo];
    case 'manufacturer': return [e.manufacturer, card.manufacturer];
    case 'note': return [e.note, card.note];
  }
}

/** What the ledger says differently from the stored card, in the columns the ledger has. */
export function cardChanges(card: LedgerCard, existing: ExistingCard, mapped: ReadonlySet<LedgerField>, look: LedgerLookups): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of mapped) {
    const pair = field === 'unitPriceFen' && !mapped.has('originalValueFen') ? pairOf('originalValueFen', card, existing, look) : pairOf(field, card, existing, look);
    if (!pair || pair[0] === pair[1]) continue;
    const label = field === 'unitPriceFen' ? LEDGER_FIELD_LABELS.originalValueFen : LEDGER_FIELD_LABELS[field];
    out.push({ field, label, before: pair[0], after: pair[1] });
  }
  return out;
}

/** Identity of a card that has no number in the ledger: what a person would call "the same item". */
export function naturalKeyOfCard(card: LedgerCard): string {
  return [card.name, card.category.id, card.specModel ?? '', card.acquiredOn, card.originalValueFen, card.roomId ?? card.locationText ?? '', card.serialNo ?? ''].join('|');
}

export function naturalKeyOfExisting(e: ExistingCard): string {
  return [e.name, e.category_id, e.spec_model ?? '', e.acquired_on, e.original_value_fen, e.room_id ?? e.location_text ?? '', e.serial_no ?? ''].join('|');
}
