import type { Actor } from '../../../platform/authz/actor.js';
import type { Db } from '../../../platform/db/database.js';
import { pagingOf } from '../../../platform/http/pagination.js';
import { describeQrTargets, targetKey } from '../../../platform/qr/qr-targets.js';
import { presentQrBatch, presentQrCode } from '../qr.presenter.js';
import { findQrCodeWithBatch, listQrBatches, listQrCodes } from '../qr.repository.js';
import type { QrBatchListQuery, QrCodeListQuery } from '../qr.schemas.js';

/** A page of codes with their targets named: one count, one page and one query per target type. */
export async function listQrCodesPage(db: Db, actor: Actor, query: QrCodeListQuery, baseUrl: string) {
  const page = await listQrCodes(db.kysely, db.dialect, actor.readableSchoolIds, query, pagingOf(query));
  const refs = page.items.flatMap((r) => (r.target_type !== null && r.target_id !== null ? [{ type: r.target_type, id: r.target_id }] : []));
  const targets = await describeQrTargets(db.kysely, actor.readableSchoolIds, refs);
  return {
    ...page,
    items: page.items.map((r) =>
      presentQrCode(r, r.target_type !== null && r.target_id !== null ? targets.get(targetKey(r.target_type, r.target_id)) : undefined, baseUrl, actor)),
  };
}

export async function listQrBatchesPage(db: Db, actor: Actor, query: QrBatchListQuery & { id?: number }) {
  const page = await listQrBatches(db.kysely, actor.readableSchoolIds, query, pagingOf(query));
  return { ...page, items: page.items.map((r) => presentQrBatch(r, actor)) };
}

/** One code as the list shows it, e.g. after linking it. */
export async function getQrCodeDto(db: Db, actor: Actor, code: string, baseUrl: string) {
  const row = await findQrCodeWithBatch(db.kysely, actor.readableSchoolIds, code);
  if (!row) return undefined;
  const refs = row.target_type !== null && row.target_id !== null ? [{ type: row.target_type, id: row.target_id }] : [];
  const targets = await describeQrTargets(db.kysely, actor.readableSchoolIds, refs);
  const ref = refs[0];
  return presentQrCode(row, ref ? targets.get(targetKey(ref.type, ref.id)) : undefined, baseUrl, actor);
}
