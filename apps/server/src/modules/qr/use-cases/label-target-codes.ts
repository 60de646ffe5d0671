import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { translateDbError } from '../../../platform/http/db-errors.js';
import { qrError } from '../qr.errors.js';
import { codesOfTargets, freshQrCodes, insertQrCodes } from '../qr.repository.js';

/**
 * The code of each target about to get a label: the one already linked (labels already stuck on
 * stay valid), else a fresh code linked now, audited in the caller's transaction. One code per
 * target is enforced by a unique index, so two prints racing for the same targets cannot both win.
 */
export async function labelCodesForTargets(tx: Tx, actor: Actor, schoolId: number, targetType: string, ids: number[]): Promise<Map<number, string>> {
  const codes = new Map([...(await codesOfTargets(tx, schoolId, targetType, ids))].map(([id, row]) => [id, row.code]));
  const uncoded = ids.filter((id) => !codes.has(id));
  if (uncoded.length === 0) return codes;
  const now = nowIso();
  const fresh = await freshQrCodes(tx, uncoded.length);
  const rows = await insertQrCodes(tx, uncoded.map((id, i) => ({
    school_id: schoolId, code: fresh[i] ?? '', batch_id: null, target_type: targetType, target_id: id, linked_at: now,
  })), now);
  const ctx = auditContextOf(actor);
  for (const row of rows) {
    await recordAudit(tx, ctx, { entity: 'qr_code', entityId: row.id, action: 'create', after: { ...row }, schoolId });
    if (row.target_id !== null) codes.set(row.target_id, row.code);
  }
  return codes;
}

/** A print that lost the race for the same targets' codes: printing again finds them. */
export function labelRaceError(err: unknown, what: string): unknown {
  return translateDbError(err)?.code === 'DUPLICATE' ? qrError('QR_TARGET_TAKEN', `有人正在为相同的${what}生成二维码，请稍后重新打印`) : err;
}
