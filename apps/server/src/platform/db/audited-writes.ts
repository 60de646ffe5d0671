import type { Kysely, Transaction } from 'kysely';
import { type AuditContext, deferAudits, diffRows, flushDeferredAudits, recordAudit } from '../audit/audit.js';
import { notFound, staleVersion } from '../http/errors.js';
import type { Database, TableName } from './schema.js';
import { nowIso } from './dialect-helpers.js';
import { insertRows, loose } from './query-template.js';
import { groupCommitOf } from './sqlite-group-commit.js';

export type Tx = Transaction<Database>;
export type Row = Record<string, unknown> & { id: number };


export interface ScopedTarget {
  table: TableName;
  /** Audit entity name, e.g. "room". */
  entity: string;
  /** Chinese noun for messages, e.g. "房间". */
  label: string;
  id: number;
  /** Schools the actor may touch; the row must belong to one of them. */
  schoolIds: number[];
  /** Column holding the school id ("id" for the schools table itself). */
  schoolColumn?: string;
}

/**
 * Runs `fn` in a transaction and answers once its changes are committed. On SQLite, transactions
 * that queue for the connection share one commit (sqlite-group-commit.ts); this waits for it.
 * Audit events recorded on the transaction are held and written in one statement before commit.
 */
export async function runInTransaction<T>(db: Kysely<Database>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const groupCommit = groupCommitOf(db);
  let durable: Promise<void> = Promise.resolve();
  const result = await db.transaction().execute(async (tx) => {
    // The change's audit events are written together, in one statement, just before commit.
    deferAudits(tx);
    const value = await fn(tx);
    await flushDeferredAudits(tx);
    if (groupCommit) durable = groupCommit.durable();
    return value;
  });
  await durable;
  return result;
}

export async function findScopedRow(tx: Kysely<Database> | Tx, target: ScopedTarget): Promise<Row | undefined> {
  if (target.schoolIds.length === 0) return undefined;
  const row = await loose(tx)
    .selectFrom(target.table)
    .selectAll()
    .where('id', '=', target.id)
    .where(target.schoolColumn ?? 'school_id', 'in', target.schoolIds)
    .executeTakeFirst();
  return row as Row | undefined;
}

/** Inserts a row with timestamps and writes its "create" audit event in the same transaction. */
export async function insertAudited(tx: Tx, ctx: AuditContext, table: TableName, entity: string, values: Record<string, unknown>): Promise<Row> {
  const now = nowIso();
  // why: the table is chosen at run time, so its row type is not known here (see loose() in query-template.ts).
  const [inserted] = await insertRows(tx, table, [{ ...values, created_at: now, updated_at: now } as never], { returningAll: true });
  if (!inserted) throw new Error(`insert into ${table} returned no row`);
  const row = inserted as Row;
  await recordAudit(tx, ctx, { entity, entityId: row.id, action: 'create', after: row, schoolId: schoolOf(row, ctx) });
  return row;
}

function schoolOf(row: Row, ctx: AuditContext): number | null {
  return typeof row.school_id === 'number' ? row.school_id : ctx.schoolId;
}

/**
 * Optimistic update: applies `patch` only if the row is in scope and still at `version`.
 * Out of scope → 404; someone else saved first → 409. Audits the changed fields.
 */
export async function updateAudited(
  tx: Tx,
  ctx: AuditContext,
  target: ScopedTarget & { version: number; patch: Record<string, unknown>; action?: string },
): Promise<Row> {
  const before = await findScopedRow(tx, target);
  if (!before) throw notFound(target.label);
  if (before.version !== target.version) throw staleVersion(target.label);
  const after = (await loose(tx)
    .updateTable(target.table)
    .set({ ...target.patch, updated_at: nowIso(), version: target.version + 1 })
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .returningAll()
    .executeTakeFirst()) as Row | undefined;
  if (!after) throw staleVersion(target.label);
  const changed = diffRows(before, after);
  await recordAudit(tx, ctx, {
    entity: target.entity, entityId: target.id, action: target.action ?? 'update', ...changed, schoolId: schoolOf(before, ctx),
  });
  return after;
}

/** Deletes a scoped row at the given version and audits what it held. */
export async function deleteAudited(tx: Tx, ctx: AuditContext, target: ScopedTarget & { version?: number }): Promise<Row> {
  const before = await findScopedRow(tx, target);
  if (!before) throw notFound(target.label);
  if (target.version !== undefined && before.version !== target.version) throw staleVersion(target.label);
  await loose(tx).deleteFrom(target.table).where('id', '=', target.id).execute();
  await recordAudit(tx, ctx, { entity: target.entity, entityId: target.id, action: 'delete', before, schoolId: schoolOf(before, ctx) });
  return before;
}
