import type { Kysely } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { type Paging, paginate } from '../../../platform/http/pagination.js';

type Conn = Kysely<Database> | Tx;
const none = (ids: number[]) => (ids.length ? ids : [-1]);

export async function listRoundRows(db: Conn, schoolIds: number[], status: string | undefined, paging: Paging) {
  let base = db.selectFrom('asset_check_rounds as r').where('r.school_id', 'in', none(schoolIds));
  if (status) base = base.where('r.status', '=', status);
  return paginate(base, paging, (q) => q
    .leftJoin('terms as t', 't.id', 'r.term_id')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .selectAll('r').select(['t.name as term_name', 'u.name as created_by_name'])
    .orderBy('r.id', 'desc'));
}
export type RoundRow = Awaited<ReturnType<typeof listRoundRows>>['items'][number];

export async function findRoundRow(db: Conn, schoolIds: number[], id: number): Promise<RoundRow | undefined> {
  return db.selectFrom('asset_check_rounds as r')
    .leftJoin('terms as t', 't.id', 'r.term_id')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .selectAll('r').select(['t.name as term_name', 'u.name as created_by_name'])
    .where('r.school_id', 'in', none(schoolIds)).where('r.id', '=', id).executeTakeFirst();
}

export interface RoundProgress { roomsTotal: number; roomsDone: number; expected: number; missing: number; damaged: number; extra: number }

/** Progress of each round in one grouped query. */
export async function roundProgress(db: Conn, schoolIds: number[], roundIds: number[]): Promise<Map<number, RoundProgress>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db.selectFrom('asset_check_rooms')
    .select((eb) => [
      'round_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'submitted').then(1).else(0).end()).as('done'),
      eb.fn.sum<number>('expected_count').as('expected'),
      eb.fn.sum<number>('missing_count').as('missing'),
      eb.fn.sum<number>('damaged_count').as('damaged'),
      eb.fn.sum<number>('extra_count').as('extra'),
    ])
    .where('school_id', 'in', none(schoolIds)).where('round_id', 'in', roundIds).groupBy('round_id').execute();
  return new Map(rows.map((r) => [r.round_id, {
    roomsTotal: Number(r.total), roomsDone: Number(r.done ?? 0), expected: Number(r.expected ?? 0),
    missing: Number(r.missing ?? 0), damaged: Number(r.damaged ?? 0), extra: Number(r.extra ?? 0),
  }]));
}

