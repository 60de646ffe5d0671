import { QR_TARGET_LABELS } from '@houqin/contracts';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { translateDbError } from '../../../platform/http/db-errors.js';
import { invalidField, notFound, staleVersion } from '../../../platform/http/errors.js';
import { normalizeQrCode } from '../../../platform/qr/qr-code-text.js';
import { qrTargetDefinition } from '../../../platform/qr/qr-targets.js';
import { UNLINKED, qrCodeTarget } from '../qr-audit.js';
import { qrError } from '../qr.errors.js';
import { findCodeOfTarget, findQrCode } from '../qr.repository.js';
import type { LinkBody } from '../qr.schemas.js';

function targetTaken(label: string, code: string) {
  return qrError('QR_TARGET_TAKEN', `该${label}已绑定二维码 ${code}。如要改用这张标签，请选择“替换”，原标签将失效`);
}

/**
 * Points a printed code at a target (first link or relink: the label on the door stays valid,
 * only what it opens changes). A target holds at most one code: a second code is refused with
 * 409 unless `replace` is set, which unlinks the old code in the same transaction.
 */
export async function linkQrCode(db: Db, actor: Actor, rawCode: string, body: LinkBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const code = normalizeQrCode(rawCode);
  if (!code) throw notFound('二维码');
  const definition = qrTargetDefinition(body.targetType);
  if (!definition) throw invalidField('targetType', `「绑定对象类型」暂不支持${QR_TARGET_LABELS[body.targetType]}`);
  const label = QR_TARGET_LABELS[body.targetType];
  const ctx = auditContextOf(actor);
  try {
    await runInTransaction(db.kysely, async (tx) => {
      const row = await findQrCode(tx, [schoolId], code);
      if (!row) throw notFound('二维码');
      if (row.version !== body.version) throw staleVersion('二维码');
      if (!(await definition.describe(tx, [schoolId], body.targetId))) throw notFound(label);
      if (row.target_type === body.targetType && row.target_id === body.targetId) return;
      const holder = await findCodeOfTarget(tx, schoolId, body.targetType, body.targetId);
      if (holder) {
        if (!body.replace) throw targetTaken(label, holder.code);
        await updateAudited(tx, ctx, { ...qrCodeTarget(holder.id, schoolId), version: holder.version, patch: { ...UNLINKED }, action: 'unlink' });
      }
      await updateAudited(tx, ctx, {
        ...qrCodeTarget(row.id, schoolId), version: body.version, action: row.target_id === null ? 'link' : 'relink',
        patch: { target_type: body.targetType, target_id: body.targetId, linked_at: nowIso() },
      });
    });
  } catch (err) {
    // Someone linked another code to the same target at the same moment: the unique index said no.
    if (translateDbError(err)?.code === 'DUPLICATE') {
      const holder = await findCodeOfTarget(db.kysely, schoolId, body.targetType, body.targetId);
      throw targetTaken(label, holder?.code ?? '');
    }
    throw err;
  }
}
