import { type Kysely, sql } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { DialectName } from '../../../platform/db/database.js';
import { containsInsensitive } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../../platform/http/pagination.js';

type Conn = Kysely<Database> | Tx;

export interface DamageFilters { q?: string | undefined; status?: string | undefined; cause?: string | undefined; assetId?: number | undefined }

function base(db: Conn, schoolIds: number[]) {
  return db.selectFrom('asset_damages as g')
    .innerJoin('assets as a', 'a.id', 'g.asset_id')
    .innerJoin('asset_depreciation_state as ds', 'ds.asset_id', 'g.asset_id')
    .innerJoin('schools as s', 's.id', 'g.school_id')
    .leftJoin('users as pu', 'pu.id', 'g.party_user_id')
    .leftJoin('users as cu', 'cu.id', 'g.created_by')
    .leftJoin('users as du', 'du.id', 'g.decided_by')
    .leftJoin('work_orders as w', 'w.id', 'g.work_order_id')
    .where('g.school_id', 'in', schoolIds.length ? schoolIds : [-1]);
}
type Base = ReturnType<typeof base>;

function withColumns(q: Base) {
  return q.selectAll('g').select([
    'a.code as asset_code', 'a.name as asset_name', 'a.status as asset_status', 'a.original_value_fen', 'ds.accumulated_depreciation_fen', 's.name as school_name',
    'pu.name as party_user_name', 'cu.name as created_by_name', 'du.name as decided_by_name', 'w.status as work_order_status', 'w.cost_fen as work_order_cost_fen',
  ]);
}
export type DamageRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

function filtered(q: Base, dialect: DialectName, f: DamageFilters): Base {
  let out = q;
  if (f.status !== undefined) out = out.where('g.status', '=', f.status);
  if (f.cause !== undefined) out = out.where('g.cause', '=', f.cause);
  if (f.assetId !== undefined) out = out.where('g.asset_id', '=', f.assetId);
  const needle = f.q?.trim().toLowerCase();
  if (needle) {
    out = out.where((eb) => eb.or([
      containsInsensitive(dialect, sql.ref('a.search_text'), needle),
      containsInsensitive(dialect, sql.ref('g.party_name'), needle),
      containsInsensitive(dialect, sql.ref('pu.name'), needle),
    ]));
  }
  return out;
}

const SORTS = { occurredOn: 'g.occurred_on', createdAt: 'g.id' } as const;

export async function listDamageRows(db: Conn, dialect: DialectName, schoolIds: number[], f: DamageFilters, sort: string | undefined, paging: Paging) {
  const [key, dir] = sort ? parseSort<keyof typeof SORTS>(sort, 'createdAt') : ['createdAt' as const, 'desc' as const];
  return paginate(filtered(base(db, schoolIds), dialect, f), paging, (q) => withColumns(q).orderBy(SORTS[key] ?? 'g.id', dir).orderBy('g.id', 'desc'));
}

export async function allDamageRows(db: Conn, dialect: DialectName, schoolIds: number[], f: DamageFilters): Promise<DamageRow[]> {
  return withColumns(filtered(base(db, schoolIds), dialect, f)).orderBy('g.id', 'desc').limit(10_000).execute();
}

export async function findDamageRow(db: Conn, schoolIds: number[], id: number): Promise<DamageRow | undefined> {
  return withColumns(base(db, schoolIds).where('g.id', '=', id)).executeTakeFirst();
}

export async function damageStepRows(db: Conn, schoolId: number, damageId: number) {
  return db.selectFrom('asset_damage_steps').selectAll().where('school_id', '=', schoolId).where('parent_id', '=', damageId).orderBy('id').execute();
}

/** A work order of the same school, else a 400 on the field (a foreign id is no different from a wrong one). */
export async function workOrderInSchool(db: Conn, schoolId: number, workOrderId: number) {
  return db.selectFrom('work_orders').select(['id', 'status', 'cost_fen']).where('school_id', '=', schoolId).where('id', '=', workOrderId).executeTakeFirst();
}
