import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import { type RequestAction, requestTransition } from './repair-request.state.js';
import { type WorkOrderAction, workOrderTransition } from './work-order.state.js';

/**
 * Who is acting, with the facts about them that record rules need: their teams, and the
 * contractor (外包单位) their account works for, if any.
 */
export interface RepairActor { actor: Actor; teamIds: readonly number[]; contractorId?: number | null }

export interface WorkOrderFacts {
  schoolId: number;
  status: string;
  assigneeId: number | null;
  teamId: number | null;
  requesterId: number;
  /** The contractor it is outsourced to (委外), whose accounts may claim it. */
  contractorId?: number | null;
}

export type WorkOrderAbilities = Record<Exclude<WorkOrderAction, 'auto_confirm'>, boolean>;

export type Refusal = { ok: true } | { ok: false; status: 403 | 409; message: string };

const isDispatcher = (a: Actor) => hasPermission(a, 'work_order', 'dispatch');

/**
 * May this actor take this action on this work order? The state machine answers 409 with the
 * current state; the people rules answer 403: dispatching is for dispatchers, field work for the
 * technician it is assigned to (or a dispatcher recording it for them), acceptance for the
 * requester — and never the technician who did the job.
 */
export function checkWorkOrderAction(ra: RepairActor, wo: WorkOrderFacts, action: WorkOrderAction): Refusal {
  const { actor } = ra;
  const refuse = (message: string): Refusal => ({ ok: false, status: 403, message });
  if (actor.schoolId !== wo.schoolId) return refuse('只能处理本校的工单');
  switch (action) {
    case 'assign':
    case 'reassign':
    case 'outsource':
    case 'cancel':
      if (!isDispatcher(actor)) return refuse('只有派单人员可以派单、转单、委外或取消工单');
      break;
    case 'accept':
    case 'start':
    case 'pause':
    case 'resume':
    case 'complete': {
      if (!hasPermission(actor, 'work_order', 'update')) return refuse('没有处理维修工单的权限');
      const mine = wo.assigneeId === actor.userId;
      const claimable = action === 'accept' && wo.assigneeId === null && (
        (wo.teamId !== null && ra.teamIds.includes(wo.teamId))
        // An outsourced job waits for any account of its contractor to take it.
        || (wo.contractorId != null && wo.contractorId === ra.contractorId)
      );
      const onBehalf = wo.assigneeId !== null && isDispatcher(actor);
      if (!mine && !claimable && !onBehalf) return refuse('此工单已不由您负责（可能已被转单），不能操作');
      break;
    }
    case 'confirm':
    case 'reopen':
      if (!hasPermission(actor, 'repair', 'read')) return refuse('没有查看报修的权限');
      if (wo.assigneeId === actor.userId) return refuse('维修人员不能验收自己完成的工单');
      if (wo.requesterId !== actor.userId) return refuse('只有报修人可以验收或退回');
      break;
    case 'auto_confirm':
      return refuse('自动验收只由系统执行');
  }
  const t = workOrderTransition(wo.status, action);
  return t.ok ? { ok: true } : { ok: false, status: 409, message: t.message };
}

/** The buttons this actor gets on this work order. */
export function workOrderAbilities(ra: RepairActor, wo: WorkOrderFacts): WorkOrderAbilities {
  const can = (a: WorkOrderAction) => checkWorkOrderAction(ra, wo, a).ok;
  return {
    assign: can('assign'), reassign: can('reassign'), outsource: can('outsource'), accept: can('accept'), start: can('start'), pause: can('pause'),
    resume: can('resume'), complete: can('complete'), confirm: can('confirm'), reopen: can('reopen'), cancel: can('cancel'),
  };
}

export interface RequestFacts { schoolId: number; status: string; requesterId: number; workOrderStatus: string | null }
export type RequestAbilities = Record<RequestAction, boolean>;

/** Triage (convert, merge, decline) is for 受理 staff; withdrawing is the requester's; 跟进 is anyone's who may report. */
export function checkRequestAction(actor: Actor, r: RequestFacts, action: RequestAction): Refusal {
  const refuse = (message: string): Refusal => ({ ok: false, status: 403, message });
  if (actor.schoolId !== r.schoolId) return refuse('只能处理本校的报修单');
  if (action === 'cancel') {
    if (r.requesterId !== actor.userId) return refuse('只有报修人可以撤回报修单');
  } else if (action === 'follow_up') {
    if (!hasPermission(actor, 'repair', 'create')) return refuse('没有报修的权限');
  } else if (!hasPermission(actor, 'repair', 'approve')) {
    return refuse('只有受理人员可以受理、合并或驳回报修单');
  }
  const t = requestTransition(r.status, r.workOrderStatus, action);
  return t.ok ? { ok: true } : { ok: false, status: 409, message: t.message };
}

export function requestAbilities(actor: Actor, r: RequestFacts): RequestAbilities {
  const can = (a: RequestAction) => checkRequestAction(actor, r, a).ok;
  return { convert: can('convert'), merge: can('merge'), decline: can('decline'), cancel: can('cancel'), follow_up: can('follow_up') };
}
