import type { Kysely } from 'kysely';
import { recordAudit } from '../../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { forbidden, invalidField } from '../../../../platform/http/errors.js';
import { addAssetEvents } from '../../asset-events.js';
import { roomCheckError } from '../room-checks.errors.js';
import { conditionLabel } from '../room-checks.labels.js';
import { maySubmit } from '../room-checks.policy.js';
import { cardsInRoom } from '../room-checks.repository.js';
import type { SubmitCheckBody } from '../room-checks.schemas.js';
import { checkEvidenceFiles } from './check-files.js';
import { readableCheckOrThrow } from './check-sheet.js';

type Card = Awaited<ReturnType<typeof cardsInRoom>>[number];

/** Every card of the room answered exactly once, and a present card has a condition. */
function checkLines(cards: Card[], lines: SubmitCheckBody['lines']): void {
  const known = new Set(cards.map((c) => c.id));
  const seen = new Set<number>();
  lines.forEach((line, i) => {
    if (!known.has(line.assetId)) throw invalidField(`lines.${i}.assetId`, `第 ${i + 1} 行的资产不在这个房间的清单上`);
    if (seen.has(line.assetId)) throw invalidField(`lines.${i}.assetId`, `第 ${i + 1} 行的资产重复了`);
    seen.add(line.assetId);
    if (line.present && !line.condition) throw invalidField(`lines.${i}.condition`, `请为第 ${i + 1} 行选择「状况」（完好、损坏或待修）`);
  });
  const left = cards.filter((c) => !seen.has(c.id));
  if (left.length > 0) {
    const names = left.slice(0, 3).map((c) => `${c.name}（${c.code}）`).join('、');
    throw invalidField('lines', `还有 ${left.length} 件资产未清点：${names}${left.length > 3 ? ' 等' : ''}`);
  }
}

function eventNote(roundName: string, line: SubmitCheckBody['lines'][number]): string {
  const state = line.present ? `在位，${conditionLabel(line.condition ?? 'good')}` : '不在位';
  return `${roundName}：${state}${line.note ? `（${line.note}）` : ''}`;
}

/**
 * Submits a room's check: each card present or not and its condition, items found that are not
 * on the list, and the signature. A submitted room is corrected only by submitting again; every
 * submission is kept and each card's timeline records what was found.
 */
export async function submitCheck(db: Kysely<Database>, actor: Actor, id: number, body: SubmitCheckBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const { row, responsible } = await readableCheckOrThrow(tx, actor, id);
    if (row.school_id !== schoolId) throw forbidden('只能清点本校的房间');
    if (row.round_status !== 'open') throw roomCheckError('ASSET_CHECK_CLOSED', `「${row.round_name}」已结束，不能再提交`);
    if (!maySubmit(actor, row, responsible)) throw forbidden('只有班主任、房间管理员或资产管理员可以提交这个房间的清点');
    const cards = await cardsInRoom(tx, schoolId, row.room_id);
    checkLines(cards, body.lines);
    await checkEvidenceFiles(tx, actor, schoolId, row.id, [
      { field: 'signatureFileId', label: '签名', fileId: body.signatureFileId, ownOnly: true },
      ...body.lines.flatMap((l, i) => (l.photoFileId ? [{ field: `lines.${i}.photoFileId`, label: '照片', fileId: l.photoFileId }] : [])),
    ]);

    const present = body.lines.filter((l) => l.present);
    const damaged = present.filter((l) => l.condition !== 'good').length;
    const extras = (body.extras ?? []).map((e) => ({ name: e.name.trim(), note: e.note?.trim() || null }));
    const ctx = auditContextOf(actor);
    const now = nowIso();
    // Append-only evidence: no updated_at or version, audited as created.
    const submission = await tx.insertInto('asset_check_submissions').values({
      school_id: schoolId, check_id: row.id, submitted_by: actor.userId, submitted_by_name: actor.name, submitted_at: now,
      signature_file_id: body.signatureFileId, note: body.note?.trim() || null, extras: JSON.stringify(extras),
      present_count: present.length, missing_count: body.lines.length - present.length, damaged_count: damaged,
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { entity: 'asset_check_submission', entityId: submission.id, action: 'create', after: { ...submission }, schoolId });
    for (let i = 0; i < body.lines.length; i += 100) {
      await tx.insertInto('asset_check_lines').values(body.lines.slice(i, i + 100).map((l) => ({
        school_id: schoolId, submission_id: submission.id, asset_id: l.assetId, present: l.present ? 1 : 0,
        condition: l.present ? l.condition ?? 'good' : 'missing', note: l.note?.trim() || null, photo_file_id: l.photoFileId ?? null,
      }))).execute();
    }
    await updateAudited(tx, ctx, {
      table: 'asset_check_rooms', entity: 'asset_check_room', label: '清点房间', id: row.id, schoolIds: [schoolId], version: body.version,
      action: 'submit',
      patch: {
        status: 'submitted', present_count: present.length, missing_count: body.lines.length - present.length, damaged_count: damaged,
        extra_count: extras.length, last_submission_id: submission.id, submitted_at: now, submitted_by: actor.userId,
      },
    });
    await addAssetEvents(tx, schoolId, ctx, now, body.lines.map((l) => ({
      assetId: l.assetId, kind: 'check', note: eventNote(row.round_name, l),
      data: { roundId: row.round_id, checkId: row.id, submissionId: submission.id, present: l.present, condition: l.present ? l.condition ?? 'good' : null },
    })));
  });
}
