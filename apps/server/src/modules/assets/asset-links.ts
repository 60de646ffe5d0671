import type { Kysely } from 'kysely';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { invalidField } from '../../platform/http/errors.js';
import { type NewAssetEvent, addAssetEvents } from './asset-events.js';
import { assetError } from './assets.errors.js';

export type { NewAssetEvent };

export interface AssetForRepair { id: number; code: string; name: string; roomId: number | null; locationText: string | null; status: string }

/**
 * For other modules that point at a card (a 报修 from an asset label, later movements and stocktakes):
 * the card if it belongs to the school and is still on the books; 400 on `field` otherwise.
 */
export async function assetInSchoolOrThrow(tx: Tx, schoolId: number, assetId: number, field = 'assetId'): Promise<AssetForRepair> {
  const asset = await findAssetForRepair(tx, schoolId, assetId);
  if (!asset) throw invalidField(field, '「报修资产」不存在或已处置');
  return asset;
}

/** The card on the books of this school, or undefined (another school's, disposed, or no such card). */
export async function findAssetForRepair(db: Kysely<Database>, schoolId: number, assetId: number): Promise<AssetForRepair | undefined> {
  const asset = await schoolCard(db, schoolId, assetId);
  return asset && asset.status !== 'disposed' ? asset : undefined;
}

async function schoolCard(db: Kysely<Database>, schoolId: number, assetId: number): Promise<AssetForRepair | undefined> {
  const row = await db.selectFrom('assets').select(['id', 'code', 'name', 'room_id', 'location_text', 'status'])
    .where('id', '=', assetId).where('school_id', '=', schoolId).executeTakeFirst();
  return row ? { id: row.id, code: row.code, name: row.name, roomId: row.room_id, locationText: row.location_text, status: row.status } : undefined;
}

/**
 * Card statuses that take no new 报修, with the words a reporter sees: a card on its way to the scrap
 * heap gets no repair work (it would be money spent on something leaving the books), a disposed card
 * certainly not. The one place this rule lives: the repairs module, the scan actions and the card's
 * abilities all ask here.
 */
const REPAIR_BLOCKED: Readonly<Record<string, string>> = {
  pending_disposal: '该资产正在报废审批中，不能报修',
  disposed: '该资产已处置，不能报修',
};
export const REPAIR_BLOCKED_STATUSES: readonly string[] = Object.keys(REPAIR_BLOCKED);

/** Why a card in this status may not be reported for repair, or null when it may. */
export function repairBlockedReason(status: string): string | null {
  return REPAIR_BLOCKED[status] ?? null;
}

/**
 * For a new 报修 naming a card: the card of this school (400 on `field` when there is none), refused
 * with 409 naming its state when it is pending disposal or disposed.
 */
export async function repairableAssetOrThrow(db: Kysely<Database>, schoolId: number, assetId: number, field = 'assetId'): Promise<AssetForRepair> {
  const asset = await schoolCard(db, schoolId, assetId);
  if (!asset) throw invalidField(field, '「报修资产」不存在');
  assertRepairable(asset, field);
  return asset;
}

/** 409 naming the card and its state when it may not be reported for repair (see REPAIR_BLOCKED). */
export function assertRepairable(asset: Pick<AssetForRepair, 'code' | 'name' | 'status'>, field = 'assetId'): void {
  const blocked = repairBlockedReason(asset.status);
  if (blocked) throw assetError('ASSET_STATUS_LOCKED', `「${asset.name}（${asset.code}）」${blocked.replace(/^该资产/, '')}`, [{ field, message: blocked }]);
}

/** Puts another module's event on the card's timeline (履历), e.g. kind 'repair' with {requestId}. */
export async function recordAssetEvent(tx: Tx, schoolId: number, audit: AuditContext, assetId: number, kind: string, note: string | null, data: Record<string, unknown> | null): Promise<void> {
  await recordAssetEvents(tx, schoolId, audit, [{ assetId, kind, note, data }]);
}

/** The same for many cards in one statement (a generation run covering a school's air conditioners). */
export async function recordAssetEvents(tx: Tx, schoolId: number, audit: AuditContext, events: NewAssetEvent[]): Promise<void> {
  await addAssetEvents(tx, schoolId, audit, new Date().toISOString(), events);
}

export interface AssetChoice { id: number; code: string; name: string }

/**
 * What a 报修 form offers to pick from in a room: the cards there that may be repaired, by number. Anyone
 * who may report a fault sees these few names; the card itself stays behind asset permissions.
 */
export async function assetsInRoomForRepair(db: Kysely<Database>, schoolId: number, roomId: number, limit = 200): Promise<AssetChoice[]> {
  return db.selectFrom('assets').select(['id', 'code', 'name'])
    .where('school_id', '=', schoolId).where('room_id', '=', roomId).where('status', 'not in', [...REPAIR_BLOCKED_STATUSES])
    .orderBy('code').limit(limit).execute();
}
