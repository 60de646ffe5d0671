import type { Kysely } from 'kysely';
import { recordAudit } from '../../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField, notFound } from '../../../../platform/http/errors.js';
import { normalizeQrCode } from '../../../../platform/qr/qr-code-text.js';
import { addAssetEvents } from '../../asset-events.js';
import { type CardRow, findCard, findLabel, findRoom, scanOf, scannedInScope, snapshotItem } from '../scans.repository.js';
import { stocktakeError } from '../stocktakes.errors.js';
import { SCAN_CONDITION_LABELS, SCAN_OUTCOME_LABELS, type ScanOutcome } from '../stocktakes.labels.js';
import { roomLocation } from '../stocktakes.presenter.js';
import type { StocktakeRow } from '../stocktakes.repository.js';
import type { ScanBody, ScanResult } from '../stocktakes.schemas.js';
import { ownStocktakeOrThrow, requireCountingScanner } from './own-stocktake.js';

/** A label encodes "<base>/q/<code>"; a person may also type the bare code. */
export function codeFromScan(text: string): string | undefined {
  const trimmed = text.trim();
  const m = /\/q\/([^/?#\s]+)/.exec(trimmed);
  return normalizeQrCode(m?.[1] ?? trimmed);
}

type Target = { kind: 'asset'; card: CardRow; method: 'camera' | 'manual' } | { kind: 'room'; room: { id: number; name: string } };

async function resolveTarget(tx: Tx, schoolId: number, body: ScanBody): Promise<Target> {
  if ((body.code === undefined) === (body.assetId === undefined)) throw invalidField('code', '请扫描标签（标签码）或从搜索结果中选择一件资产（二者选其一）');
  let assetId = body.assetId;
  if (body.code !== undefined) {
    const code = codeFromScan(body.code);
    const label = code ? await findLabel(tx, code) : undefined;
    if (!label) throw stocktakeError('STOCKTAKE_UNKNOWN_CODE', '未知码：这不是本系统打印的标签');
    if (label.school_id !== schoolId) throw stocktakeError('STOCKTAKE_OTHER_SCHOOL', '这是其他学校的标签，不计入本次盘点');
    if (label.target_type === 'room' && label.target_id !== null) {
      const room = await findRoom(tx, schoolId, label.target_id);
      if (room) return { kind: 'room', room: { id: room.id, name: roomLocation({ room_name: room.name, room_floor: room.floor, building_name: room.building_name }) ?? room.name } };
    }
    if (label.target_type !== 'asset' || label.target_id === null) throw stocktakeError('STOCKTAKE_UNKNOWN_CODE', '这个标签没有绑定资产卡片');
    assetId = label.target_id;
  }
  const card = assetId === undefined ? undefined : await findCard(tx, schoolId, assetId);
  if (!card) throw notFound('资产');
  if (card.status === 'disposed') throw stocktakeError('STOCKTAKE_ASSET_LOCKED', `「${card.name}（${card.code}）」已处置，不在账上`);
  return { kind: 'asset', card, method: body.code !== undefined ? 'camera' : 'manual' };
}

async function checkRefs(tx: Tx, schoolId: number, body: ScanBody) {
  const room = body.roomId === undefined ? undefined : await findRoom(tx, schoolId, body.roomId);
  if (body.roomId !== undefined && !room) throw invalidField('roomId', '「所在房间」不存在');
  if (body.custodianId !== undefined) {
    const user = await tx.selectFrom('users').select('id').where('school_id', '=', schoolId).where('id', '=', body.custodianId).executeTakeFirst();
    if (!user) throw invalidField('custodianId', '「使用人」不是本校账号');
  }
  return room;
}

function outcomeMessage(outcome: ScanOutcome, card: CardRow, expected: string | null, firstBy: string | null): string {
  const name = `${card.name}（${card.code}）`;
  if (outcome === 'duplicate') return `${name} 已由 ${firstBy ?? '他人'} 盘点过，不重复计数`;
  if (outcome === 'wrong_room') return `${name} 已盘，但账上的存放地点是「${expected ?? '未登记'}」`;
  if (outcome === 'out_of_scope') return `${name} 不在本次盘点范围内，已记为盘盈待核对`;
  return `${name} 已盘`;
}

/**
 * Records one card seen during the count. Concurrent scans of the same card by two counters
 * insert at most one row (unique stocktake + card, ON CONFLICT DO NOTHING): the second is told
 * 重复. A card from another school or an unknown label is refused, never counted.
 */
export async function scanAsset(db: Kysely<Database>, actor: Actor, stocktakeId: number, body: ScanBody): Promise<ScanResult> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    const row = await ownStocktakeOrThrow(tx, actor, stocktakeId);
    await requireCountingScanner(tx, actor, row, '不能再扫码');
    const target = await resolveTarget(tx, schoolId, body);
    const counts = async () => ({ scannedCount: await scannedInScope(tx, schoolId, row.id), expectedCount: row.expected_count });
    if (target.kind === 'room') {
      return {
        outcome: 'room', outcomeLabel: SCAN_OUTCOME_LABELS.room, message: `你现在在「${target.room.name}」`, asset: null, room: target.room,
        scanId: null, firstScannedByName: null, ...(await counts()),
      };
    }
    const room = await checkRefs(tx, schoolId, body);
    return recordScan(tx, actor, row, target.card, target.method, body, room ? room.id : null).then(async (r) => ({ ...r, ...(await counts()) }));
  });
}

