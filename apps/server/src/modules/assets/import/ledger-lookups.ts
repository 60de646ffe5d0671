import type { Kysely } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { foldText } from '../../../platform/excel/import-cells.js';
import { type AssetSettings, loadAssetSettings } from '../asset-defaults.js';
import { type CategoryNode, loadCategories } from '../categories.repository.js';

type Conn = Kysely<Database> | Tx;

export interface Named { id: number; name: string }

/** The card as stored, in the fields an import compares. */
export interface ExistingCard {
  id: number; code: string; name: string; category_id: number; spec_model: string | null; brand: string | null; unit: string | null;
  quantity: number; original_value_fen: number; acquired_on: string; room_id: number | null; location_text: string | null;
  custodian_id: number | null; department_id: number | null; funding_source: string | null; acquisition_method: string;
  supplier: string | null; serial_no: string | null; manufacturer: string | null; note: string | null;
}

/** Everything a ledger row's names are matched against, loaded once per import (a constant number of queries). */
export interface LedgerLookups {
  settings: AssetSettings;
  categories: Map<number, CategoryNode>;
  categoryByCode: Map<string, CategoryNode>;
  categoryByName: Map<string, CategoryNode[]>;
  roomsByName: Map<string, Named[]>;
  usersByName: Map<string, Named[]>;
  usersByStaffNo: Map<string, Named>;
  departmentsByName: Map<string, Named>;
  names: { room: Map<number, string>; user: Map<number, string>; department: Map<number, string> };
  cardsByCode: Map<string, ExistingCard>;
}

const key = (s: string) => foldText(s).replace(/\s+/g, '').toLowerCase();

function group<T>(items: T[], by: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = by(t);
    const list = out.get(k);
    if (list) list.push(t); else out.set(k, [t]);
  }
  return out;
}

export const lookupKey = key;

export async function loadLedgerLookups(db: Conn, schoolId: number): Promise<LedgerLookups> {
  const settings = await loadAssetSettings(db, schoolId);
  const [categories, rooms, users, departments, cards] = await Promise.all([
    loadCategories(db, schoolId),
    db.selectFrom('rooms').select(['id', 'name']).where('school_id', '=', schoolId).where('active', '=', 1).execute(),
    db.selectFrom('users').select(['id', 'name', 'staff_no']).where('school_id', '=', schoolId).where('active', '=', 1).execute(),
    db.selectFrom('departments').select(['id', 'name']).where('school_id', '=', schoolId).execute(),
    db.selectFrom('assets').select([
      'id', 'code', 'name', 'category_id', 'spec_model', 'brand', 'unit', 'quantity', 'original_value_fen', 'acquired_on', 'room_id', 'location_text',
      'custodian_id', 'department_id', 'funding_source', 'acquisition_method', 'supplier', 'serial_no', 'manufacturer', 'note',
    ]).where('school_id', '=', schoolId).execute(),
  ]);
  const active = [...categories.values()].filter((c) => c.active);
  return {
    settings,
    categories,
    categoryByCode: new Map(active.map((c) => [key(c.code), c])),
    categoryByName: group(active, (c) => key(c.name)),
    roomsByName: group(rooms, (r) => key(r.name)),
    usersByName: group(users, (u) => key(u.name)),
    usersByStaffNo: new Map(users.map((u) => [key(u.staff_no), u])),
    departmentsByName: new Map(departments.map((d) => [key(d.name), d])),
    names: {
      room: new Map(rooms.map((r) => [r.id, r.name])),
      user: new Map(users.map((u) => [u.id, u.name])),
      department: new Map(departments.map((d) => [d.id, d.name])),
    },
    cardsByCode: new Map(cards.map((c) => [c.code, c])),
  };
}
