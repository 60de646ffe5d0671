import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { PROGRESS_LABELS, type ProgressStatus, requestCode } from '../repairs.labels.js';
import { findOpenDuplicates, followersOf } from '../repairs.repository.js';

/**
 * The 跟进 check: open requests of this room (and category) that someone about to report should
 * follow up instead of duplicating. Shows only what the report form needs, whoever reported them.
 */
export async function findDuplicates(db: Kysely<Database>, actor: Actor, q: { roomId: number; categoryId?: number | undefined }) {
  const schoolId = writableSchoolId(actor);
  const rows = await findOpenDuplicates(db, schoolId, q);
  const following = new Set((await followersOf(db, schoolId, rows.map((r) => r.id))).filter((f) => f.user_id === actor.userId).map((f) => f.request_id));
  return {
    items: rows.map((r) => {
      const progress = (r.status === 'converted' && r.wo_status ? r.wo_status : r.status) as ProgressStatus;
      return {
        id: r.id, code: requestCode(r.id), categoryId: r.category_id, categoryName: r.category_name, description: r.description,
        progress, progressLabel: PROGRESS_LABELS[progress] ?? progress, reportedAt: r.reported_at, requesterName: r.requester_name,
        mine: r.requester_id === actor.userId, following: following.has(r.id),
      };
    }),
  };
}
