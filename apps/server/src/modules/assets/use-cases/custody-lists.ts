import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { describeRooms } from '../../qr/targets/room-qr-target.js';
import { allAssetRows, assetScopeOf } from '../assets.repository.js';
import type { AssetDto } from '../assets.schemas.js';
import { renderCustodyListPdf } from '../custody-pdf.js';
import { presentRows } from './read-assets.js';

export interface CustodyList {
  holder: { type: 'room' | 'user'; id: number; name: string; detail: string | null };
  schoolId: number;
  items: AssetDto[];
  count: number;
  totalValueFen: number;
}

/** 班级财产 / 各室分帐: the cards in one room that the reader may see; another school's room is 404. */
export async function roomAssets(db: Kysely<Database>, dialect: DialectName, actor: Actor, roomId: number): Promise<CustodyList> {
  const room = await db.selectFrom('rooms as r').leftJoin('users as k', 'k.id', 'r.keeper_user_id')
    .select(['r.id', 'r.school_id', 'r.name', 'k.name as keeper']).where('r.id', '=', roomId).where('r.school_id', 'in', actor.readableSchoolIds.length ? actor.readableSchoolIds : [-1])
    .executeTakeFirst();
  if (!room) throw notFound('房间');
  const place = (await describeRooms(db, [room.school_id], [room.id])).get(room.id);
  const rows = await allAssetRows(db, dialect, { ...assetScopeOf(actor), schoolIds: [room.school_id] }, { roomId });
  const items = await presentRows(db, actor, rows);
  const detail = [place?.location, room.keeper ? `管理人 ${room.keeper}` : null].filter(Boolean).join('，') || null;
  return { holder: { type: 'room', id: room.id, name: room.name, detail }, schoolId: room.school_id, items, count: items.length, totalValueFen: sum(items) };
}

/** A person's 个人保管 list. Readers limited to their own records may only ask for themselves. */
export async function userAssets(db: Kysely<Database>, dialect: DialectName, actor: Actor, userId: number): Promise<CustodyList> {
  const scope = assetScopeOf(actor);
  if (scope.own && userId !== actor.userId) throw notFound('用户');
  const user = await db.selectFrom('users as u').leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.id', 'u.school_id', 'u.name', 'd.name as department']).where('u.id', '=', userId).where('u.school_id', 'in', actor.readableSchoolIds.length ? actor.readableSchoolIds : [-1])
    .executeTakeFirst();
  if (!user || user.school_id === null) throw notFound('用户');
  const rows = await allAssetRows(db, dialect, { ...scope, schoolIds: [user.school_id] }, { custodianId: userId });
  const items = await presentRows(db, actor, rows);
  return { holder: { type: 'user', id: user.id, name: user.name, detail: user.department }, schoolId: user.school_id, items, count: items.length, totalValueFen: sum(items) };
}

function sum(items: AssetDto[]): number {
  return items.reduce((t, a) => t + a.originalValueFen, 0);
}

import { yuanText } from '../../../platform/money.js';

/** The list as the PDF people sign. */
export async function custodyListPdf(db: Kysely<Database>, list: CustodyList): Promise<{ body: Buffer; fileName: string }> {
  const font = findCjkFont();
  const school = await db.selectFrom('schools').select(['name', 'timezone']).where('id', '=', list.schoolId).executeTakeFirstOrThrow();
  const holder = list.holder.type === 'user'
    ? `保管人：${list.holder.name}${list.holder.detail ? `（${list.holder.detail}）` : ''}`
    : `存放地点：${list.holder.name}${list.holder.detail ? `（${list.holder.detail}）` : ''}`;
  const body = await renderCustodyListPdf({
    schoolName: school.name, holder, printedOn: localDate(new Date(), school.timezone), font, totalYuan: yuanText(list.totalValueFen),
    lines: list.items.map((a) => ({
      code: a.code, name: a.name, model: [a.brand, a.specModel].filter(Boolean).join(' '), quantity: `${a.quantity}${a.unit ?? ''}`,
      valueYuan: yuanText(a.originalValueFen), acquiredOn: a.acquiredOn, place: list.holder.type === 'user' ? a.location : a.custodianName ?? '', status: a.statusLabel,
    })),
  });
  return { body, fileName: `${school.name}财产责任清单_${list.holder.name}.pdf` };
}
