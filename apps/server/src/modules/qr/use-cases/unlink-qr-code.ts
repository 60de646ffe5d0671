import type { Actor } from '../../../platform/authz/actor.js';
import { writableSchoolId } from '../../../platform/authz/actor.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { notFound, staleVersion } from '../../../platform/http/errors.js';
import { normalizeQrCode } from '../../../platform/qr/qr-code-text.js';
import { UNLINKED, qrCodeTarget } from '../qr-audit.js';
import { qrError } from '../qr.errors.js';
import { findCodeOfTarget, findQrCode } from '../qr.repository.js';
import type { UnlinkBody } from '../qr.schemas.js';

/** Detaches a code from its target; the printed label then opens the "not yet attached" page. */
export async function unlinkQrCode(db: Db, actor: Actor, rawCode: string, body: UnlinkBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const code = normalizeQrCode(rawCode);
  if (!code) throw notFound('二维码');
  await runInTransaction(db.kysely, async (tx) => {
    const row = await findQrCode(tx, [schoolId], code);
    if (!row) throw notFound('二维码');
    if (row.version !== body.version) throw staleVersion('二维码');
    if (row.target_id === null) throw qrError('QR_NOT_LINKED', '这个二维码目前没有绑定任何对象');
    await updateAudited(tx, auditContextOf(actor), { ...qrCodeTarget(row.id, schoolId), version: body.version, patch: { ...UNLINKED }, action: 'unlink' });
  });
}

/**
 * For modules that delete a target (e.g. org deleting a room): call inside the same transaction
 * so the label on the door shows "not attached" instead of opening a missing record.
 */
export async function unlinkQrCodeOfTarget(tx: Tx, ctx: AuditContext, schoolId: number, type: string, id: number): Promise<void> {
  const holder = await findCodeOfTarget(tx, schoolId, type, id);
  if (!holder) return;
  await updateAudited(tx, ctx, { ...qrCodeTarget(holder.id, schoolId), version: holder.version, patch: { ...UNLINKED }, action: 'unlink' });
}
