import type { AuditContext } from '../../../../platform/audit/audit.js';
import { type Tx, updateAudited } from '../../../../platform/db/audited-writes.js';
import { type NewAssetEvent, recordAssetEvents } from '../../asset-links.js';

export interface CardMove { id: number; version: number; patch: Record<string, unknown> }

/**
 * Moves cards to a new status (or off the books) in the caller's transaction: each update checks
 * the card's version, so a card someone else changed meanwhile fails the whole request with 409
 * and nothing is half-moved; then every card gets the same timeline entry.
 */
export async function moveCards(tx: Tx, audit: AuditContext, schoolId: number, moves: CardMove[], event: Omit<NewAssetEvent, 'assetId'>): Promise<void> {
  for (const m of moves) {
    await updateAudited(tx, audit, { table: 'assets', entity: 'asset', label: '资产卡片', id: m.id, schoolIds: [schoolId], version: m.version, patch: m.patch });
  }
  await recordAssetEvents(tx, schoolId, audit, moves.map((m) => ({ ...event, assetId: m.id })));
}
