import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import { containsInsensitive } from '../../platform/db/dialect-helpers.js';
import type { DialectName } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import { randomQrCode } from '../../platform/qr/qr-code-text.js';
import type { QrBatchListQuery, QrCodeListQuery } from './qr.schemas.js';

type Reader = Kysely<Database>;

export interface QrCodeRow {
  id: number;
  school_id: number;
  code: string;
  batch_id: number | null;
  target_type: string | null;
  target_id: number | null;
  linked_at: string | null;
  created_at: string;
  version: number;
}

const CODE_COLUMNS = [
  'qr_codes.id', 'qr_codes.school_id', 'qr_codes.code', 'qr_codes.batch_id', 'qr_codes.target_type', 'qr_codes.target_id',
  'qr_codes.linked_at', 'qr_codes.created_at', 'qr_codes.version',
] as const;

const CODE_SORT_COLUMNS = { code: 'qr_codes.code', linkedAt: 'qr_codes.linked_at', createdAt: 'qr_codes.id' } as const;

export async function listQrCodes(db: Reader, dialect: DialectName, schoolIds: number[], query: QrCodeListQuery, paging: Paging) {
  let base = db.selectFrom('qr_codes').leftJoin('qr_batches', 'qr_batches.id', 'qr_codes.batch_id').where('qr_codes.school_id', 'in', schoolIds);
  if (query.batchId !== undefined) base = base.where('qr_codes.batch_id', '=', query.batchId);
  if (query.linked !== undefined) base = base.where('qr_codes.target_id', query.linked ? 'is not' : 'is', null);
  if (query.targetType !== undefined) base = base.where('qr_codes.target_type', '=', query.targetType);
  const needle = query.q?.replace(/[\s-]/g, '');
  if (needle) base = base.where((eb) => containsInsensitive(dialect, eb.ref('qr_codes.code'), needle));
  const [key, direction] = parseSort(query.sort ?? '-createdAt', 'createdAt');
  return paginate(base, paging, (q) =>
    q.select([...CODE_COLUMNS, 'qr_batches.name as batch_name']).orderBy(CODE_SORT_COLUMNS[key], direction).orderBy('qr_codes.id', 'desc'),
  );
}

export async function findQrCode(db: Reader, schoolIds: number[], code: string): Promise<QrCodeRow | undefined> {
  if (schoolIds.length === 0) return undefined;
  return db.selectFrom('qr_codes').select(CODE_COLUMNS).where('code', '=', code).where('school_id', 'in', schoolIds).executeTakeFirst();
}

export async function findQrCodeWithBatch(db: Reader, schoolIds: number[], code: string) {
  if (schoolIds.length === 0) return undefined;
  return db
    .selectFrom('qr_codes')
    .leftJoin('qr_batches', 'qr_batches.id', 'qr_codes.batch_id')
    .select([...CODE_COLUMNS, 'qr_batches.name as batch_name'])
    .where('qr_codes.code', '=', code)
    .where('qr_codes.school_id', 'in', schoolIds)
    .executeTakeFirst();
}

/**
 * The one lookup by code alone: the phone landing page is public, and knowing the random code
 * (it is printed on the door) is what entitles a visitor to the label's public face.
 */
export async function findQrCodeForLanding(db: Reader, code: string) {
  return db
    .selectFrom('qr_codes')
    .innerJoin('schools', 'schools.id', 'qr_codes.school_id')
    .select([...CODE_COLUMNS, 'schools.name as school_name'])
    .where('qr_codes.code', '=', code)
    .executeTakeFirst();
}

export async function findCodeOfTarget(db: Reader, schoolId: number, type: string, id: number): Promise<QrCodeRow | undefined> {
  return db
    .selectFrom('qr_codes')
    .select(CODE_COLUMNS)
    .where('school_id', '=', schoolId)
    .where('target_type', '=', type)
    .where('target_id', '=', id)
    .executeTakeFirst();
}

