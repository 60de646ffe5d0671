import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { floorLabel } from '../../qr/targets/room-qr-target.js';
import { CHECK_STATUS_LABELS, ROUND_STATUS_LABELS } from './room-checks.labels.js';
import type { CheckRoomRow, RoundProgress, RoundRow } from './room-checks.repository.js';
import type { CheckRoomDto, RoundDto } from './room-checks.schemas.js';

const EMPTY: RoundProgress = { roomsTotal: 0, roomsDone: 0, expected: 0, missing: 0, damaged: 0, extra: 0 };

export function buildingIdsOf(row: Pick<RoundRow, 'building_ids'>): number[] {
  return row.building_ids ? (JSON.parse(row.building_ids) as number[]) : [];
}

export function presentRound(actor: Actor, row: RoundRow, progress: RoundProgress | undefined, buildings: ReadonlyMap<number, string>): RoundDto {
  const p = progress ?? EMPTY;
  return {
    id: row.id, name: row.name, termId: row.term_id, termName: row.term_name ?? null, dueDate: row.due_date,
    status: row.status, statusLabel: ROUND_STATUS_LABELS[row.status] ?? row.status,
    buildingNames: buildingIdsOf(row).map((id) => buildings.get(id) ?? `楼栋 ${id}`),
    roomsTotal: p.roomsTotal, roomsDone: p.roomsDone, expectedCount: p.expected, missingCount: p.missing, damagedCount: p.damaged, extraCount: p.extra,
    createdAt: row.created_at, createdByName: row.created_by_name ?? null, version: row.version,
    abilities: { close: row.status === 'open' && actor.schoolId === row.school_id && hasPermission(actor, 'asset', 'update') },
  };
}

export function presentCheckRoom(row: CheckRoomRow, responsible: readonly string[]): CheckRoomDto {
  const location = [row.building_name, floorLabel(row.room_floor), row.room_name].filter((p): p is string => !!p).join(' ');
  return {
    id: row.id, roundId: row.round_id, roundName: row.round_name, dueDate: row.due_date, roundStatus: row.round_status,
    roomId: row.room_id, roomName: row.room_name, location, responsibleNames: [...responsible],
    expectedCount: row.expected_count, status: row.status, statusLabel: CHECK_STATUS_LABELS[row.status] ?? row.status,
    presentCount: row.present_count, missingCount: row.missing_count, damagedCount: row.damaged_count, extraCount: row.extra_count,
    submittedAt: row.submitted_at, submittedByName: row.submitted_by_name ?? null, version: row.version,
  };
}
