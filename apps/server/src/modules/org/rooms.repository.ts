import { ROOM_TYPE_LABELS, type RoomType } from '@houqin/contracts';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { DialectName } from '../../platform/db/database.js';
import { containsInsensitive } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import { crudAbilities } from './org.abilities.js';
import type { Room, RoomExportQuery } from './rooms.schemas.js';

const SORT_COLUMNS = {
  name: 'r.name', code: 'r.code', floor: 'r.floor', roomType: 'r.room_type', capacity: 'r.capacity', updatedAt: 'r.updated_at',
} as const;

type Filters = Omit<RoomExportQuery, 'sort'> & { ids?: number[] };

function baseQuery(db: Kysely<Database> | Tx, dialect: DialectName, schoolIds: number[], f: Filters) {
  let q = db.selectFrom('rooms as r').where('r.school_id', 'in', schoolIds);
  if (f.ids) q = q.where('r.id', 'in', f.ids);
  if (f.campusId !== undefined) q = q.where('r.campus_id', '=', f.campusId);
  if (f.buildingId !== undefined) q = q.where('r.building_id', '=', f.buildingId);
  if (f.floor !== undefined) q = q.where('r.floor', '=', f.floor);
  if (f.roomType !== undefined) q = q.where('r.room_type', '=', f.roomType);
  if (f.active !== undefined) q = q.where('r.active', '=', f.active ? 1 : 0);
  const needle = f.q?.trim();
  if (needle) {
    q = q.where((eb: ExpressionBuilder<Database & { r: Database['rooms'] }, 'r'>) =>
      eb.or([containsInsensitive(dialect, eb.ref('r.name'), needle), containsInsensitive(dialect, eb.ref('r.code'), needle)]));
  }
  return q;
}

function withColumns<Q extends ReturnType<typeof baseQuery>>(q: Q) {
  return q
    .innerJoin('campuses as c', 'c.id', 'r.campus_id')
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .leftJoin('departments as d', 'd.id', 'r.department_id')
    .leftJoin('users as k', 'k.id', 'r.keeper_user_id')
    .select([
      'r.id', 'r.school_id', 'r.name', 'r.code', 'r.room_type', 'r.campus_id', 'c.name as campus_name', 'r.building_id', 'b.name as building_name',
      'r.floor', 'r.capacity', 'r.area_m2', 'r.department_id', 'd.name as department_name', 'r.keeper_user_id', 'k.name as keeper_name',
      'r.note', 'r.active', 'r.version', 'r.updated_at',
    ])
    .select((eb) => eb
      .selectFrom('qr_codes as q')
      .select('q.code')
      .whereRef('q.school_id', '=', 'r.school_id')
      .where('q.target_type', '=', 'room')
      .whereRef('q.target_id', '=', 'r.id')
      .orderBy('q.id')
      .limit(1)
      .as('qr_code'));
}

type RoomRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

export function presentRoom(actor: Actor, r: RoomRow): Room {
  return {
    id: r.id, schoolId: r.school_id, name: r.name, code: r.code, roomType: r.room_type,
    roomTypeLabel: ROOM_TYPE_LABELS[r.room_type as RoomType] ?? r.room_type,
    campusId: r.campus_id, campusName: r.campus_name, buildingId: r.building_id, buildingName: r.building_name ?? null,
    floor: r.floor, capacity: r.capacity, areaM2: r.area_m2 === null ? null : Number(r.area_m2), departmentId: r.department_id,
    departmentName: r.department_name ?? null, keeperUserId: r.keeper_user_id, keeperName: r.keeper_name ?? null, note: r.note,
    active: r.active === 1, version: r.version, qrCode: r.qr_code ?? null, updatedAt: r.updated_at,
    abilities: crudAbilities(actor, 'room', r.school_id),
  };
}

export async function listRooms(
  db: Kysely<Database>, dialect: DialectName, actor: Actor, schoolIds: number[], filters: Filters, sort: string | undefined, paging: Paging,
) {
  const [key, dir] = parseSort<keyof typeof SORT_COLUMNS>(sort, 'name');
  const page = await paginate(baseQuery(db, dialect, schoolIds, filters), paging, (q) =>
    withColumns(q).orderBy(SORT_COLUMNS[key], dir).orderBy('r.id', dir));
  return { ...page, items: page.items.map((r) => presentRoom(actor, r as RoomRow)) };
}

/** Every matching room, for exports; streams in pages so 50,000 rooms do not sit in one result. */
export async function* allRooms(db: Kysely<Database>, dialect: DialectName, actor: Actor, schoolIds: number[], filters: Filters, sort: string | undefined) {
  const [key, dir] = parseSort<keyof typeof SORT_COLUMNS>(sort, 'name');
  for (let offset = 0; ; offset += 2000) {
    const rows = await withColumns(baseQuery(db, dialect, schoolIds, filters)).orderBy(SORT_COLUMNS[key], dir).orderBy('r.id', dir).limit(2000).offset(offset).execute();
    for (const r of rows) yield presentRoom(actor, r);
    if (rows.length < 2000) return;
  }
}

export async function findRooms(db: Kysely<Database> | Tx, dialect: DialectName, actor: Actor, schoolIds: number[], ids: number[]): Promise<Room[]> {
  if (schoolIds.length === 0 || ids.length === 0) return [];
  const rows = await withColumns(baseQuery(db, dialect, schoolIds, { ids })).orderBy('r.id').execute();
  return rows.map((r) => presentRoom(actor, r));
}
