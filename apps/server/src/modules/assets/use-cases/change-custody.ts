import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound, staleVersion } from '../../../platform/http/errors.js';
import { addAssetEvents } from '../asset-events.js';
import { checkAssetRefs } from '../asset-references.js';
import type { CustodyBody } from '../assets.schemas.js';

/** Where a card goes: only the fields given change (null clears); `status` for workflows that also change it (借出 → loaned). */
export interface CustodyMove { custodianId?: number | null; departmentId?: number | null; roomId?: number | null; status?: string }

/** How the move appears on the card's timeline. */
export interface CustodyEvent { kind: string; note: string; data?: Record<string, unknown>; action?: string }

/**
 * Moves one card to a new user, department or place at `version` and puts the handover on its
 * timeline, naming who and where before and after. The one code path for custody changes: the
 * 变更保管 button and the movement workflows (调拨, 借用, 退库) both end here, inside the caller's
 * transaction. 404 for another school's card, 409 when the card changed meanwhile.
 */
export async function moveCustodyInTx(tx: Tx, schoolId: number, audit: AuditContext, id: number, version: number, move: CustodyMove, event: CustodyEvent): Promise<void> {
  const before = await tx.selectFrom('assets as a')
    .leftJoin('users as u', 'u.id', 'a.custodian_id').leftJoin('rooms as r', 'r.id', 'a.room_id').leftJoin('departments as d', 'd.id', 'a.department_id')
    .select(['a.id', 'a.version', 'a.status', 'a.custodian_id', 'a.room_id', 'a.department_id', 'u.name as custodian', 'r.name as room', 'd.name as department'])
    .where('a.id', '=', id).where('a.school_id', '=', schoolId).executeTakeFirst();
  if (!before) throw notFound('资产');
  if (before.version !== version) throw staleVersion('资产');
  if (before.status === 'disposed') throw invalidField('custodianId', '已处置的资产不能再变更保管');
  const patch: Record<string, number | string | null> = {};
  if (move.custodianId !== undefined) patch.custodian_id = move.custodianId;
  if (move.roomId !== undefined) patch.room_id = move.roomId;
  if (move.departmentId !== undefined) patch.department_id = move.departmentId;
  if (move.status !== undefined) patch.status = move.status;
  const names = await checkAssetRefs(tx, schoolId, move);
  await updateAudited(tx, audit, { table: 'assets', entity: 'asset', label: '资产', id, schoolIds: [schoolId], version, patch, action: event.action ?? 'custody' });
  const side = (field: 'custodian_id' | 'room_id' | 'department_id', was: string | null, now: string | null) =>
    field in patch ? { [field.replace('_id', '')]: { from: was, to: now } } : {};
  await addAssetEvents(tx, schoolId, audit, new Date().toISOString(), [{
    assetId: id, kind: event.kind, note: event.note,
    data: { ...side('custodian_id', before.custodian, names.custodian), ...side('room_id', before.room, names.room), ...side('department_id', before.department, names.department), ...event.data },
  }]);
}

/**
 * 变更保管 (交接): a new user, department or place, with the reason on the card's timeline naming
 * who and where before and after — the handover the regulation asks for when a user or manager
 * changes (《行政事业性国有资产管理条例》 第十五条).
 */
export async function changeCustody(db: Kysely<Database>, actor: Actor, id: number, body: CustodyBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  if (body.custodianId === undefined && body.roomId === undefined && body.departmentId === undefined) {
    throw invalidField('custodianId', '请选择新的使用人、使用部门或存放地点');
  }
  await runInTransaction(db, (tx) => moveCustodyInTx(tx, schoolId, auditContextOf(actor), id, body.version, body, { kind: 'custody', note: body.reason.trim() }));
}