export async function codesOfTargets(db: Reader, schoolId: number, type: string, ids: number[]): Promise<Map<number, QrCodeRow>> {
  const out = new Map<number, QrCodeRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('qr_codes')
      .select(CODE_COLUMNS)
      .where('school_id', '=', schoolId)
      .where('target_type', '=', type)
      .where('target_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.target_id !== null) out.set(r.target_id, r);
  }
  return out;
}

export async function codesOfBatch(db: Reader, schoolId: number, batchId: number): Promise<QrCodeRow[]> {
  return db.selectFrom('qr_codes').select(CODE_COLUMNS).where('school_id', '=', schoolId).where('batch_id', '=', batchId).orderBy('id').execute();
}

/**
 * `count` codes not yet used anywhere in the installation. A clash among ~2^49 values is
 * vanishingly rare, but the loop makes it impossible rather than unlikely.
 */
export async function freshQrCodes(tx: Tx, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates: string[] = [];
    while (candidates.length < count - chosen.size) {
      const c = randomQrCode();
      if (!chosen.has(c) && !candidates.includes(c)) candidates.push(c);
    }
    const taken = new Set<string>();
    for (let i = 0; i < candidates.length; i += 500) {
      const rows = await tx.selectFrom('qr_codes').select('code').where('code', 'in', candidates.slice(i, i + 500)).execute();
      for (const r of rows) taken.add(r.code);
    }
    for (const c of candidates) if (!taken.has(c)) chosen.add(c);
  }
  return [...chosen];
}

export interface NewQrCode { school_id: number; code: string; batch_id: number | null; target_type: string | null; target_id: number | null; linked_at: string | null }

export async function insertQrCodes(tx: Tx, rows: NewQrCode[], now: string): Promise<QrCodeRow[]> {
  const out: QrCodeRow[] = [];
  // 200 rows × 8 columns stays far below PostgreSQL's bind-parameter limit.
  for (let i = 0; i < rows.length; i += 200) {
    const inserted = await tx
      .insertInto('qr_codes')
      .values(rows.slice(i, i + 200).map((r) => ({ ...r, created_at: now, updated_at: now })))
      .returning(['id', 'school_id', 'code', 'batch_id', 'target_type', 'target_id', 'linked_at', 'created_at', 'version'])
      .execute();
    out.push(...inserted);
  }
  return out;
}

const BATCH_SORT_COLUMNS = { createdAt: 'qr_batches.id', name: 'qr_batches.name' } as const;

export async function listQrBatches(db: Reader, schoolIds: number[], query: QrBatchListQuery & { id?: number }, paging: Paging) {
  let base = db.selectFrom('qr_batches').leftJoin('users', 'users.id', 'qr_batches.created_by').where('qr_batches.school_id', 'in', schoolIds);
  if (query.id !== undefined) base = base.where('qr_batches.id', '=', query.id);
  const [key, direction] = parseSort(query.sort ?? '-createdAt', 'createdAt');
  return paginate(base, paging, (q) =>
    q
      .select((eb) => [
        'qr_batches.id', 'qr_batches.school_id', 'qr_batches.name', 'qr_batches.size', 'qr_batches.created_at', 'users.name as created_by_name',
        eb
          .selectFrom('qr_codes')
          .select((c) => c.fn.countAll<number>().as('n'))
          .whereRef('qr_codes.batch_id', '=', 'qr_batches.id')
          .where('qr_codes.target_id', 'is not', null)
          .as('linked_count'),
      ])
      .orderBy(BATCH_SORT_COLUMNS[key], direction)
      .orderBy('qr_batches.id', 'desc'),
  );
}

export async function findQrBatch(db: Reader, schoolIds: number[], id: number) {
  if (schoolIds.length === 0) return undefined;
  return db.selectFrom('qr_batches').selectAll().where('id', '=', id).where('school_id', 'in', schoolIds).executeTakeFirst();
}

export async function schoolNameOf(db: Reader, schoolId: number): Promise<string> {
  const row = await db.selectFrom('schools').select('name').where('id', '=', schoolId).executeTakeFirst();
  return row?.name ?? '';
}
