import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import type { FileStorage } from '../../../platform/files/file-storage.js';

/** A photo taken for a report that was never sent is kept this long, then removed. */
export const DRAFT_PHOTO_TTL_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * Removes draft repair photos (uploaded, then never used by a report, 跟进 or completion) older
 * than a day: rows first, each with its audit event, bytes after the commit, as the files module
 * deletes. School by school, so the files index (school, owner type) serves each query.
 */
export async function purgeDraftPhotos(db: Kysely<Database>, storage: FileStorage, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - DRAFT_PHOTO_TTL_MS).toISOString();
  const schools = await db.selectFrom('schools').select('id').execute();
  let removed = 0;
  for (const school of schools) {
    const rows = await db.selectFrom('files').selectAll()
      .where('school_id', '=', school.id).where('owner_type', '=', 'repair_draft').where('created_at', '<', cutoff)
      .limit(BATCH).execute();
    for (const file of rows) {
      await runInTransaction(db, async (tx) => {
        await tx.deleteFrom('files').where('id', '=', file.id).where('school_id', '=', school.id).execute();
        await recordAudit(tx, { actorId: null, actorName: '系统', schoolId: school.id, ip: null }, { entity: 'file', entityId: file.id, action: 'delete', before: file });
      });
      await storage.delete(file.storage_key).catch(() => undefined);
      if (file.thumb_key) await storage.delete(file.thumb_key).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