export async function buildingNames(db: Conn, schoolId: number, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('buildings').select(['id', 'name']).where('school_id', '=', schoolId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

function checkRoomBase(db: Conn, schoolIds: number[]) {
  return db.selectFrom('asset_check_rooms as k')
    .innerJoin('asset_check_rounds as r', 'r.id', 'k.round_id')
    .innerJoin('rooms as rm', 'rm.id', 'k.room_id')
    .leftJoin('buildings as b', 'b.id', 'rm.building_id')
    .leftJoin('users as su', 'su.id', 'k.submitted_by')
    .selectAll('k')
    .select([
      'r.name as round_name', 'r.due_date', 'r.status as round_status', 'rm.name as room_name', 'rm.floor as room_floor',
      'b.name as building_name', 'su.name as submitted_by_name',
    ])
    .where('k.school_id', 'in', none(schoolIds));
}
export type CheckRoomRow = Awaited<ReturnType<ReturnType<typeof checkRoomBase>['execute']>>[number];

export async function checkRoomsOfRound(db: Conn, schoolIds: number[], roundId: number): Promise<CheckRoomRow[]> {
  return checkRoomBase(db, schoolIds).where('k.round_id', '=', roundId).orderBy('b.name').orderBy('rm.floor').orderBy('rm.name').orderBy('k.id').execute();
}

export async function findCheckRoom(db: Conn, schoolIds: number[], id: number): Promise<CheckRoomRow | undefined> {
  return checkRoomBase(db, schoolIds).where('k.id', '=', id).executeTakeFirst();
}

/** Rooms of open rounds the user answers for: 班主任 of the class using the room, or its keeper. */
export async function myOpenCheckRooms(db: Conn, schoolId: number, userId: number): Promise<CheckRoomRow[]> {
  return checkRoomBase(db, [schoolId])
    .where('r.status', '=', 'open')
    .where((eb) => eb.or([
      eb('rm.keeper_user_id', '=', userId),
      eb('k.room_id', 'in', eb.selectFrom('classes').select('room_id').where('school_id', '=', schoolId).where('head_teacher_id', '=', userId)),
    ]))
    .orderBy('r.due_date').orderBy('rm.name').orderBy('k.id').execute();
}

/** Whether the user is the room's keeper or the 班主任 of a class that uses it. */
export async function isResponsibleFor(db: Conn, schoolId: number, userId: number, roomId: number): Promise<boolean> {
  const keeper = await db.selectFrom('rooms').select('id').where('school_id', '=', schoolId).where('id', '=', roomId).where('keeper_user_id', '=', userId).executeTakeFirst();
  if (keeper) return true;
  const head = await db.selectFrom('classes').select('id').where('school_id', '=', schoolId).where('room_id', '=', roomId).where('head_teacher_id', '=', userId).executeTakeFirst();
  return head !== undefined;
}

/** Names of who answers for each room (keeper and 班主任), for the storekeeper's progress view. */
export async function responsibleNames(db: Conn, schoolId: number, roomIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (roomIds.length === 0) return out;
  const add = (roomId: number | null, name: string) => {
    if (roomId === null) return;
    const list = out.get(roomId) ?? [];
    if (!list.includes(name)) list.push(name);
    out.set(roomId, list);
  };
  for (let i = 0; i < roomIds.length; i += 500) {
    const chunk = roomIds.slice(i, i + 500);
    const heads = await db.selectFrom('classes as c').innerJoin('users as u', 'u.id', 'c.head_teacher_id')
      .select(['c.room_id', 'u.name']).where('c.school_id', '=', schoolId).where('c.room_id', 'in', chunk).orderBy('c.id').execute();
    for (const h of heads) add(h.room_id, h.name);
    const keepers = await db.selectFrom('rooms as rm').innerJoin('users as u', 'u.id', 'rm.keeper_user_id')
      .select(['rm.id', 'u.name']).where('rm.school_id', '=', schoolId).where('rm.id', 'in', chunk).execute();
    for (const k of keepers) add(k.id, k.name);
  }
  return out;
}

/** The cards on the books in a room now: what the person checking sees and must answer for. */
export async function cardsInRoom(db: Conn, schoolId: number, roomId: number) {
  return db.selectFrom('assets as a').innerJoin('asset_categories as c', 'c.id', 'a.category_id')
    .select(['a.id', 'a.code', 'a.name', 'a.spec_model', 'a.status', 'c.name as category_name'])
    .where('a.school_id', '=', schoolId).where('a.room_id', '=', roomId).where('a.status', '!=', 'disposed')
    .orderBy('a.code').orderBy('a.id').execute();
}

/** Rooms with cards on the books, with how many, optionally only in some buildings. */
export async function roomsWithCards(db: Conn, schoolId: number, buildingIds: number[] | undefined) {
  let q = db.selectFrom('assets as a').innerJoin('rooms as rm', 'rm.id', 'a.room_id')
    .select((eb) => ['a.room_id', eb.fn.countAll<number>().as('n')])
    .where('a.school_id', '=', schoolId).where('a.status', '!=', 'disposed');
  if (buildingIds) q = q.where('rm.building_id', 'in', buildingIds);
  const rows = await q.groupBy('a.room_id').execute();
  return rows.flatMap((r) => (r.room_id === null ? [] : [{ roomId: r.room_id, count: Number(r.n) }]));
}

export async function submissionsOf(db: Conn, schoolId: number, checkId: number) {
  return db.selectFrom('asset_check_submissions').selectAll()
    .where('school_id', '=', schoolId).where('check_id', '=', checkId).orderBy('id', 'desc').execute();
}

export async function linesOf(db: Conn, schoolId: number, submissionId: number) {
  return db.selectFrom('asset_check_lines').selectAll()
    .where('school_id', '=', schoolId).where('submission_id', '=', submissionId).execute();
}
