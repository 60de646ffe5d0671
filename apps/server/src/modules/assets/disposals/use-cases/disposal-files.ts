import type { Tx } from '../../../../platform/db/audited-writes.js';
import { invalidField } from '../../../../platform/http/errors.js';

/** A minutes or document scan named in a step must be a file attached to this request. */
export async function requireDisposalFile(tx: Tx, schoolId: number, disposalId: number, fileId: number, field: string, label: string): Promise<void> {
  const file = await tx.selectFrom('files').select('id')
    .where('school_id', '=', schoolId).where('id', '=', fileId).where('owner_type', '=', 'asset_disposal').where('owner_id', '=', disposalId)
    .executeTakeFirst();
  if (!file) throw invalidField(field, `「${label}」（文件编号 ${fileId}）不是本申请的附件，请先上传`);
}

export function isPastOrToday(date: string, today: string): boolean {
  return date <= today;
}
