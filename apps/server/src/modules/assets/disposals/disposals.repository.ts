import { type Kysely, sql } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { DialectName } from '../../../platform/db/database.js';
import { containsInsensitive } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../../platform/http/pagination.js';
import type { DisposalStep } from './disposals.labels.js';

type Conn = Kysely<Database> | Tx;

export interface DisposalFilters {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  currentStep?: string | undefined;
  /** Only requests waiting at one of these steps (待我处理) */
  steps?: DisposalStep[] | undefined;
}

function base(db: Conn, schoolIds: number[]) {
  return db.selectFrom('asset_disposals as d')
    .innerJoin('schools as s', 's.id', 'd.school_id')
    .leftJoin('users as u', 'u.id', 'd.created_by')
    .where('d.school_id', 'in', schoolIds.length ? schoolIds : [-1]);
}
type Base = ReturnType<typeof base>;

function withColumns(q: Base) {
  return q.selectAll('d').select([
    's.name as school_name', 'u.name as created_by_name',
    (eb) => eb.selectFrom('asset_disposal_items as i').innerJoin('assets as a', 'a.id', 'i.asset_id')
      .select('a.name').whereRef('i.disposal_id', '=', 'd.id').orderBy('i.id').limit(1).as('first_card_name'),
  ]);
}
export type DisposalRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

function filtered(q: Base, dialect: DialectName, f: DisposalFilters): Base {
  let out = q;
  if (f.status !== undefined) out = out.where('d.status', '=', f.status);
  if (f.kind !== undefined) out = out.where('d.kind', '=', f.kind);
  if (f.currentStep !== undefined) out = out.where('d.current_step', '=', f.currentStep);
  if (f.steps !== undefined) out = out.where('d.status', '=', 'in_approval').where('d.current_step', 'in', f.steps.length ? f.steps : ['-']);
  const needle = f.q?.trim().toLowerCase();
  if (needle) {
    out = out.where((eb) => eb.or([
      containsInsensitive(dialect, sql.ref('d.reason'), needle),
      eb.exists(eb.selectFrom('asset_disposal_items as i').innerJoin('assets as a', 'a.id', 'i.asset_id').select('i.id')
        .whereRef('i.disposal_id', '=', 'd.id').where(containsInsensitive(dialect, sql.ref('a.search_text'), needle))),
    ]));
  }
  return out;
}

const SORTS = { createdAt: 'd.id', totalOriginalFen: 'd.total_original_fen' } as const;

export async function listDisposalRows(db: Conn, dialect: DialectName, schoolIds: number[], f: DisposalFilters, sort: string | undefined, paging: Paging) {
  const [key, dir] = sort ? parseSort<keyof typeof SORTS>(sort, 'createdAt') : ['createdAt' as const, 'desc' as const];
  return paginate(filtered(base(db, schoolIds), dialect, f), paging, (q) => withColumns(q).orderBy(SORTS[key] ?? 'd.id', dir).orderBy('d.id', 'desc'));
}

export async function allDisposalRows(db: Conn, dialect: DialectName, schoolIds: number[], f: DisposalFilters): Promise<DisposalRow[]> {
  return withColumns(filtered(base(db, schoolIds), dialect, f)).orderBy('d.id', 'desc').limit(10_000).execute();
}

export async function findDisposalRow(db: Conn, schoolIds: number[], id: number): Promise<DisposalRow | undefined> {
  return withColumns(base(db, schoolIds).where('d.id', '=', id)).executeTakeFirst();
}

export async function disposalItemRows(db: Conn, schoolId: number, disposalId: number) {
  return db.selectFrom('asset_disposal_items as i')
    .innerJoin('assets as a', 'a.id', 'i.asset_id')
    .innerJoin('asset_categories as c', 'c.id', 'a.category_id')
    .select(['i.asset_id', 'i.original_value_fen', 'i.net_value_fen', 'i.previous_status', 'a.code', 'a.name', 'a.spec_model', 'a.acquired_on', 'a.status', 'a.version', 'c.name as category_name'])
    .where('i.school_id', '=', schoolId).where('i.disposal_id', '=', disposalId).orderBy('a.code').execute();
}
export type DisposalItemRow = Awaited<ReturnType<typeof disposalItemRows>>[number];

export async function disposalStepRows(db: Conn, schoolId: number, disposalId: number) {
  return db.selectFrom('asset_disposal_steps').selectAll().where('school_id', '=', schoolId).where('parent_id', '=', disposalId).orderBy('id').execute();
}
export type StepRow = Awaited<ReturnType<typeof disposalStepRows>>[number];

/** Another open request holding one of these cards (a card can be in one request at a time). */
export async function openDisposalOfCards(db: Conn, schoolId: number, assetIds: number[]): Promise<{ asset_id: number; disposal_id: number } | undefined> {
  return db.selectFrom('asset_disposal_items as i').innerJoin('asset_disposals as d', 'd.id', 'i.disposal_id')
    .select(['i.asset_id', 'i.disposal_id'])
    .where('i.school_id', '=', schoolId).where('i.asset_id', 'in', assetIds).where('d.status', 'in', ['in_approval', 'approved'])
    .executeTakeFirst();
}
