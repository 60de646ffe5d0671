import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, insertAudited, runInTransaction } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { assetInSchoolOrThrow, recordAssetEvent } from '../../asset-links.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { schoolToday } from '../../../calendar/school-today.js';
import { isPastOrToday } from '../../disposals/use-cases/disposal-files.js';
import { DAMAGE_CAUSE_LABELS } from '../damages.labels.js';
import { workOrderInSchool } from '../damages.repository.js';
import type { CreateDamageBody } from '../damages.schemas.js';

/** Who answers for the damage: a staff account of the school, or a named student/outsider (with class), or nobody known. */
async function partyOf(tx: Tx, schoolId: number, body: CreateDamageBody) {
  if (body.partyType === 'user') {
    if (body.partyUserId === undefined) throw invalidField('partyUserId', '请选择「责任人」');
    const user = await tx.selectFrom('users').select('id').where('school_id', '=', schoolId).where('id', '=', body.partyUserId).executeTakeFirst();
    if (!user) throw invalidField('partyUserId', '「责任人」不是本校人员');
    return { party_user_id: user.id, party_name: null, party_class: null };
  }
  if (body.partyType === 'unknown') return { party_user_id: null, party_name: null, party_class: null };
  const name = body.partyName?.trim();
  if (!name) throw invalidField('partyName', '请填写「责任人姓名」');
  const cls = body.partyClass?.trim() || null;
  if (body.partyType === 'student' && !cls) throw invalidField('partyClass', '学生请填写「班级」');
  return { party_user_id: null, party_name: name, party_class: cls };
}

/** Who records a damage, for the step log and the audit trail. */
interface Recorder { audit: AuditContext; userId: number; name: string }

/**
 * Writes one damage record in the caller's transaction: the record, its first step and the card's
 * timeline entry. Also used by the loan return, which records a card that came back damaged.
 */
export async function recordDamageInTx(tx: Tx, schoolId: number, by: Recorder, body: CreateDamageBody): Promise<number> {
  await assetInSchoolOrThrow(tx, schoolId, body.assetId, 'assetId');
  const party = await partyOf(tx, schoolId, body);
  if (body.workOrderId !== undefined && !(await workOrderInSchool(tx, schoolId, body.workOrderId))) {
    throw invalidField('workOrderId', `维修工单（编号 ${body.workOrderId}）不存在`);
  }
  const row = await insertAudited(tx, by.audit, 'asset_damages', 'asset_damage', {
    school_id: schoolId, asset_id: body.assetId, occurred_on: body.occurredOn, cause: body.cause, description: body.description.trim(),
    party_type: body.partyType, ...party, work_order_id: body.workOrderId ?? null, status: 'recorded', created_by: by.userId,
  });
  await tx.insertInto('asset_damage_steps').values({
    school_id: schoolId, parent_id: row.id, step: 'record', action: 'record', actor_id: by.userId, actor_name: by.name,
    at: new Date().toISOString(), note: body.description.trim(), data: null,
  }).execute();
  await recordAssetEvent(tx, schoolId, by.audit, body.assetId, 'damage', `登记损坏（${DAMAGE_CAUSE_LABELS[body.cause]}）：${body.description.trim()}`, { damageId: row.id });
  return row.id;
}

/** 登记损坏: what happened to which card, when, why and who answers for it; optionally the repair work order. */
export async function recordDamage(db: Kysely<Database>, actor: Actor, body: CreateDamageBody): Promise<number> {
  const schoolId = writableSchoolId(actor);
  if (!isRealDate(body.occurredOn)) throw invalidField('occurredOn', '「损坏日期」不是有效日期');
  if (!isPastOrToday(body.occurredOn, await schoolToday(db, schoolId))) throw invalidField('occurredOn', '「损坏日期」不能晚于今天');
  return runInTransaction(db, (tx) => recordDamageInTx(tx, schoolId, { audit: auditContextOf(actor), userId: actor.userId, name: actor.name }, body));
}
