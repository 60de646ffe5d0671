import crypto from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { FileStorage } from '../../../platform/files/file-storage.js';
import { inspectUpload } from '../../../platform/files/inspect-upload.js';
import { forbidden } from '../../../platform/http/errors.js';
import { findFile, insertFile } from '../files.repository.js';
import { readableOwnerOrThrow } from './resolve-owner.js';

export interface UploadInput { ownerType: string; ownerId: number; fileName: string; data: Buffer }

/** Keeps the name people recognise, minus paths and control characters a browser might send. */
export function cleanFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return clean || `附件.${ext}`;
}

/**
 * Stores an uploaded photo or PDF for a record the actor may attach to: bytes first, then the
 * row and its audit event in one transaction. If the row cannot be written the bytes are
 * removed again, so storage never holds a file the database does not know about.
 */
export async function uploadFile(db: Db, storage: FileStorage, actor: Actor, input: UploadInput) {
  const schoolId = writableSchoolId(actor);
  const owner = await readableOwnerOrThrow(db.kysely, actor, input.ownerType, input.ownerId);
  if (!(await owner.canAttach(db.kysely, actor, input.ownerId))) throw forbidden(`没有权限给此${owner.label}添加附件`);
  const inspected = await inspectUpload(input.data);

  const now = nowIso();
  const stem = `${schoolId}/${now.slice(0, 4)}/${now.slice(5, 7)}/${crypto.randomUUID()}`;
  const storageKey = `${stem}.${inspected.ext}`;
  const thumbKey = inspected.thumbnail ? `${stem}.thumb.jpg` : null;
  const removeStored = async () => {
    await storage.delete(storageKey).catch(() => undefined);
    if (thumbKey) await storage.delete(thumbKey).catch(() => undefined);
  };
  try {
    await storage.put(storageKey, input.data);
    if (thumbKey && inspected.thumbnail) await storage.put(thumbKey, inspected.thumbnail);
    const id = await runInTransaction(db.kysely, async (tx) => {
      const row = await insertFile(tx, {
        school_id: schoolId, owner_type: input.ownerType, owner_id: input.ownerId,
        original_name: cleanFileName(input.fileName, inspected.ext), mime: inspected.mime, size: input.data.length,
        sha256: crypto.createHash('sha256').update(input.data).digest('hex'), storage_key: storageKey, thumb_key: thumbKey,
        width: inspected.width, height: inspected.height, created_by: actor.userId, created_at: now,
      });
      await recordAudit(tx, auditContextOf(actor), { entity: 'file', entityId: row.id, action: 'create', after: row, schoolId });
      return row.id;
    });
    const saved = await findFile(db.kysely, [schoolId], id);
    if (!saved) throw new Error(`file ${id} vanished after insert`);
    return saved;
  } catch (err) {
    await removeStored();
    throw err;
  }
}
