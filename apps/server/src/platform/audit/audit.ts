import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/dialect-helpers.js';

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

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
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
    })
    .execute();
}
