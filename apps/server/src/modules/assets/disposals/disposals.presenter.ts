import type { Actor } from '../../../platform/authz/actor.js';
import { ASSET_STATUS_LABELS, labelOf } from '../assets.labels.js';
import {
  DISPOSAL_KIND_LABELS, DISPOSAL_METHOD_LABELS, DISPOSAL_STATUS_LABELS, DISPOSAL_STEP_LABELS, type DisposalStep,
  LEGAL_CONDITION_LABELS, STEP_ACTION_LABELS, labelIn,
} from './disposals.labels.js';
import { mayManage, stepModeFor } from './disposals.policy.js';
import type { DisposalItemRow, DisposalRow, StepRow } from './disposals.repository.js';
import type { ChainStepDto, DisposalDetail, DisposalDto, StepLogDto } from './disposals.schemas.js';

export function stepsOf(row: Pick<DisposalRow, 'steps'>): DisposalStep[] {
  return JSON.parse(row.steps) as DisposalStep[];
}

export function presentDisposal(actor: Actor, r: DisposalRow): DisposalDto {
  const current = r.current_step as DisposalStep | null;
  const mode = r.status === 'in_approval' && current ? stepModeFor(actor, r.school_id, current) : null;
  const manage = mayManage(actor, r.school_id);
  const open = r.status === 'in_approval' || r.status === 'approved';
  return {
    id: r.id, schoolId: r.school_id, schoolName: r.school_name, kind: r.kind, kindLabel: labelIn(DISPOSAL_KIND_LABELS, r.kind),
    legalCondition: r.legal_condition, legalConditionLabel: labelIn(LEGAL_CONDITION_LABELS, r.legal_condition),
    reason: r.reason, appraisal: r.appraisal, proposedMethod: r.proposed_method, proposedMethodLabel: labelIn(DISPOSAL_METHOD_LABELS, r.proposed_method),
    totalOriginalFen: r.total_original_fen, totalNetFen: r.total_net_fen, cardCount: r.card_count,
    summary: r.card_count > 1 ? `${r.first_card_name ?? ''} 等 ${r.card_count} 件` : r.first_card_name ?? '',
    status: r.status, statusLabel: labelIn(DISPOSAL_STATUS_LABELS, r.status), steps: stepsOf(r),
    currentStep: current, currentStepLabel: current ? DISPOSAL_STEP_LABELS[current] ?? current : null,
    method: r.method, methodLabel: r.method ? labelIn(DISPOSAL_METHOD_LABELS, r.method) : null, disposedOn: r.disposed_on,
    proceedsFen: r.proceeds_fen, proceedsNote: r.proceeds_note, recipient: r.recipient,
    createdAt: r.created_at, createdByName: r.created_by_name ?? null, version: r.version,
    abilities: {
      act: mode !== null, documentOnly: mode === 'document', complete: r.status === 'approved' && manage,
      withdraw: r.status === 'in_approval' && (manage || (actor.schoolId === r.school_id && r.created_by === actor.userId)),
      attach: open && manage,
    },
  };
}

interface StepData { mode?: string; meetingDate?: string; minutesFileId?: number; docNo?: string; docDate?: string; docFileId?: number }

function presentLog(s: StepRow): StepLogDto {
  const d = (s.data ? JSON.parse(s.data) : {}) as StepData;
  return {
    id: s.id, step: s.step, stepLabel: labelIn(DISPOSAL_STEP_LABELS, s.step) || labelIn(STEP_ACTION_LABELS, s.action),
    action: s.action, actionLabel: labelIn(STEP_ACTION_LABELS, s.action), actorName: s.actor_name, at: s.at, note: s.note,
    mode: d.mode ?? null, meetingDate: d.meetingDate ?? null, minutesFileId: d.minutesFileId ?? null,
    docNo: d.docNo ?? null, docDate: d.docDate ?? null, docFileId: d.docFileId ?? null,
  };
}

/** The chain as the Steps bar shows it: each required step done, current, rejected or still ahead. */
function chainOf(r: DisposalRow, log: StepRow[]): ChainStepDto[] {
  return stepsOf(r).map((step) => {
    const entry = [...log].reverse().find((s) => s.step === step && ['approve', 'record', 'reject'].includes(s.action));
    const state = entry ? (entry.action === 'reject' ? 'rejected' : 'done') : r.status === 'in_approval' && r.current_step === step ? 'current' : 'pending';
    return { step, label: DISPOSAL_STEP_LABELS[step] ?? step, state, actorName: entry?.actor_name ?? null, at: entry?.at ?? null, note: entry?.note ?? null };
  });
}

export function presentDisposalDetail(actor: Actor, r: DisposalRow, items: DisposalItemRow[], log: StepRow[]): DisposalDetail {
  return {
    disposal: presentDisposal(actor, r),
    items: items.map((i) => ({
      assetId: i.asset_id, code: i.code, name: i.name, specModel: i.spec_model, categoryName: i.category_name, acquiredOn: i.acquired_on,
      originalValueFen: i.original_value_fen, netValueFen: i.net_value_fen, status: i.status, statusLabel: labelOf(ASSET_STATUS_LABELS, i.status) ?? i.status,
    })),
    chain: chainOf(r, log),
    log: log.map(presentLog),
  };
}
