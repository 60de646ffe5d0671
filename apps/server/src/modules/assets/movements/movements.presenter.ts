import type { Actor } from '../../../platform/authz/actor.js';
import { floorLabel } from '../../qr/targets/room-qr-target.js';
import { ACCOUNTING_CLASS_LABELS, ASSET_STATUS_LABELS, labelOf } from '../assets.labels.js';
import { locationOf } from '../assets.presenter.js';
import { EXTENSION_REQUEST_STATUS_LABELS, RETURN_CONDITION_LABELS, STEP_LABELS, labelOfKind, movementStatusLabel } from './movements.labels.js';
import { movementAbilities } from './movements.policy.js';
import type { LineRow, MovementRow, extensionRequestsOf, extensionsOf, stepsOf } from './movements.repository.js';
import type { ExtensionRequestDto, LoanExtensionDto, MovementDto, MovementLineDto, MovementStepDto } from './movements.schemas.js';

type StepRow = Awaited<ReturnType<typeof stepsOf>>[number];
type ExtensionRow = Awaited<ReturnType<typeof extensionsOf>>[number];
type ExtensionRequestRow = Awaited<ReturnType<typeof extensionRequestsOf>>[number];

/** What the reader needs to know to present documents: today's date and the rooms they answer for. */
export interface PresentContext { today: string; myRoomIds: ReadonlySet<number> }

export function toRoomText(r: Pick<MovementRow, 'to_room_name' | 'to_room_floor' | 'to_building_name'>): string | null {
  if (!r.to_room_name) return null;
  return [r.to_building_name, floorLabel(r.to_room_floor), r.to_room_name].filter((p): p is string => !!p).join(' ');
}

export function receiverIsMe(actor: Actor, r: Pick<MovementRow, 'to_custodian_id' | 'to_room_id'>, myRoomIds: ReadonlySet<number>): boolean {
  if (r.to_custodian_id !== null) return r.to_custodian_id === actor.userId;
  return r.to_room_id !== null && myRoomIds.has(r.to_room_id);
}

export function presentMovement(actor: Actor, r: MovementRow, lines: { count: number; summary: string } | undefined, ctx: PresentContext): MovementDto {
  const room = toRoomText(r);
  const toText = [r.to_custodian_name, r.to_department_name, room].filter((p): p is string => !!p).join(' · ');
  return {
    id: r.id, schoolId: r.school_id, code: r.code, kind: r.kind, kindLabel: labelOfKind(r.kind),
    status: r.status, statusLabel: movementStatusLabel(r.kind, r.status),
    requesterId: r.requester_id, requesterName: r.requester_name,
    toCustodianId: r.to_custodian_id, toCustodianName: r.to_custodian_name, toDepartmentId: r.to_department_id, toDepartmentName: r.to_department_name,
    toRoomId: r.to_room_id, toRoomName: room,
    toText: toText || (r.kind === 'store_return' ? '库房' : ''),
    reason: r.reason, expectedDate: r.expected_date, dueDate: r.due_date,
    overdue: r.status === 'lent' && r.due_date !== null && r.due_date < ctx.today,
    needsApproval: r.needs_approval === 1,
    assetCount: lines?.count ?? 0, assetSummary: lines?.summary ?? '',
    extensionRequested: r.pending_request_id !== null,
    submittedAt: r.submitted_at, closedAt: r.closed_at, createdAt: r.created_at, updatedAt: r.updated_at, version: r.version,
    abilities: movementAbilities(actor, r, { receiverIsMe: receiverIsMe(actor, r, ctx.myRoomIds) }),
  };
}

export function presentLine(l: LineRow): MovementLineDto {
  return {
    id: l.id, assetId: l.asset_id, code: l.code, name: l.name, specModel: l.spec_model,
    accountingClassLabel: labelOf(ACCOUNTING_CLASS_LABELS, l.accounting_class) ?? '', originalValueFen: l.original_value_fen,
    fromText: l.from_text, fromStatusLabel: labelOf(ASSET_STATUS_LABELS, l.from_status) ?? l.from_status,
    statusLabel: labelOf(ASSET_STATUS_LABELS, l.status) ?? l.status, location: locationOf(l), custodianName: l.custodian_name,
    returnCondition: l.return_condition, returnConditionLabel: labelOf(RETURN_CONDITION_LABELS, l.return_condition), returnNote: l.return_note,
  };
}

export function presentExtension(e: ExtensionRow): LoanExtensionDto {
  return { id: e.id, fromDate: e.from_date, toDate: e.to_date, reason: e.reason, actorName: e.actor_name, at: e.at };
}

export function presentExtensionRequest(x: ExtensionRequestRow): ExtensionRequestDto {
  return {
    id: x.id, fromDate: x.from_date, toDate: x.to_date, reason: x.reason, status: x.status,
    statusLabel: EXTENSION_REQUEST_STATUS_LABELS[x.status] ?? x.status, requesterName: x.requester_name, createdAt: x.created_at,
    decidedByName: x.decided_by_name, decidedAt: x.decided_at, decisionNote: x.decision_note,
  };
}

export function presentStep(s: StepRow): MovementStepDto {
  return { id: s.id, action: s.action, actionLabel: STEP_LABELS[s.action] ?? s.action, actorName: s.actor_name, note: s.note, at: s.at };
}
