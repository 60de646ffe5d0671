import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/audited-writes.js';

export interface NewAssetEvent { assetId: number; kind: string; note?: string | null; data?: Record<string, unknown> | null }

/** Appends to cards' timelines (履历) in the caller's transaction; entries are never edited. */
export async function addAssetEvents(tx: Tx, schoolId: number, audit: AuditContext, at: string, events: NewAssetEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insertInto('asset_events').values(events.map((e) => ({
    school_id: schoolId, asset_id: e.assetId, kind: e.kind, actor_id: audit.actorId, actor_name: audit.actorName,
    note: e.note ?? null, data: e.data ? JSON.stringify(e.data) : null, at,
  }))).execute();
}
