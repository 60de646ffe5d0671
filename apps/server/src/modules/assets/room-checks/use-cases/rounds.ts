import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { insertAudited, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField, notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { roomCheckError } from '../room-checks.errors.js';
import { buildingIdsOf, presentCheckRoom, presentRound } from '../room-checks.presenter.js';
import {
  buildingNames, checkRoomsOfRound, findRoundRow, listRoundRows, responsibleNames, roomsWithCards, roundProgress,
} from '../room-checks.repository.js';
import type { OpenRoundBody, RoundDetail, RoundDto, RoundListQuery, VersionBody } from '../room-checks.schemas.js';

async function presentRounds(db: Kysely<Database>, actor: Actor, rows: Awaited<ReturnType<typeof listRoundRows>>['items']): Promise<RoundDto[]> {
  const progress = await roundProgress(db, actor.readableSchoolIds, rows.map((r) => r.id));
  const out: RoundDto[] = [];
  // Building names per school: a district reader may list several schools' rounds.
  const bySchool = new Map<number, number[]>();
  for (const r of rows) bySchool.set(r.school_id, [...(bySchool.get(r.school_id) ?? []), ...buildingIdsOf(r)]);
  const names = new Map<number, Map<number, string>>();
  for (const [schoolId, ids] of bySchool) names.set(schoolId, await buildingNames(db, schoolId, [...new Set(ids)]));
  for (const r of rows) out.push(presentRound(actor, r, progress.get(r.id), names.get(r.school_id) ?? new Map()));
  return out;
}

export async function listRounds(db: Kysely<Database>, actor: Actor, q: RoundListQuery) {
  const page = await listRoundRows(db, actor.readableSchoolIds, q.status, pagingOf(q));
  return { ...page, items: await presentRounds(db, actor, page.items) };
}

/** A round with every room's progress and who answers for it. */
export async function showRound(db: Kysely<Database>, actor: Actor, id: number): Promise<RoundDetail> {
  const row = await findRoundRow(db, actor.readableSchoolIds, id);
  if (!row) throw notFound('清点任务');
  const [round] = await presentRounds(db, actor, [row]);
  const rooms = await checkRoomsOfRound(db, [row.school_id], row.id);
  const names = await responsibleNames(db, row.school_id, rooms.map((r) => r.room_id));
  if (!round) throw notFound('清点任务');
  return { round, rooms: rooms.map((r) => presentCheckRoom(r, names.get(r.room_id) ?? [])) };
}

/**
 * Opens a 期初清点: every room holding cards (or those of the chosen buildings) gets a line to
 * answer, with the number of cards it held at this moment as the expected count.
 */
export async function openRound(db: Kysely<Database>, actor: Actor, body: OpenRoundBody): Promise<number> {
  const schoolId = writableSchoolId(actor);
  if (!isRealDate(body.dueDate)) throw invalidField('dueDate', '「截止日期」不是有效日期');
  return runInTransaction(db, async (tx) => {
    if (body.termId !== undefined) {
      const term = await tx.selectFrom('terms').select('id').where('school_id', '=', schoolId).where('id', '=', body.termId).executeTakeFirst();
      if (!term) throw invalidField('termId', '「学期」不存在');
    }
    const buildingIds = body.buildingIds ? [...new Set(body.buildingIds)] : undefined;
    if (buildingIds) {
      const known = await buildingNames(tx, schoolId, buildingIds);
      const unknown = buildingIds.find((id) => !known.has(id));
      if (unknown !== undefined) throw invalidField('buildingIds', `「楼栋」编号 ${unknown} 不存在`);
    }
    const rooms = await roomsWithCards(tx, schoolId, buildingIds);
    if (rooms.length === 0) throw invalidField(buildingIds ? 'buildingIds' : 'name', '所选范围内没有存放资产的房间，无需清点');
    const round = await insertAudited(tx, auditContextOf(actor), 'asset_check_rounds', 'asset_check_round', {
      school_id: schoolId, name: body.name.trim(), term_id: body.termId ?? null, due_date: body.dueDate,
      building_ids: buildingIds ? JSON.stringify(buildingIds) : null, status: 'open', created_by: actor.userId,
    });
    const now = nowIso();
    // The rooms are part of the round just audited; 100 rows × 13 columns stays under bind limits.
    for (let i = 0; i < rooms.length; i += 100) {
      await tx.insertInto('asset_check_rooms').values(rooms.slice(i, i + 100).map((r) => ({
        school_id: schoolId, round_id: round.id, room_id: r.roomId, expected_count: r.count, status: 'pending',
        present_count: 0, missing_count: 0, damaged_count: 0, extra_count: 0, created_at: now, updated_at: now,
      }))).execute();
    }
    return round.id;
  });
}

/** Ends a round: no more submissions; what was submitted stays. */
export async function closeRound(db: Kysely<Database>, actor: Actor, id: number, body: VersionBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const row = await findRoundRow(tx, [schoolId], id);
    if (!row) throw notFound('清点任务');
    if (row.status === 'closed') throw roomCheckError('ASSET_CHECK_CLOSED', `「${row.name}」已经结束`);
    await updateAudited(tx, auditContextOf(actor), {
      table: 'asset_check_rounds', entity: 'asset_check_round', label: '清点任务', id, schoolIds: [schoolId], version: body.version,
      patch: { status: 'closed' }, action: 'close',
    });
  });
}
