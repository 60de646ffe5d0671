import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Tx } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { notFound } from '../../../../platform/http/errors.js';
import { ASSET_STATUS_LABELS, type AssetStatus } from '../../assets.labels.js';
import { conditionLabel } from '../room-checks.labels.js';
import { maySubmit, seesAllChecks } from '../room-checks.policy.js';
import { presentCheckRoom } from '../room-checks.presenter.js';
import {
  type CheckRoomRow, cardsInRoom, findCheckRoom, isResponsibleFor, linesOf, myOpenCheckRooms, responsibleNames, submissionsOf,
} from '../room-checks.repository.js';
import type { CheckRoomDto, CheckSheet } from '../room-checks.schemas.js';

type Conn = Kysely<Database> | Tx;

export interface ReadableCheck { row: CheckRoomRow; responsible: boolean }

/**
 * A room of a round as the actor may see it: managers see every room of their schools, anyone
 * else only rooms they keep or whose class they lead. Anything else is "not found".
 */
export async function readableCheckOrThrow(db: Conn, actor: Actor, id: number): Promise<ReadableCheck> {
  const all = seesAllChecks(actor);
  const schoolIds = all ? actor.readableSchoolIds : actor.schoolId === null ? [] : [actor.schoolId];
  const row = await findCheckRoom(db, schoolIds, id);
  if (!row) throw notFound('清点房间');
  const responsible = actor.schoolId === row.school_id && await isResponsibleFor(db, row.school_id, actor.userId, row.room_id);
  if (!all && !responsible) throw notFound('清点房间');
  return { row, responsible };
}

/** "我的清点": the rooms of open rounds the signed-in person answers for. */
export async function myChecks(db: Kysely<Database>, actor: Actor): Promise<{ items: CheckRoomDto[] }> {
  if (actor.schoolId === null) return { items: [] };
  const rows = await myOpenCheckRooms(db, actor.schoolId, actor.userId);
  const names = await responsibleNames(db, actor.schoolId, rows.map((r) => r.room_id));
  return { items: rows.map((r) => presentCheckRoom(r, names.get(r.room_id) ?? [])) };
}

/**
 * The room's list to tick off: the cards on the books there now, each with the answer of the
 * latest submission (so a correction starts from what was sent), and every submission so far.
 */
export async function showCheckSheet(db: Kysely<Database>, actor: Actor, id: number): Promise<CheckSheet> {
  const { row, responsible } = await readableCheckOrThrow(db, actor, id);
  const [cards, submissions, names] = [
    await cardsInRoom(db, row.school_id, row.room_id),
    await submissionsOf(db, row.school_id, row.id),
    await responsibleNames(db, row.school_id, [row.room_id]),
  ];
  const latest = submissions[0];
  const lines = new Map((latest ? await linesOf(db, row.school_id, latest.id) : []).map((l) => [l.asset_id, l]));
  const extras = latest ? (JSON.parse(latest.extras) as { name: string; note?: string | null }[]) : [];
  return {
    check: presentCheckRoom(row, names.get(row.room_id) ?? []),
    items: cards.map((c) => {
      const line = lines.get(c.id);
      return {
        assetId: c.id, code: c.code, name: c.name, specModel: c.spec_model, categoryName: c.category_name,
        statusLabel: ASSET_STATUS_LABELS[c.status as AssetStatus] ?? c.status,
        present: line ? line.present === 1 : null, condition: line?.condition ?? null,
        conditionLabel: line ? conditionLabel(line.condition) : null, note: line?.note ?? null, photoFileId: line?.photo_file_id ?? null,
      };
    }),
    extras: extras.map((e) => ({ name: e.name, note: e.note ?? null })),
    note: latest?.note ?? null,
    signatureFileId: latest?.signature_file_id ?? null,
    submissions: submissions.map((s) => {
      const extraCount = (JSON.parse(s.extras) as unknown[]).length;
      return {
        id: s.id, submittedAt: s.submitted_at, submittedByName: s.submitted_by_name, presentCount: s.present_count,
        missingCount: s.missing_count, damagedCount: s.damaged_count, extraCount, signatureFileId: s.signature_file_id,
      };
    }),
    abilities: { submit: maySubmit(actor, row, responsible) },
  };
}
