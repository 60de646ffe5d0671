import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound, staleVersion } from '../../../platform/http/errors.js';
import { addAssetEvents } from '../asset-events.js';
import { checkAssetRefs } from '../asset-references.js';
import type { CustodyBody } from '../assets.schemas.js';

/**
 * 变更保管 (交接): a new user, department or place, with the reason on the card's timeline naming
 * who and where before and after — the handover the regulation asks for when a user or manager
 * changes (《行政事业性国有资产管理条例》 第十五条).
 */
export async function changeCustody(db: Kysely<Database>, actor: Actor, id: number, body: CustodyBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const audit = auditContextOf(actor);
  await runInTransaction(db, async (tx) => {
    const before = await tx.selectFrom('assets as a')
      .leftJoin('users as u', 'u.id', 'a.custodian_id').leftJoin('rooms as r', 'r.id', 'a.room_id').leftJoin('departments as d', 'd.id', 'a.department_id')
      .select(['a.id', 'a.version', 'a.status', 'a.custodian_id', 'a.room_id', 'a.department_id', 'u.name as custodian', 'r.name as room', 'd.name as department'])
      .where('a.id', '=', id).where('a.school_id', '=', schoolId).executeTakeFirst();
    if (!before) throw notFound('资产');
    if (before.version !== body.version) throw staleVersion('资产');
    if (before.status === 'disposed') throw invalidField('custodianId', '已处置的资产不能再变更保管');
    const patch: Record<string, number | null> = {};
    if (body.custodianId !== undefined) patch.custodian_id = body.custodianId;
    if (body.roomId !== undefined) patch.room_id = body.roomId;
    if (body.departmentId !== undefined) patch.department_id = body.departmentId;
    if (Object.keys(patch).length === 0) throw invalidField('custodianId', '请选择新的使用人、使用部门或存放地点');
    const names = await checkAssetRefs(tx, schoolId, body);
    await updateAudited(tx, audit, { table: 'assets', entity: 'asset', label: '资产', id, schoolIds: [schoolId], version: body.version, patch, action: 'custody' });
    const side = (field: 'custodian_id' | 'room_id' | 'department_id', was: string | null, now: string | null) =>
      field in patch ? { [field.replace('_id', '')]: { from: was, to: now } } : {};
    await addAssetEvents(tx, schoolId, audit, new Date().toISOString(), [{
      assetId: id, kind: 'custody', note: body.reason.trim(),
      data: { ...side('custodian_id', before.custodian, names.custodian), ...side('room_id', before.room, names.room), ...side('department_id', before.department, names.department) },
    }]);
  });
}
