import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { invalidField, notFound } from '../../../platform/http/errors.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { qrCodeUrl } from '../../../platform/qr/qr-code-text.js';
import { type QrLabel, renderQrLabelsPdf } from '../../../platform/qr/qr-label-pdf.js';
import { schoolNameOf } from '../../qr/qr.repository.js';
import { labelCodesForTargets, labelRaceError } from '../../qr/use-cases/label-target-codes.js';
import { labelSheetOrThrow } from '../../qr/use-cases/print-qr-labels.js';
import { locationOf } from '../assets.presenter.js';
import { type AssetRow, type AssetScope, allAssetRows, findAssetRows } from '../assets.repository.js';
import { type AssetLabelsBody, MAX_ASSET_LABELS } from './asset-labels.schemas.js';

/** Exactly one way of choosing the cards; disposed cards never get a new label. */
async function chosenCards(db: Db, scope: AssetScope, body: AssetLabelsBody): Promise<AssetRow[]> {
  const ways = [body.assetIds, body.roomId, body.filter].filter((w) => w !== undefined).length;
  if (ways !== 1) throw invalidField('assetIds', '请选择要打印的资产、一个房间或一组筛选条件（三者选其一）');
  if (body.assetIds) {
    const ids = [...new Set(body.assetIds)];
    const rows = await findAssetRows(db.kysely, scope, ids);
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw notFound(`有 ${missing.length} 张资产卡片（编号 ${missing.slice(0, 5).join('、')}）`);
    const disposed = rows.find((r) => r.status === 'disposed');
    if (disposed) throw invalidField('assetIds', `「${disposed.name}（${disposed.code}）」已处置，不能再打印标签`);
    return rows;
  }
  const filter = body.roomId !== undefined ? { roomId: body.roomId } : body.filter ?? {};
  const rows = (await allAssetRows(db.kysely, db.dialect, scope, filter)).filter((r) => r.status !== 'disposed');
  const field = body.roomId !== undefined ? 'roomId' : 'filter';
  if (rows.length === 0) throw invalidField(field, body.roomId !== undefined ? '这个房间没有在账的资产卡片' : '没有符合条件的资产卡片');
  if (rows.length > MAX_ASSET_LABELS) throw invalidField(field, `符合条件的资产有 ${rows.length} 件，一次最多打印 ${MAX_ASSET_LABELS} 张，请缩小范围`);
  return rows;
}

/**
 * Labels for asset cards (one code per card: the one already linked, else a new one linked now),
 * each showing the school, the card's name, number and place, and the QR code to the phone card.
 */
export async function printAssetLabels(db: Db, actor: Actor, body: AssetLabelsBody, baseUrl: string): Promise<{ pdf: Buffer; count: number }> {
  const schoolId = writableSchoolId(actor);
  const { layout, startPosition } = labelSheetOrThrow(body.layout, body.startPosition);
  // Before any write: without a Chinese font there is nothing worth creating codes for.
  const font = findCjkFont();
  const scope: AssetScope = { schoolIds: [schoolId], own: null };
  const schoolName = await schoolNameOf(db.kysely, schoolId);
  const cards = await chosenCards(db, scope, body);
  let codes: Map<number, string>;
  try {
    codes = await runInTransaction(db.kysely, (tx) => labelCodesForTargets(tx, actor, schoolId, 'asset', cards.map((c) => c.id)));
  } catch (err) {
    throw labelRaceError(err, '资产');
  }
  const labels: QrLabel[] = cards.map((c) => {
    const code = codes.get(c.id) ?? '';
    return { url: qrCodeUrl(baseUrl, code), code, schoolName, title: c.name, detail: `编号 ${c.code}`, subtitle: locationOf(c) || null, hideCode: true };
  });
  const pdf = await renderQrLabelsPdf({ labels, layout, startPosition, font, title: `${schoolName} 资产标签` });
  return { pdf, count: labels.length };
}