async function recordScan(tx: Tx, actor: Actor, row: StocktakeRow, card: CardRow, method: string, body: ScanBody, roomId: number | null) {
  const schoolId = row.school_id;
  const item = await snapshotItem(tx, schoolId, row.id, card.id);
  const expected = item ? roomLocation(item) : null;
  const now = nowIso();
  const condition = body.condition ?? 'good';
  const inserted = await tx.insertInto('asset_stocktake_scans').values({
    school_id: schoolId, stocktake_id: row.id, asset_id: card.id, in_scope: item ? 1 : 0, room_id: roomId, custodian_id: body.custodianId ?? null,
    condition, note: body.note?.trim() || null, method, scanned_by: actor.userId, scanned_at: now,
  }).onConflict((oc) => oc.columns(['stocktake_id', 'asset_id']).doNothing()).returningAll().executeTakeFirst();
  const asset = { id: card.id, code: card.code, name: card.name, location: roomLocation(card) ?? card.location_text ?? '', expectedLocation: expected };
  if (!inserted) {
    const first = await scanOf(tx, schoolId, row.id, card.id);
    const by = first?.scanned_by === actor.userId ? '你' : first?.scanned_by_name ?? null;
    return { outcome: 'duplicate', outcomeLabel: SCAN_OUTCOME_LABELS.duplicate, message: outcomeMessage('duplicate', card, expected, by), asset, room: null, scanId: first?.id ?? null, firstScannedByName: first?.scanned_by_name ?? null };
  }
  const ctx = auditContextOf(actor);
  await recordAudit(tx, ctx, { entity: 'asset_stocktake_scan', entityId: inserted.id, action: 'create', after: { ...inserted }, schoolId });
  const outcome: ScanOutcome = !item ? 'out_of_scope' : roomId !== null && roomId !== item.expected_room_id ? 'wrong_room' : 'counted';
  await addAssetEvents(tx, schoolId, ctx, now, [{
    assetId: card.id, kind: 'stocktake',
    note: `${row.name}：${SCAN_OUTCOME_LABELS[outcome]}，${SCAN_CONDITION_LABELS[condition] ?? condition}${body.note?.trim() ? `（${body.note.trim()}）` : ''}`,
    data: { stocktakeId: row.id, scanId: inserted.id, roomId, outcome },
  }]);
  return { outcome, outcomeLabel: SCAN_OUTCOME_LABELS[outcome], message: outcomeMessage(outcome, card, expected, null), asset, room: null, scanId: inserted.id, firstScannedByName: null };
}
