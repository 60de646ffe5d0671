import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { fileOwnerDefinition } from '../../../platform/files/file-owners.js';
import type { FileStorage } from '../../../platform/files/file-storage.js';
import { forbidden } from '../../../platform/http/errors.js';
import { canDeleteFile } from '../files.policy.js';
import { deleteFileRow } from '../files.repository.js';
import { readableFileOrThrow } from './read-file.js';

/**
 * Removes an attachment: the row and its audit event first, the bytes after the commit. If the
 * bytes cannot be removed they are orphaned on disk, which is harmless; the reverse order could
 * leave a row pointing at nothing.
 */
export async function deleteFile(db: Db, storage: FileStorage, actor: Actor, id: number): Promise<void> {
  const file = await readableFileOrThrow(db, actor, id);
  if (!canDeleteFile(actor, file)) throw forbidden('只有上传者（24 小时内）或有“删除附件”权限的人可以删除附件');
  const owner = fileOwnerDefinition(file.owner_type);
  if (owner?.canDelete && !(await owner.canDelete(db.kysely, actor, file.owner_id))) throw forbidden(`此${owner.label}的附件不能再删除`);
  await runInTransaction(db.kysely, async (tx) => {
    await deleteFileRow(tx, file.school_id, file.id);
    const { created_by_name: _name, ...before } = file;
    await recordAudit(tx, auditContextOf(actor), { entity: 'file', entityId: file.id, action: 'delete', before, schoolId: file.school_id });
  });
  await storage.delete(file.storage_key).catch(() => undefined);
  if (file.thumb_key) await storage.delete(file.thumb_key).catch(() => undefined);
}
