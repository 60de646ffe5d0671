import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { translateDbError } from '../../../platform/http/db-errors.js';
import { invalidField, notFound, platformError } from '../../../platform/http/errors.js';
import { LABEL_LAYOUTS, labelsPerPage } from '../../../platform/pdf/label-layouts.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { qrCodeUrl } from '../../../platform/qr/qr-code-text.js';
import { type QrLabel, renderQrLabelsPdf } from '../../../platform/qr/qr-label-pdf.js';
import { describeQrTargets, targetKey } from '../../../platform/qr/qr-targets.js';
import { qrError } from '../qr.errors.js';
import { codesOfBatch, codesOfTargets, findQrBatch, freshQrCodes, insertQrCodes, schoolNameOf } from '../qr.repository.js';
import type { LabelsBody } from '../qr.schemas.js';
import { describeRooms } from '../targets/room-qr-target.js';

// A pre-printed batch label does not know yet which door it will go on.
const UNLINKED_TITLE = '后勤服务二维码';
const UNLINKED_SUBTITLE = '手机扫码使用';

/** Labels for rooms, in the order asked; rooms without a code get one, audited, in one transaction. */
async function roomLabels(db: Db, actor: Actor, schoolId: number, schoolName: string, roomIds: number[], baseUrl: string): Promise<QrLabel[]> {
  const ids = [...new Set(roomIds)];
  try {
    return await runInTransaction(db.kysely, async (tx) => {
      const rooms = await describeRooms(tx, [schoolId], ids);
      const missing = ids.filter((id) => !rooms.has(id));
      if (missing.length > 0) throw platformError('NOT_FOUND', `有 ${missing.length} 个房间不存在或无权查看（编号 ${missing.slice(0, 5).join('、')}）`);
      const codes = new Map([...(await codesOfTargets(tx, schoolId, 'room', ids))].map(([id, row]) => [id, row.code]));
      const uncoded = ids.filter((id) => !codes.has(id));
      if (uncoded.length > 0) {
        const now = nowIso();
        const fresh = await freshQrCodes(tx, uncoded.length);
        const rows = await insertQrCodes(tx, uncoded.map((id, i) => ({
          school_id: schoolId, code: fresh[i] ?? '', batch_id: null, target_type: 'room', target_id: id, linked_at: now,
        })), now);
        const ctx = auditContextOf(actor);
        for (const row of rows) {
          await recordAudit(tx, ctx, { entity: 'qr_code', entityId: row.id, action: 'create', after: { ...row }, schoolId });
          if (row.target_id !== null) codes.set(row.target_id, row.code);
        }
      }
      return ids.map((id) => {
        const room = rooms.get(id);
        const code = codes.get(id) ?? '';
        return { url: qrCodeUrl(baseUrl, code), code, schoolName, title: room?.name ?? '', subtitle: room?.location ?? null };
      });
    });
  } catch (err) {
    // Another print of the same rooms created their codes first; printing again finds them.
    if (translateDbError(err)?.code === 'DUPLICATE') throw qrError('QR_TARGET_TAKEN', '有人正在为相同的房间生成二维码，请稍后重新打印');
    throw err;
  }
}

async function batchLabels(db: Db, schoolId: number, schoolName: string, batchId: number, baseUrl: string): Promise<QrLabel[]> {
  const batch = await findQrBatch(db.kysely, [schoolId], batchId);
  if (!batch) throw notFound('二维码批次');
  const codes = await codesOfBatch(db.kysely, schoolId, batch.id);
  const linked = codes.flatMap((c) => (c.target_type !== null && c.target_id !== null ? [{ type: c.target_type, id: c.target_id }] : []));
  const targets = await describeQrTargets(db.kysely, [schoolId], linked);
  return codes.map((c) => {
    const info = c.target_type !== null && c.target_id !== null ? targets.get(targetKey(c.target_type, c.target_id)) : undefined;
    return {
      url: qrCodeUrl(baseUrl, c.code), code: c.code, schoolName,
      title: info?.name ?? UNLINKED_TITLE, subtitle: info ? info.location : UNLINKED_SUBTITLE,
    };
  });
}

/** The printable label sheet for a set of rooms or a pre-generated batch. */
export async function printQrLabels(db: Db, actor: Actor, body: LabelsBody, baseUrl: string): Promise<{ pdf: Buffer; count: number }> {
  const schoolId = writableSchoolId(actor);
  if ((body.roomIds === undefined) === (body.batchId === undefined)) {
    throw invalidField('roomIds', '请选择要打印的房间，或选择一个二维码批次（二者选其一）');
  }
  const layout = LABEL_LAYOUTS[body.layout];
  const startPosition = body.startPosition ?? 1;
  if (startPosition > labelsPerPage(layout)) {
    throw invalidField('startPosition', `「起始位置」不能大于 ${labelsPerPage(layout)}（${layout.label}）`);
  }
  // Before any write: without a Chinese font there is nothing worth creating codes for.
  const font = findCjkFont();
  const schoolName = await schoolNameOf(db.kysely, schoolId);
  const labels = body.roomIds
    ? await roomLabels(db, actor, schoolId, schoolName, body.roomIds, baseUrl)
    : await batchLabels(db, schoolId, schoolName, body.batchId ?? 0, baseUrl);
  const pdf = await renderQrLabelsPdf({ labels, layout, startPosition, font, title: `${schoolName} 二维码标签` });
  return { pdf, count: labels.length };
}
