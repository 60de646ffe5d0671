import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditEventTable, Database } from '../db/schema.js';
import { nowIso } from '../db/dialect-helpers.js';
import { insertRows } from '../db/query-template.js';

/** Who did it, carried into every audited write. */
export interface AuditContext {
  actorId: number | null;
  actorName: string;
  schoolId: number | null;
  ip: string | null;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'login_failed' | 'logout' | 'password_change' | 'password_reset' | string;

export interface AuditEntry {
  entity: string;
  entityId: string | number;
  action: AuditAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Overrides the context's school (e.g. setup creates the school it belongs to). */
  schoolId?: number | null;
}

// Never copy secrets into the append-only trail.
const SECRET_FIELDS = new Set(['password_hash', 'csrf_token']);

function clean(row: Record<string, unknown> | null | undefined): string | null {
  if (!row) return null;
  // Most rows have no secret: they are written as they are, without a copy (every write is audited).
  if (!Object.keys(row).some((k) => SECRET_FIELDS.has(k))) return JSON.stringify(row);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!SECRET_FIELDS.has(k)) out[k] = v;
  return JSON.stringify(out);
}

/** The fields that changed, as {before, after} halves, ignoring bookkeeping columns. */
export function diffRows(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updated_at' || key === 'version') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

type AuditRow = Insertable<AuditEventTable>;

/** Audit rows of transactions opened by runInTransaction, written in one statement before commit. */
const deferred = new WeakMap<object, AuditRow[]>();
/** Rows per INSERT when flushing: SQLite allows 32,766 bound values, ten per row. */
const FLUSH_CHUNK = 500;

/** From now until `flushDeferredAudits`, audit events recorded on `tx` wait in memory. */
export function deferAudits(tx: Transaction<Database>): void {
  deferred.set(tx, []);
}

/**
 * Writes the waiting audit events of `tx` (in the order recorded) in as few statements as
 * possible. Must run before the transaction commits, so the change and its trail commit together.
 */
export async function flushDeferredAudits(tx: Transaction<Database>): Promise<void> {
  const rows = deferred.get(tx);
  deferred.delete(tx);
  if (!rows) return;
  for (let i = 0; i < rows.length; i += FLUSH_CHUNK) await insertRows(tx, 'audit_events', rows.slice(i, i + FLUSH_CHUNK));
}

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  const row: AuditRow = {
    school_id: entry.schoolId === undefined ? ctx.schoolId : entry.schoolId,
    actor_id: ctx.actorId,
    actor_name: ctx.actorName,
    at: nowIso(),
    entity: entry.entity,
    entity_id: String(entry.entityId),
    action: entry.action,
    before: clean(entry.before),
    after: clean(entry.after),
    ip: ctx.ip,
  };
  const waiting = deferred.get(db);
  if (!waiting) {
    await insertRows(db, 'audit_events', [row]);
    return;
  }
  waiting.push(row);
  // A bulk write (a 50,000-row ledger import) must not hold every event in memory until commit.
  if (waiting.length >= FLUSH_CHUNK) await insertRows(db, 'audit_events', waiting.splice(0));
}
