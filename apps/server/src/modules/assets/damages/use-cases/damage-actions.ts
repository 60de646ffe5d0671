import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField, notFound, staleVersion } from '../../../../platform/http/errors.js';
import { recordAssetEvent } from '../../asset-links.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { loadDisposalSettings } from '../../disposals/disposal-settings.js';
import { schoolToday } from '../../../calendar/school-today.js';
import { isPastOrToday } from '../../disposals/use-cases/disposal-files.js';
import { moneyText, proposeCompensation } from '../compensation.js';
import { damageError } from '../damages.errors.js';
import { DAMAGE_ACTION_LABELS, type DamageCause, labelOfStatus } from '../damages.labels.js';
import { type DamageRow, findDamageRow, workOrderInSchool } from '../damages.repository.js';
import type { ApproveBody, LinkWorkOrderBody, PayBody, ProposeBody, ReasonBody } from '../damages.schemas.js';
import { DAMAGE_NEXT, type DamageAction, mayTakeDamageAction } from '../damages.state.js';

interface Step { patch: Record<string, unknown>; note: string | null }

/**
 * Runs one action of the damage state machine in a transaction: the record must be in a state that
 * allows it (409 otherwise) and at the caller's version; the step log and the card's timeline get an entry.
 */
export async function act(db: Kysely<Database>, actor: Actor, id: number, version: number, action: DamageAction, build: (tx: Tx, row: DamageRow) => Promise<Step>): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const row = await findDamageRow(tx, [schoolId], id);
    if (!row) throw notFound('损坏记录');
    if (row.version !== version) throw staleVersion('损坏记录');
    if (!mayTakeDamageAction(row.status, action)) {
      throw damageError('DAMAGE_ILLEGAL_STEP', `该记录${labelOfStatus(row.status)}，不能${DAMAGE_ACTION_LABELS[action]}`);
    }
    const { patch, note } = await build(tx, row);
    const next = DAMAGE_NEXT[action];
    const audit = auditContextOf(actor);
    await updateAudited(tx, audit, {
      table: 'asset_damages', entity: 'asset_damage', label: '损坏记录', id, schoolIds: [schoolId], version, action,
      patch: next ? { ...patch, status: next } : patch,
    });
    await tx.insertInto('asset_damage_steps').values({
      school_id: schoolId, parent_id: id, step: action, action, actor_id: actor.userId, actor_name: actor.name, at: new Date().toISOString(), note, data: null,
    }).execute();
    await recordAssetEvent(tx, schoolId, audit, row.asset_id, 'damage', `${DAMAGE_ACTION_LABELS[action]}${note ? `：${note}` : ''}`, { damageId: id, action });
  });
}

/** 赔偿建议: computed here from the card's net value (or the linked repair's cost) and the school's ratio for the cause. */
export function proposeDamage(db: Kysely<Database>, actor: Actor, id: number, body: ProposeBody): Promise<void> {
  return act(db, actor, id, body.version, 'propose', async (tx, row) => {
    const { compensation } = await loadDisposalSettings(tx, row.school_id);
    const cost = row.work_order_cost_fen ?? null;
    const p = proposeCompensation(compensation, row.cause as DamageCause, row.original_value_fen - row.accumulated_depreciation_fen, cost);
    return {
      patch: { basis_kind: p.basisKind, basis_fen: p.basisFen, ratio_pct: p.ratioPct, proposed_fen: p.amountFen, proposed_basis: p.text },
      note: [`建议赔偿 ${moneyText(p.amountFen)}（${p.text}）`, body.note?.trim()].filter(Boolean).join('；'),
    };
  });
}

/** 批准: the proposal as it stands, or another amount with the reason for the change. */
export function approveDamage(db: Kysely<Database>, actor: Actor, id: number, body: ApproveBody): Promise<void> {
  return act(db, actor, id, body.version, 'approve', async (_tx, row) => {
    const amount = body.amountFen ?? row.proposed_fen ?? 0;
    const reason = body.reason?.trim() || null;
    if (amount <= 0) throw invalidField('amountFen', '建议金额为 0，请填写「核定金额」或选择免于赔偿');
    if (amount > row.original_value_fen) throw invalidField('amountFen', `「核定金额」不能超过资产原值 ${moneyText(row.original_value_fen)}`);
    if (amount !== row.proposed_fen && !reason) throw invalidField('reason', '核定金额与建议金额不同，请填写「调整理由」');
    return {
      patch: { approved_fen: amount, decision_reason: reason, decided_by: actor.userId, decided_at: new Date().toISOString() },
      note: `核定赔偿 ${moneyText(amount)}${reason ? `（${reason}）` : ''}`,
    };
  });
}

/** 免赔: a decision like approval, always with its reason (意外、家庭困难 …). */
export function waiveDamage(db: Kysely<Database>, actor: Actor, id: number, body: ReasonBody): Promise<void> {
  return act(db, actor, id, body.version, 'waive', async () => {
    const reason = body.reason.trim();
    if (!reason) throw invalidField('reason', '请填写免赔「理由」');
    return { patch: { approved_fen: 0, decision_reason: reason, decided_by: actor.userId, decided_at: new Date().toISOString() }, note: reason };
  });
}

/** 缴费: the approved amount, the day, the receipt number and who collected it. */
export function payDamage(db: Kysely<Database>, actor: Actor, id: number, body: PayBody): Promise<void> {
  return act(db, actor, id, body.version, 'pay', async (tx, row) => {
    if (body.amountFen !== row.approved_fen) throw invalidField('amountFen', `「实收金额」应与核定金额 ${moneyText(row.approved_fen ?? 0)} 一致`);
    if (!isRealDate(body.paidOn)) throw invalidField('paidOn', '「缴费日期」不是有效日期');
    if (!isPastOrToday(body.paidOn, await schoolToday(tx, row.school_id))) throw invalidField('paidOn', '「缴费日期」不能晚于今天');
    return {
      patch: { paid_fen: body.amountFen, paid_on: body.paidOn, receipt_no: body.receiptNo.trim(), collected_by: body.collectedBy.trim() },
      note: `收到赔偿款 ${moneyText(body.amountFen)}，收据号 ${body.receiptNo.trim()}`,
    };
  });
}

export function cancelDamage(db: Kysely<Database>, actor: Actor, id: number, body: ReasonBody): Promise<void> {
  return act(db, actor, id, body.version, 'cancel', async () => ({ patch: { cancel_reason: body.reason.trim() }, note: body.reason.trim() }));
}

/** Links the repair of the damage; a later proposal then takes its cost as the basis. */
export function linkDamageWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: LinkWorkOrderBody): Promise<void> {
  return act(db, actor, id, body.version, 'link_work_order', async (tx, row) => {
    // A repair raised from the record is its repair: another work order would contradict it.
    if (row.repair_request_id !== null) throw damageError('DAMAGE_REPAIR_LINKED', '该记录已发起报修，维修工单随报修单关联，不能另行关联');
    if (!(await workOrderInSchool(tx, row.school_id, body.workOrderId))) throw invalidField('workOrderId', `维修工单（编号 ${body.workOrderId}）不存在`);
    return { patch: { work_order_id: body.workOrderId }, note: `关联维修工单 ${body.workOrderId}` };
  });
}
