import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { forbidden, invalidField, notFound, staleVersion } from '../../../../platform/http/errors.js';
import { recordAssetEvents } from '../../asset-links.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { nextStep } from '../approval-chain.js';
import { disposalError } from '../disposals.errors.js';
import { DISPOSAL_KIND_LABELS, DISPOSAL_STEP_LABELS, type DisposalStep, labelIn } from '../disposals.labels.js';
import { noticeRequester, noticeStepWaiting } from '../disposals.notices.js';
import { type StepMode, stepModeFor } from '../disposals.policy.js';
import { stepsOf } from '../disposals.presenter.js';
import { type DisposalRow, disposalItemRows, findDisposalRow } from '../disposals.repository.js';
import type { StepBody } from '../disposals.schemas.js';
import { moveCards } from './card-status.js';
import { schoolToday } from '../../../calendar/school-today.js';
import { isPastOrToday, requireDisposalFile } from './disposal-files.js';

function dateOrThrow(value: string | undefined, field: string, label: string, today: string): string {
  if (value === undefined) throw invalidField(field, `请填写「${label}」`);
  if (!isRealDate(value)) throw invalidField(field, `「${label}」不是有效日期`);
  if (!isPastOrToday(value, today)) throw invalidField(field, `「${label}」不能晚于今天`);
  return value;
}

/** What an approval must carry: the meeting and its minutes (条例 第十九条), or the paper 批复 recorded by the school. */
async function evidenceOf(tx: Tx, row: DisposalRow, step: DisposalStep, mode: StepMode, body: StepBody): Promise<Record<string, unknown>> {
  if (step === 'collective') {
    const meetingDate = dateOrThrow(body.meetingDate, 'meetingDate', '会议日期', await schoolToday(tx, row.school_id));
    if (body.minutesFileId === undefined) throw invalidField('minutesFileId', '请上传「会议纪要」');
    await requireDisposalFile(tx, row.school_id, row.id, body.minutesFileId, 'minutesFileId', '会议纪要');
    return { meetingDate, minutesFileId: body.minutesFileId };
  }
  if (mode === 'document') {
    const docNo = body.docNo?.trim();
    if (!docNo) throw invalidField('docNo', '请填写「批复文号」');
    const docDate = dateOrThrow(body.docDate, 'docDate', '批复日期', await schoolToday(tx, row.school_id));
    if (step === 'bureau' && body.docFileId === undefined) throw invalidField('docFileId', '请上传主管部门「批复扫描件」');
    if (body.docFileId !== undefined) await requireDisposalFile(tx, row.school_id, row.id, body.docFileId, 'docFileId', '批复扫描件');
    return { mode, docNo, docDate, ...(body.docFileId !== undefined ? { docFileId: body.docFileId } : {}) };
  }
  return { mode };
}

/**
 * One step of the approval chain: only the step the request waits at, only by whoever holds it.
 * Approving moves to the next step or, after the last, to 待处置; rejecting ends the request and
 * gives every card back the status it had before.
 */
export async function takeDisposalStep(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runInTransaction(db, async (tx) => {
    const row = await findDisposalRow(tx, actor.readableSchoolIds, id);
    if (!row) throw notFound('报废申请');
    // A stale screen learns that first, before any other complaint about what it sent.
    if (row.version !== body.version) throw staleVersion('报废申请');
    if (row.status !== 'in_approval') throw disposalError('DISPOSAL_NOT_OPEN', `该申请${row.status === 'approved' ? '已审批通过' : '已结束'}，不能再审批`);
    if (row.current_step !== body.step) {
      throw disposalError('DISPOSAL_STEP_NOT_CURRENT', `该申请当前在「${labelIn(DISPOSAL_STEP_LABELS, row.current_step)}」环节，不能办理「${DISPOSAL_STEP_LABELS[body.step]}」`);
    }
    const mode = stepModeFor(actor, row.school_id, body.step);
    if (!mode) throw forbidden(`您不能办理「${DISPOSAL_STEP_LABELS[body.step]}」`);
    const note = body.note?.trim() || null;
    const reject = body.decision === 'reject';
    if (reject && !note) throw invalidField('note', '驳回时请填写「意见」说明原因');
    const data = reject ? { mode } : await evidenceOf(tx, row, body.step, mode, body);

    const steps = stepsOf(row);
    const next = reject ? null : nextStep(steps, body.step);
    const status = reject ? 'rejected' : next ? 'in_approval' : 'approved';
    const audit = auditContextOf(actor);
    await updateAudited(tx, audit, {
      table: 'asset_disposals', entity: 'asset_disposal', label: '报废申请', id, schoolIds: [row.school_id], version: body.version,
      patch: { status, current_step: next }, action: reject ? 'reject' : 'approve',
    });
    await tx.insertInto('asset_disposal_steps').values({
      school_id: row.school_id, parent_id: id, step: body.step, action: mode === 'document' && !reject ? 'record' : body.decision,
      actor_id: actor.userId, actor_name: actor.name, at: new Date().toISOString(), note, data: JSON.stringify(data),
    }).execute();

    const items = await disposalItemRows(tx, row.school_id, id);
    const what = `${DISPOSAL_STEP_LABELS[body.step]}：${reject ? '驳回' : '同意'}${note ? `（${note}）` : ''}`;
    const event = { kind: 'disposal', note: what, data: { disposalId: id, step: body.step, action: body.decision } };
    if (reject) {
      // Only cards still waiting for this request go back; none can have moved on while 待报废.
      await moveCards(tx, audit, row.school_id, items.filter((i) => i.status === 'pending_disposal').map((i) => ({ id: i.asset_id, version: i.version, patch: { status: i.previous_status } })), event);
    } else {
      await recordAssetEvents(tx, row.school_id, audit, items.map((i) => ({ ...event, assetId: i.asset_id })));
    }
    const summary = `${labelIn(DISPOSAL_KIND_LABELS, row.kind)}申请 ${row.id}（${row.first_card_name ?? ''}${row.card_count > 1 ? ` 等 ${row.card_count} 件` : ''}）`;
    if (next) await noticeStepWaiting(tx, row.school_id, id, next, summary, actor.userId);
    else await noticeRequester(tx, row.school_id, id, row.created_by, reject ? `${summary}被驳回` : `${summary}已审批通过，待处置`, what);
  });
}
