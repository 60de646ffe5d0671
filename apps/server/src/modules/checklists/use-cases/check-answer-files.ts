import type { Actor } from '../../../platform/authz/actor.js';
import type { ReferencedFile } from '../../../platform/checklists/checklist-answers.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { type FieldError, platformError } from '../../../platform/http/errors.js';

/**
 * Photos and signatures are evidence of who saw what: an answer may only use images of this
 * school uploaded by the person answering, or already attached to the draft being submitted
 * (someone finishing a colleague's draft keeps the colleague's photos).
 */
export async function checkAnswerFiles(tx: Tx, actor: Actor, schoolId: number, refs: ReferencedFile[], draftResultId: number | null): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx
    .selectFrom('files')
    .select(['id', 'created_by', 'mime', 'owner_type', 'owner_id'])
    .where('school_id', '=', schoolId)
    .where('id', 'in', [...new Set(refs.map((r) => r.fileId))])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  for (const ref of refs) {
    const file = byId.get(ref.fileId);
    const usable = file && (file.created_by === actor.userId || (draftResultId !== null && file.owner_type === 'checklist_result' && file.owner_id === draftResultId));
    if (!file || !usable) {
      errors.push({ field: `answers.${ref.itemKey}`, message: `「${ref.label}」引用的图片（编号 ${ref.fileId}）不存在或不是您上传的` });
    } else if (!file.mime.startsWith('image/')) {
      errors.push({ field: `answers.${ref.itemKey}`, message: `「${ref.label}」只能使用图片，编号 ${ref.fileId} 的附件不是图片` });
    }
  }
  if (errors.length) throw platformError('VALIDATION_FAILED', errors[0]?.message ?? '图片有误', errors);
}
