import { ADJUSTMENT_EFFECT_LABELS, ADJUSTMENT_KIND_LABELS, ADJUSTMENT_STATUS_LABELS, type AdjustmentKind, SCAN_CONDITION_LABELS } from './stocktakes.labels.js';
import type { AdjustmentRow } from './adjustments.repository.js';
import { roomLocation } from './stocktakes.presenter.js';
import type { AdjustmentDto, PhotoDto } from './stocktakes.schemas.js';

/** Before and after, in words, for the approver. */
export function adjustmentSides(r: AdjustmentRow): { from: string | null; to: string | null } {
  const from = roomLocation({ room_name: r.from_room, room_floor: r.from_floor, building_name: r.from_building });
  const to = roomLocation({ room_name: r.to_room, room_floor: r.to_floor, building_name: r.to_building });
  switch (r.kind as AdjustmentKind) {
    case 'missing': return { from: from ?? '未登记存放地点', to: '待处置（盘亏）' };
    case 'wrong_room': return { from: from ?? '未登记存放地点', to };
    case 'unexpected': return { from: from ?? '未登记存放地点', to: to ?? '（只记入履历）' };
    case 'wrong_custodian': return { from: r.from_custodian ?? '无', to: r.to_custodian };
    case 'damaged': return { from: '完好', to: SCAN_CONDITION_LABELS[r.condition ?? ''] ?? r.condition };
    case 'surplus': return { from: null, to: to ?? null };
    default: return { from, to };
  }
}

/** One proposal; a 盘盈 of several identical items (3 把椅子) is one proposal saying how many. */
export function presentAdjustment(r: AdjustmentRow, canDecide: boolean, photos: PhotoDto[]): AdjustmentDto {
  const kind = r.kind as AdjustmentKind;
  const sides = adjustmentSides(r);
  return {
    id: r.id, kind: r.kind, kindLabel: ADJUSTMENT_KIND_LABELS[kind] ?? r.kind, effectLabel: ADJUSTMENT_EFFECT_LABELS[kind] ?? '',
    assetId: r.asset_id, assetCode: r.asset_code ?? null, assetName: r.asset_name ?? null, extraName: r.extra_name ?? null,
    extraNote: r.extra_note ?? null, quantity: r.extra_quantity ?? 1,
    fromText: sides.from, toText: sides.to, condition: r.condition, valueFen: Number(r.value_fen),
    status: r.status, statusLabel: ADJUSTMENT_STATUS_LABELS[r.status] ?? r.status, decidedByName: r.decided_by_name ?? null,
    decidedAt: r.decided_at, decisionNote: r.decision_note, version: r.version, photos,
    abilities: { decide: canDecide && r.status === 'pending' },
  };
}
