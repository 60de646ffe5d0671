import type { Actor } from '../../../../platform/authz/actor.js';
import type { Tx } from '../../../../platform/db/audited-writes.js';
import { type FieldError, platformError } from '../../../../platform/http/errors.js';

/** `ownOnly`: a signature must be the submitter's own, whoever else attached images to the check. */
export interface FileRef { field: string; label: string; fileId: number; ownOnly?: boolean }

/**
 * A signature or photo is evidence of who checked: it must be an image of this school uploaded
 * by the person submitting, or one already attached to this room's check (a correction keeps them).
 */
export async function checkEvidenceFiles(tx: Tx, actor: Actor, schoolId: number, checkId: number, refs: FileRef[]): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx.selectFrom('files').select(['id', 'created_by', 'mime', 'owner_type', 'owner_id'])
    .where('school_id', '=', schoolId).where('id', 'in', [...new Set(refs.map((r) => r.fileId))]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  for (const ref of refs) {
    const file = byId.get(ref.fileId);
    const usable = file && (file.created_by === actor.userId || (!ref.ownOnly && file.owner_type === 'asset_check' && file.owner_id === checkId));
    if (!file || !usable) errors.push({ field: ref.field, message: `「${ref.label}」引用的图片（编号 ${ref.fileId}）不存在或不是您上传的` });
    else if (!file.mime.startsWith('image/')) errors.push({ field: ref.field, message: `「${ref.label}」只能使用图片` });
  }
  if (errors.length) throw platformError('VALIDATION_FAILED', errors[0]?.message ?? '图片有误', errors);
}
