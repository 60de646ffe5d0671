import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { forbidden, invalidField, notFound, staleVersion } from '../../../../platform/http/errors.js';
import { moneyText } from '../../damages/compensation.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { disposalError } from '../disposals.errors.js';
import { DISPOSAL_METHOD_LABELS } from '../disposals.labels.js';
import { mayManage } from '../disposals.policy.js';
import { disposalItemRows, findDisposalRow } from '../disposals.repository.js';
import type { CompleteBody, WithdrawBody } from '../disposals.schemas.js';
import { moveCards } from './card-status.js';
import { schoolToday } from '../../../calendar/school-today.js';
import { isPastOrToday } from './disposal-files.js';

/**
 * 处置完成: records how, when and for how much the cards left, and takes them off the books on that
 * date in the same transaction (条例 第三十五条: ledger and accounts together). Depreciation stops in
 * that month, so a month already depreciated cannot be the disposal month.
 */
export async function completeDisposal(db: Kysely<Database>, actor: Actor, id: number, body: CompleteBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  if (!isRealDate(body.disposedOn)) throw invalidField('disposedOn', '「处置日期」不是有效日期');
  if (!isPastOrToday(body.disposedOn, await schoolToday(db, schoolId))) throw invalidField('disposedOn', '「处置日期」不能晚于今天');
  await runInTransaction(db, async (tx) => {
    const row = await findDisposalRow(tx, [schoolId], id);
    if (!row) throw notFound('报废申请');
    if (row.version !== body.version) throw staleVersion('报废申请');
    if (!mayManage(actor, schoolId)) throw forbidden();
    if (row.status !== 'approved') throw disposalError('DISPOSAL_NOT_OPEN', row.status === 'in_approval' ? '该申请尚未审批完成，不能处置' : '该申请已结束');
    const items = await disposalItemRows(tx, schoolId, id);
    const ids = items.map((i) => i.asset_id);
    const booked = await tx.selectFrom('asset_depreciation').select((eb) => eb.fn.max('month').as('m'))
      .where('school_id', '=', schoolId).where('asset_id', 'in', ids.length ? ids : [-1]).executeTakeFirst();
    const month = body.disposedOn.slice(0, 7);
    if (booked?.m && booked.m >= month) throw invalidField('disposedOn', `${booked.m} 已计提折旧，「处置日期」应在该月之后`);
    const audit = auditContextOf(actor);
    await updateAudited(tx, audit, {
      table: 'asset_disposals', entity: 'asset_disposal', label: '报废申请', id, schoolIds: [schoolId], version: body.version, action: 'complete',
      patch: {
        status: 'completed', method: body.method, disposed_on: body.disposedOn, proceeds_fen: body.proceedsFen,
        proceeds_note: body.proceedsNote?.trim() || null, recipient: body.recipient?.trim() || null,
      },
    });
    const note = `处置完成：${DISPOSAL_METHOD_LABELS[body.method]}，处置日期 ${body.disposedOn}，处置收入 ${moneyText(body.proceedsFen)}`;
    await tx.insertInto('asset_disposal_steps').values({
      school_id: schoolId, parent_id: id, step: 'complete', action: 'complete', actor_id: actor.userId, actor_name: actor.name,
      at: new Date().toISOString(), note, data: null,
    }).execute();
    await moveCards(tx, audit, schoolId, items.map((i) => ({ id: i.asset_id, version: i.version, patch: { status: 'disposed', disposed_on: body.disposedOn } })), {
      kind: 'disposal', note, data: { disposalId: id, action: 'complete', method: body.method },
    });
  });
}

/** 撤回: the requester (or asset staff) takes back a request still in approval; the cards return to their status. */
export async function withdrawDisposal(db: Kysely<Database>, actor: Actor, id: number, body: WithdrawBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const row = await findDisposalRow(tx, [schoolId], id);
    if (!row) throw notFound('报废申请');
    if (row.version !== body.version) throw staleVersion('报废申请');
    if (!mayManage(actor, schoolId) && row.created_by !== actor.userId) throw forbidden('只有申请人或资产管理员可以撤回');
    if (row.status !== 'in_approval') throw disposalError('DISPOSAL_NOT_OPEN', '只有审批中的申请可以撤回');
    const audit = auditContextOf(actor);
    await updateAudited(tx, audit, {
      table: 'asset_disposals', entity: 'asset_disposal', label: '报废申请', id, schoolIds: [schoolId], version: body.version, action: 'withdraw',
      patch: { status: 'withdrawn', current_step: null },
    });
    const note = `撤回报废申请：${body.reason.trim()}`;
    await tx.insertInto('asset_disposal_steps').values({
      school_id: schoolId, parent_id: id, step: 'withdraw', action: 'withdraw', actor_id: actor.userId, actor_name: actor.name,
      at: new Date().toISOString(), note: body.reason.trim(), data: null,
    }).execute();
    const items = await disposalItemRows(tx, schoolId, id);
    await moveCards(tx, audit, schoolId, items.filter((i) => i.status === 'pending_disposal').map((i) => ({ id: i.asset_id, version: i.version, patch: { status: i.previous_status } })), {
      kind: 'disposal', note, data: { disposalId: id, action: 'withdraw' },
    });
  });
}
