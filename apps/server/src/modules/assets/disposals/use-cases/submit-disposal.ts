import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { insertAudited, runInTransaction } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { moneyText } from '../../damages/compensation.js';
import { chainFor, tierFor } from '../approval-chain.js';
import { loadDisposalSettings } from '../disposal-settings.js';
import { disposalError } from '../disposals.errors.js';
import { DISPOSAL_KIND_LABELS, LEGAL_CONDITION_LABELS } from '../disposals.labels.js';
import { noticeStepWaiting } from '../disposals.notices.js';
import { openDisposalOfCards } from '../disposals.repository.js';
import type { CreateDisposalBody } from '../disposals.schemas.js';
import { moveCards } from './card-status.js';

/** Statuses a card may leave for 待报废; a loaned card must come back first, a pending or disposed one is already taken. */
const BUSY: Record<string, string> = { loaned: '已出租出借，请先归还', pending_disposal: '已在报废申请中', disposed: '已处置' };

/** 门类 1 of GB/T 14885: 土地、房屋及构筑物, which the default rule sends to the top tier. */
const isLandOrBuilding = (categoryCode: string) => categoryCode.startsWith('1');

/**
 * 报废/报损 申请: names one of the four legal conditions (条例 第二十一条), carries the technical
 * appraisal when the school's rule asks for one, and fixes its approval chain from the value tier of
 * the cards' total original value. The cards become 待报废 in the same transaction.
 */
export async function submitDisposal(db: Kysely<Database>, actor: Actor, body: CreateDisposalBody): Promise<number> {
  const schoolId = writableSchoolId(actor);
  const appraisal = body.appraisal?.trim() || null;
  const reason = body.reason.trim();
  if (!reason) throw invalidField('reason', '请填写「申请理由」');
  const assetIds = [...new Set(body.assetIds)];
  return runInTransaction(db, async (tx) => {
    const settings = await loadDisposalSettings(tx, schoolId);
    if (settings.appraisalConditions.includes(body.legalCondition) && !appraisal) {
      throw invalidField('appraisal', `「${LEGAL_CONDITION_LABELS[body.legalCondition]}」需要填写技术鉴定意见`);
    }
    const cards = await tx.selectFrom('assets as a').innerJoin('asset_categories as c', 'c.id', 'a.category_id')
      .innerJoin('asset_depreciation_state as ds', 'ds.asset_id', 'a.id')
      .select(['a.id', 'a.code', 'a.name', 'a.status', 'a.version', 'a.original_value_fen', 'ds.accumulated_depreciation_fen', 'c.code as category_code'])
      .where('a.school_id', '=', schoolId).where('a.id', 'in', assetIds).execute();
    const missing = assetIds.find((id) => !cards.some((c) => c.id === id));
    if (missing !== undefined) throw invalidField('assetIds', `资产（编号 ${missing}）不存在`);
    const busy = cards.find((c) => BUSY[c.status]);
    if (busy) throw disposalError('DISPOSAL_CARD_BUSY', `「${busy.name}（${busy.code}）」${BUSY[busy.status]}，不能申请报废`);
    const held = await openDisposalOfCards(tx, schoolId, assetIds);
    if (held) throw disposalError('DISPOSAL_CARD_BUSY', `资产（编号 ${held.asset_id}）已在报废申请 ${held.disposal_id} 中`);

    const totalOriginal = cards.reduce((s, c) => s + c.original_value_fen, 0);
    const totalNet = cards.reduce((s, c) => s + c.original_value_fen - c.accumulated_depreciation_fen, 0);
    const tier = tierFor(settings.tiers, totalOriginal, settings.landBuildingTopTier && cards.some((c) => isLandOrBuilding(c.category_code)));
    const steps = chainFor(tier);
    const audit = auditContextOf(actor);
    const row = await insertAudited(tx, audit, 'asset_disposals', 'asset_disposal', {
      school_id: schoolId, kind: body.kind, legal_condition: body.legalCondition, reason, appraisal, proposed_method: body.proposedMethod,
      total_original_fen: totalOriginal, total_net_fen: totalNet, card_count: cards.length, steps: JSON.stringify(steps),
      current_step: steps[0] ?? null, status: 'in_approval', created_by: actor.userId,
    });
    await tx.insertInto('asset_disposal_items').values(cards.map((c) => ({
      school_id: schoolId, disposal_id: row.id, asset_id: c.id, original_value_fen: c.original_value_fen,
      net_value_fen: c.original_value_fen - c.accumulated_depreciation_fen, previous_status: c.status,
    }))).execute();
    await tx.insertInto('asset_disposal_steps').values({
      school_id: schoolId, parent_id: row.id, step: 'submit', action: 'submit', actor_id: actor.userId, actor_name: actor.name,
      at: new Date().toISOString(), note: reason, data: null,
    }).execute();
    const label = DISPOSAL_KIND_LABELS[body.kind];
    await moveCards(tx, audit, schoolId, cards.map((c) => ({ id: c.id, version: c.version, patch: { status: 'pending_disposal' } })), {
      kind: 'disposal', note: `提交${label}申请（${LEGAL_CONDITION_LABELS[body.legalCondition]}）`, data: { disposalId: row.id, action: 'submit' },
    });
    const summary = `${label} ${cards.length} 件，原值合计 ${moneyText(totalOriginal)}：${reason}`;
    if (steps[0]) await noticeStepWaiting(tx, schoolId, row.id, steps[0], summary, actor.userId);
    return row.id;
  });
}
