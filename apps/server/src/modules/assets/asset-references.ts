import type { Tx } from '../../platform/db/audited-writes.js';
import { invalidField } from '../../platform/http/errors.js';

export interface CustodyRefs { departmentId?: number | null | undefined; custodianId?: number | null | undefined; roomId?: number | null | undefined; managerDepartmentId?: number | null | undefined }

/** Names of the people and places a card points at, for its timeline. */
export interface RefNames { department: string | null; custodian: string | null; room: string | null }

/** Every id the card points at must be an active record of the writer's school; 400 naming the field otherwise. */
export async function checkAssetRefs(tx: Tx, schoolId: number, refs: CustodyRefs): Promise<RefNames> {
  const names: RefNames = { department: null, custodian: null, room: null };
  if (refs.roomId != null) {
    const room = await tx.selectFrom('rooms').select(['id', 'name']).where('id', '=', refs.roomId).where('school_id', '=', schoolId).where('active', '=', 1).executeTakeFirst();
    if (!room) throw invalidField('roomId', '「存放地点」不存在或已停用');
    names.room = room.name;
  }
  if (refs.custodianId != null) {
    const user = await tx.selectFrom('users').select(['id', 'name']).where('id', '=', refs.custodianId).where('school_id', '=', schoolId).where('active', '=', 1).executeTakeFirst();
    if (!user) throw invalidField('custodianId', '「使用人」不存在或已停用');
    names.custodian = user.name;
  }
  for (const field of ['departmentId', 'managerDepartmentId'] as const) {
    const id = refs[field];
    if (id == null) continue;
    const dept = await tx.selectFrom('departments').select(['id', 'name']).where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!dept) throw invalidField(field, field === 'departmentId' ? '「使用部门」不存在' : '「管理部门」不存在');
    if (field === 'departmentId') names.department = dept.name;
  }
  return names;
}
