import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { invalidField } from '../../../platform/http/errors.js';
import { freshQrCodes, insertQrCodes } from '../qr.repository.js';
import type { QrBatchBody } from '../qr.schemas.js';

/**
 * Pre-generates `count` unlinked codes for printing on a sheet before anyone knows which door
 * each label will go on. One audit event describes the batch; the codes carry its id.
 */
export async function createQrBatch(db: Db, actor: Actor, body: QrBatchBody): Promise<{ id: number }> {
  const schoolId = writableSchoolId(actor);
  const name = body.name.trim();
  if (!name) throw invalidField('name', '「批次名称」不能为空');
  return runInTransaction(db.kysely, async (tx) => {
    const now = nowIso();
    const batch = await tx
      .insertInto('qr_batches')
      .values({ school_id: schoolId, name, size: body.count, created_by: actor.userId, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const codes = await freshQrCodes(tx, body.count);
    const rows = await insertQrCodes(tx, codes.map((code) => ({
      school_id: schoolId, code, batch_id: batch.id, target_type: null, target_id: null, linked_at: null,
    })), now);
    await recordAudit(tx, auditContextOf(actor), {
      entity: 'qr_batch', entityId: batch.id, action: 'create', schoolId,
      after: { ...batch, first_code: rows[0]?.code ?? null, last_code: rows[rows.length - 1]?.code ?? null },
    });
    return { id: batch.id };
  });
}
