import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { invalidField } from '../../../platform/http/errors.js';
import type { WriteContext } from '../repair-context.js';

/** Where photos end up: on the request (reported, 跟进) or on the work order (after-photos). */
export interface PhotoOwner { type: 'repair_request' | 'work_order'; id: number }

/**
 * Photos are uploaded first, each on its own (POST /files, ownerType "repair_draft", ownerId = the
 * uploader's user id), so a slow phone network uploads while the user is still typing and a bad
 * file is refused (413/415) before anything else is saved. The action that uses them then moves
 * them onto its record in the same transaction as the action: either both happen or neither.
 * Files already on that record may be referenced again.
 */
export async function claimPhotos(c: WriteContext, actor: Actor, fileIds: readonly number[], owner: PhotoOwner, field: string): Promise<void> {
  if (fileIds.length === 0) return;
  const rows = await c.tx.selectFrom('files').select(['id', 'owner_type', 'owner_id', 'mime'])
    .where('school_id', '=', c.schoolId).where('id', 'in', [...fileIds]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const toMove: number[] = [];
  for (const id of fileIds) {
    const f = byId.get(id);
    const isDraft = f?.owner_type === 'repair_draft' && f.owner_id === actor.userId;
    const isAttached = f?.owner_type === owner.type && f.owner_id === owner.id;
    if (!f || (!isDraft && !isAttached)) throw invalidField(field, `照片 ${id} 不存在，或不是您刚上传的照片`);
    if (!f.mime.startsWith('image/')) throw invalidField(field, '照片只能是 JPG、PNG、WebP 或 GIF 图片');
    if (isDraft) toMove.push(id);
  }
  if (toMove.length === 0) return;
  await c.tx.updateTable('files').set({ owner_type: owner.type, owner_id: owner.id })
    .where('school_id', '=', c.schoolId).where('id', 'in', toMove)
    .where('owner_type', '=', 'repair_draft').where('owner_id', '=', actor.userId)
    .execute();
  for (const id of toMove) {
    await recordAudit(c.tx, c.audit, {
      entity: 'file', entityId: id, action: 'attach', schoolId: c.schoolId,
      before: { owner_type: 'repair_draft', owner_id: actor.userId }, after: { owner_type: owner.type, owner_id: owner.id },
    });
  }
}

/** Does the setting demand a photo for a report of this urgency? */
export function reportPhotoRequired(rule: string, urgency: string): boolean {
  return rule === 'always' || (rule === 'except_urgent' && urgency !== 'urgent');
}
