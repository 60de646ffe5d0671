import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { invalidField, notFound, platformError } from '../../../platform/http/errors.js';
import { LABEL_LAYOUTS, type LabelLayout, type LabelLayoutKey, labelsPerPage } from '../../../platform/pdf/label-layouts.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { qrCodeUrl } from '../../../platform/qr/qr-code-text.js';
import { type QrLabel, renderQrLabelsPdf } from '../../../platform/qr/qr-label-pdf.js';
import { describeQrTargets, targetKey } from '../../../platform/qr/qr-targets.js';
import { codesOfBatch, findQrBatch, schoolNameOf } from '../qr.repository.js';
import type { LabelsBody } from '../qr.schemas.js';
import { describeRooms } from '../targets/room-qr-target.js';
import { labelCodesForTargets, labelRaceError } from './label-target-codes.js';

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
      const codes = await labelCodesForTargets(tx, actor, schoolId, 'room', ids);
      return ids.map((id) => {
        const room = rooms.get(id);
        const code = codes.get(id) ?? '';
        return { url: qrCodeUrl(baseUrl, code), code, schoolName, title: room?.name ?? '', subtitle: room?.location ?? null };
      });
    });
  } catch (err) {
    throw labelRaceError(err, '房间');
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

/** The label stock and where on the first (part-used) sheet to start; 400 `startPosition` past its end. */
export function labelSheetOrThrow(key: LabelLayoutKey, start: number | undefined): { layout: LabelLayout; startPosition: number } {
  const layout = LABEL_LAYOUTS[key];
  const startPosition = start ?? 1;
  if (startPosition > labelsPerPage(layout)) {
    throw invalidField('startPosition', `「起始位置」不能大于 ${labelsPerPage(layout)}（${layout.label}）`);
  }
  return { layout, startPosition };
}

/** The printable label sheet for a set of rooms or a pre-generated batch. */
export async function printQrLabels(db: Db, actor: Actor, body: LabelsBody, baseUrl: string): Promise<{ pdf: Buffer; count: number }> {
  const schoolId = writableSchoolId(actor);
  if ((body.roomIds === undefined) === (body.batchId === undefined)) {
    throw invalidField('roomIds', '请选择要打印的房间，或选择一个二维码批次（二者选其一）');
  }
  const { layout, startPosition } = labelSheetOrThrow(body.layout, body.startPosition);
  // Before any write: without a Chinese font there is nothing worth creating codes for.
  const font = findCjkFont();
  const schoolName = await schoolNameOf(db.kysely, schoolId);
  const labels = body.roomIds
    ? await roomLabels(db, actor, schoolId, schoolName, body.roomIds, baseUrl)
    : await batchLabels(db, schoolId, schoolName, body.batchId ?? 0, baseUrl);
  const pdf = await renderQrLabelsPdf({ labels, layout, startPosition, font, title: `${schoolName} 二维码标签` });
  return { pdf, count: labels.length };
}
