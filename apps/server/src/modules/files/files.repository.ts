import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate } from '../../platform/http/pagination.js';

type Reader = Kysely<Database>;

const FILE_COLUMNS = [
  'files.id', 'files.school_id', 'files.owner_type', 'files.owner_id', 'files.original_name', 'files.mime', 'files.size', 'files.sha256',
  'files.storage_key', 'files.thumb_key', 'files.width', 'files.height', 'files.created_by', 'files.created_at',
] as const;

export type FileRow = Awaited<ReturnType<typeof findFile>> & object;

export async function findFile(db: Reader, schoolIds: number[], id: number) {
  if (schoolIds.length === 0) return undefined;
  return db
    .selectFrom('files')
    .leftJoin('users', 'users.id', 'files.created_by')
    .select([...FILE_COLUMNS, 'users.name as created_by_name'])
    .where('files.id', '=', id)
    .where('files.school_id', 'in', schoolIds)
    .executeTakeFirst();
}

export async function listFilesOfOwner(db: Reader, schoolIds: number[], ownerType: string, ownerId: number, paging: Paging) {
  const base = db
    .selectFrom('files')
    .leftJoin('users', 'users.id', 'files.created_by')
    .where('files.school_id', 'in', schoolIds)
    .where('files.owner_type', '=', ownerType)
    .where('files.owner_id', '=', ownerId);
  return paginate(base, paging, (q) => q.select([...FILE_COLUMNS, 'users.name as created_by_name']).orderBy('files.id', 'asc'));
}

export interface NewFile {
  school_id: number;
  owner_type: string;
  owner_id: number;
  original_name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  thumb_key: string | null;
  width: number | null;
  height: number | null;
  created_by: number;
  created_at: string;
}

export async function insertFile(tx: Tx, values: NewFile) {
  return tx.insertInto('files').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function deleteFileRow(tx: Tx, schoolId: number, id: number): Promise<void> {
  await tx.deleteFrom('files').where('id', '=', id).where('school_id', '=', schoolId).execute();
}
