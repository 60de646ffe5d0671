import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { floorLabel } from '../../qr/targets/room-qr-target.js';
import { type ScopeKind, SCAN_CONDITION_LABELS, SCOPE_KIND_LABELS, STOCKTAKE_STATUS_LABELS } from './stocktakes.labels.js';
import { mayDecide, mayScan, runsStocktake } from './stocktakes.policy.js';
import type { StocktakeRow, StocktakeTallies } from './stocktakes.repository.js';
import type { ScanRow } from './scans.repository.js';
import type { PhotoDto, StocktakeDto } from './stocktakes.schemas.js';

const NO_TALLIES: StocktakeTallies = { scanned: 0, unexpected: 0, extras: 0, pending: 0 };

/** "教学楼 2层 三年级1班教室", or null when there is no room. */
export function roomLocation(r: { room_name: string | null; room_floor?: number | null; building_name?: string | null }): string | null {
  if (!r.room_name) return null;
  return [r.building_name ?? null, floorLabel(r.room_floor ?? null), r.room_name].filter((p): p is string => !!p).join(' ');
}

export function scopeIdsOf(row: Pick<StocktakeRow, 'scope_ids'>): number[] {
  return row.scope_ids ? (JSON.parse(row.scope_ids) as number[]) : [];
}

export interface StocktakeExtras { tallies?: StocktakeTallies | undefined; counters: { userId: number; name: string }[]; scopeNames: ReadonlyMap<number, string> }

export function presentStocktake(actor: Actor, row: StocktakeRow, x: StocktakeExtras): StocktakeDto {
  const t = x.tallies ?? NO_TALLIES;
  const isCounter = x.counters.some((c) => c.userId === actor.userId);
  const runs = runsStocktake(actor, row);
  const kind = row.scope_kind as ScopeKind;
  return {
    id: row.id, schoolId: row.school_id, name: row.name, scopeKind: row.scope_kind, scopeKindLabel: SCOPE_KIND_LABELS[kind] ?? row.scope_kind,
    scopeNames: kind === 'school' ? ['全校'] : scopeIdsOf(row).map((id) => x.scopeNames.get(id) ?? `#${id}`),
    status: row.status, statusLabel: STOCKTAKE_STATUS_LABELS[row.status] ?? row.status,
    expectedCount: row.expected_count, expectedValueFen: Number(row.expected_value_fen),
    scannedCount: t.scanned, unexpectedCount: t.unexpected, extraCount: t.extras, pendingAdjustments: t.pending,
    counters: x.counters, note: row.note, createdAt: row.created_at, createdByName: row.created_by_name ?? null,
    finishedAt: row.finished_at, reconciledAt: row.reconciled_at, closedAt: row.closed_at, version: row.version,
    abilities: {
      scan: mayScan(actor, row, isCounter),
      finish: runs && row.status === 'counting',
      reconcile: runs && row.status === 'reconciling' && row.reconciled_at === null,
      decide: mayDecide(actor, row) && t.pending > 0,
      close: runs && row.status === 'reconciling' && row.reconciled_at !== null && t.pending === 0,
      export: hasPermission(actor, 'asset_stocktake', 'export') || hasPermission(actor, 'asset_stocktake', 'create'),
    },
  };
}

export function presentScan(actor: Actor, row: ScanRow, stocktake: Pick<StocktakeRow, 'status'> & { runs: boolean; editable: boolean }, photos: PhotoDto[]) {
  const wrongRoom = row.in_scope === 1 && row.room_id !== null && row.room_id !== row.expected_room_id;
  return {
    id: row.id, assetId: row.asset_id, code: row.code, name: row.name, roomId: row.room_id, roomName: row.room_name ?? null,
    condition: row.condition, conditionLabel: SCAN_CONDITION_LABELS[row.condition] ?? row.condition, inScope: row.in_scope === 1, wrongRoom,
    note: row.note, method: row.method, scannedByName: row.scanned_by_name, scannedAt: row.scanned_at, photos,
    abilities: { delete: stocktake.status === 'counting' && (stocktake.runs || row.scanned_by === actor.userId), photo: stocktake.editable },
  };
}
