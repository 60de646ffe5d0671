import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { repairBlockedReason } from '../asset-links.js';
import { labelIn } from '../disposals/disposals.labels.js';
import { BASIS_KIND_LABELS, DAMAGE_ACTION_LABELS, DAMAGE_CAUSE_LABELS, DAMAGE_STATUS_LABELS, PARTY_TYPE_LABELS } from './damages.labels.js';
import type { DamageRow, damageStepRows } from './damages.repository.js';
import type { DamageDetail, DamageDto, DamageRepairDto } from './damages.schemas.js';
import { mayTakeDamageAction } from './damages.state.js';

function partyText(r: DamageRow): string {
  if (r.party_type === 'user') return r.party_user_name ?? '';
  if (r.party_type === 'unknown') return '不明';
  return [r.party_name, r.party_class ? `（${r.party_class}）` : ''].join('');
}

export function presentDamage(actor: Actor, r: DamageRow): DamageDto {
  const own = actor.schoolId === r.school_id;
  const edit = own && hasPermission(actor, 'asset_damage', 'update');
  const approve = own && hasPermission(actor, 'asset_damage', 'approve');
  return {
    id: r.id, schoolId: r.school_id, schoolName: r.school_name, assetId: r.asset_id, assetCode: r.asset_code, assetName: r.asset_name,
    netValueFen: r.original_value_fen - r.accumulated_depreciation_fen, occurredOn: r.occurred_on, cause: r.cause,
    causeLabel: labelIn(DAMAGE_CAUSE_LABELS, r.cause), description: r.description,
    partyType: r.party_type, partyTypeLabel: labelIn(PARTY_TYPE_LABELS, r.party_type), partyUserId: r.party_user_id, partyName: r.party_name,
    partyClass: r.party_class, partyText: partyText(r),
    workOrderId: r.work_order_id, workOrderStatus: r.work_order_status ?? null, workOrderCostFen: r.work_order_cost_fen ?? null,
    status: r.status, statusLabel: labelIn(DAMAGE_STATUS_LABELS, r.status), basisKind: r.basis_kind,
    basisLabel: r.basis_kind ? labelIn(BASIS_KIND_LABELS, r.basis_kind) : null, basisFen: r.basis_fen, ratioPct: r.ratio_pct,
    proposedFen: r.proposed_fen, proposedBasis: r.proposed_basis, approvedFen: r.approved_fen, decisionReason: r.decision_reason,
    decidedByName: r.decided_by_name ?? null, decidedAt: r.decided_at, paidFen: r.paid_fen, paidOn: r.paid_on, receiptNo: r.receipt_no,
    collectedBy: r.collected_by, cancelReason: r.cancel_reason, createdAt: r.created_at, createdByName: r.created_by_name ?? null, version: r.version,
    abilities: {
      propose: edit && mayTakeDamageAction(r.status, 'propose'),
      approve: approve && mayTakeDamageAction(r.status, 'approve'),
      waive: approve && mayTakeDamageAction(r.status, 'waive'),
      pay: edit && mayTakeDamageAction(r.status, 'pay'),
      cancel: edit && mayTakeDamageAction(r.status, 'cancel'),
      linkWorkOrder: edit && mayTakeDamageAction(r.status, 'link_work_order') && r.repair_request_id === null,
      raiseRepair: edit && hasPermission(actor, 'repair', 'create') && mayTakeDamageAction(r.status, 'raise_repair') && r.work_order_id === null && r.repair_request_id === null
        && repairBlockedReason(r.asset_status) === null,
      attach: own && (hasPermission(actor, 'asset_damage', 'create') || edit),
    },
  };
}

export function presentDamageDetail(actor: Actor, r: DamageRow, log: Awaited<ReturnType<typeof damageStepRows>>, repair: DamageRepairDto | null = null): DamageDetail {
  return {
    damage: presentDamage(actor, r),
    repair,
    log: log.map((s) => ({ id: s.id, action: s.action, actionLabel: labelIn(DAMAGE_ACTION_LABELS, s.action), actorName: s.actor_name, at: s.at, note: s.note })),
  };
}
