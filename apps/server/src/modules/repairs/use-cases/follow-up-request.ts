import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import { followersOf } from '../repairs.repository.js';
import type { FollowUpBody } from '../requests.schemas.js';
import { addEvents, addFollowers } from '../writes.repository.js';
import { claimPhotos } from './claim-photos.js';
import { loadRequestFor } from './request-action.js';
import { requiredText } from './required-text.js';
import { subjectOf } from './work-order-action.js';

/**
 * 跟进: instead of reporting a fault twice, add a comment (and photos) to the open request; the
 * person follows it from now on and hears when it is done.
 */
export async function followUpRequest(db: Kysely<Database>, actor: Actor, id: number, body: FollowUpBody): Promise<void> {
  const comment = requiredText(body.comment, 'comment', '跟进说明');
  await runRepairWrite(db, actor, async (c) => {
    const row = await loadRequestFor(c, id, 'follow_up', null);
    const before = (await followersOf(c.tx, c.schoolId, [id])).map((f) => f.user_id);
    await addFollowers(c.tx, c.schoolId, id, [actor.userId], c.at);
    const photos = body.photoFileIds ?? [];
    await claimPhotos(c, actor, photos, { type: 'repair_request', id }, 'photoFileIds');
    await recordAudit(c.tx, c.audit, { entity: 'repair_request', entityId: id, action: 'follow_up', after: { comment, fileIds: photos }, schoolId: c.schoolId });
    await addEvents(c.tx, c.schoolId, c.audit, c.at, [{ requestId: id, workOrderId: row.wo_id, kind: 'follow_up', note: comment, data: photos.length ? { fileIds: photos } : null }]);
    const to = [...before, ...(row.assignee_id !== null ? [row.assignee_id] : [])].filter((u) => u !== actor.userId);
    await repairNotices(c.tx, c.schoolId, c.outbox).followedUp([...new Set(to)], subjectOf(row), actor.name, comment);
  });
}
