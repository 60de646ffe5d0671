import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.js';
import { insertAudited } from '../../../platform/db/audited-writes.js';
import { queryTemplate } from '../../../platform/db/query-template.js';
import type { Database } from '../../../platform/db/schema.js';
import type { RepairRequestTable } from '../../../platform/db/schema-repairs.js';
import { rowAs } from '../../calendar/calendar.repository.js';
import type { RequestItem } from '../repairs.repository.js';
import { invalidField } from '../../../platform/http/errors.js';
import { recordAssetEvent, repairableAssetOrThrow } from '../../assets/asset-links.js';
import { floorLabel } from '../../qr/targets/room-qr-target.js';
import { type WriteContext, runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import type { SubmitRequestBody } from '../requests.schemas.js';
import { findCategory, loadRepairSettings, logisticsHeadIds } from '../settings.repository.js';
import { type NewEvent, addEvents, addFollowers } from '../writes.repository.js';
import { claimPhotos, reportPhotoRequired } from './claim-photos.js';
import { createWorkOrder } from './create-work-order.js';
import { writtenItem } from './written-item.js';

const DAY_MS = 86_400_000;
/** How far ahead a 预约 may be booked. */
const MAX_BOOKING_DAYS = 90;

// A report's queries are compiled once (platform/db/query-template.ts): submitting is the busiest write.
const activeRoom = queryTemplate((db, p: { roomId: number; schoolId: number }) => db.selectFrom('rooms as r')
  .leftJoin('buildings as b', 'b.id', 'r.building_id')
  .select(['r.id', 'r.name', 'r.campus_id', 'r.building_id', 'r.floor', 'b.name as building_name'])
  .where('r.id', '=', p.roomId).where('r.school_id', '=', p.schoolId).where('r.active', '=', 1));

const lastConfirmedOfAsset = queryTemplate((db, p: { schoolId: number; since: string; assetId: number }) => db.selectFrom('repair_requests').select('id')
  .where('school_id', '=', p.schoolId).where('confirmed_at', '>=', p.since).where('asset_id', '=', p.assetId)
  .orderBy('confirmed_at', 'desc').limit(1));
const lastConfirmedInRoom = queryTemplate((db, p: { schoolId: number; since: string; roomId: number; categoryId: number }) => db.selectFrom('repair_requests').select('id')
  .where('school_id', '=', p.schoolId).where('confirmed_at', '>=', p.since).where('room_id', '=', p.roomId).where('category_id', '=', p.categoryId)
  .orderBy('confirmed_at', 'desc').limit(1));

async function roomOf(c: WriteContext, roomId: number) {
  const room = await activeRoom.first(c.tx, { roomId, schoolId: c.schoolId });
  if (!room) throw invalidField('roomId', '「报修房间」不存在或已停用');
  return room;
}

function preferredTimeOf(body: SubmitRequestBody, now: Date): string | null {
  if (body.urgency !== 'scheduled') {
    if (body.preferredAt !== undefined) throw invalidField('preferredAt', '只有「预约」报修需要填写预约时间');
    return null;
  }
  if (body.preferredAt === undefined) throw invalidField('preferredAt', '「预约」报修请填写预约时间');
  const at = new Date(body.preferredAt);
  if (at <= now) throw invalidField('preferredAt', '「预约时间」必须晚于现在');
  if (at.getTime() - now.getTime() > MAX_BOOKING_DAYS * DAY_MS) throw invalidField('preferredAt', `「预约时间」不能超过 ${MAX_BOOKING_DAYS} 天后`);
  return at.toISOString();
}

/**
 * The earlier confirmed repair within the window that makes this one a 重复故障: of the same asset
 * (whatever the category: a projector failing twice is a repeat), else of the same room and category.
 */
async function repeatOf(c: WriteContext, place: { roomId: number | null; assetId: number | null }, categoryId: number, windowDays: number): Promise<number | null> {
  if (place.roomId === null && place.assetId === null) return null;
  const since = new Date(c.now.getTime() - windowDays * DAY_MS).toISOString();
  const prior = place.assetId !== null
    ? await lastConfirmedOfAsset.first(c.tx, { schoolId: c.schoolId, since, assetId: place.assetId })
    : await lastConfirmedInRoom.first(c.tx, { schoolId: c.schoolId, since, roomId: place.roomId as number, categoryId });
  return prior?.id ?? null;
}

/**
 * 报修: a teacher reports a fault in a room (or at a described place) with a category, a sentence
 * and photos. With the school's auto-convert switch on (the default) it becomes a work order at
 * once and is routed or lands on the dispatch board; otherwise it waits for triage (待受理).
 * Returns the new request as written (with its work order, if any, and the names the list shows)
 * and the school calendar when it was loaded: the answer is presented from these, not read back.
 */
export async function submitRepairRequest(db: Kysely<Database>, actor: Actor, body: SubmitRequestBody): Promise<Submitted> {
  return runRepairWrite(db, actor, (c) => createRepairRequest(c, actor, body), { teams: false });
}

export interface Submitted { id: number; item: RequestItem; calendar: WorkingCalendar | null }

/** How a report came in when not from the form: evidence elsewhere (a checklist) stands in for photos. */
export interface ReportOrigin { photosOptional?: boolean; eventData?: Record<string, unknown> }

/** The report itself, inside the caller's write context (the form's transaction, or a checklist's). */
export async function createRepairRequest(
  c: WriteContext, actor: Actor, body: SubmitRequestBody, origin: ReportOrigin = {},
): Promise<Submitted> {
    const settings = await loadRepairSettings(c.tx, c.schoolId);
    const asset = body.assetId !== undefined ? await repairableAssetOrThrow(c.tx, c.schoolId, body.assetId) : null;
    // A label on an asset knows where the asset is: its room, or the place written on its card.
    const roomId = body.roomId ?? asset?.roomId ?? undefined;
    const locationText = body.locationText?.trim() || (roomId === undefined ? asset?.locationText?.trim() : undefined) || null;
    if (roomId === undefined && !locationText) throw invalidField('roomId', '请选择报修房间，或填写具体位置');
    const preferredAt = preferredTimeOf(body, c.now);
    const category = await findCategory(c.tx, c.schoolId, body.categoryId);
    if (!category || category.active !== 1) throw invalidField('categoryId', '「报修分类」不存在或已停用');
    const room = roomId !== undefined ? await roomOf(c, roomId) : null;
    const photos = body.photoFileIds ?? [];
    if (photos.length === 0 && !origin.photosOptional && reportPhotoRequired(settings.photoRule, body.urgency)) {
      throw invalidField('photoFileIds', settings.photoRule === 'always' ? '请至少拍一张故障照片' : '请至少拍一张故障照片（紧急报修可以不拍）');
    }
    const repeatOfId = await repeatOf(c, { roomId: room?.id ?? null, assetId: asset?.id ?? null }, category.id, settings.repeatWindowDays);
    const description = body.description.trim();
    if (!description) throw invalidField('description', '「故障描述」不能为空');
    const request = await insertAudited(c.tx, c.audit, 'repair_requests', 'repair_request', {
      school_id: c.schoolId, requester_id: actor.userId, requester_department_id: actor.departmentId, room_id: room?.id ?? null,
      location_text: locationText, campus_id: room?.campus_id ?? null, building_id: room?.building_id ?? null,
      asset_id: asset?.id ?? null, category_id: category.id, description, urgency: body.urgency, preferred_at: preferredAt,
      status: settings.autoConvert ? 'converted' : 'submitted', merged_into_id: null, decline_reason: null, cancel_reason: null,
      repeat_of_id: repeatOfId, reported_at: c.at, closed_at: null, confirmed_at: null,
    });
    await addFollowers(c.tx, c.schoolId, request.id, [actor.userId], c.at);
    await claimPhotos(c, actor, photos, { type: 'repair_request', id: request.id }, 'photoFileIds');
    if (asset) await recordAssetEvent(c.tx, c.schoolId, c.audit, asset.id, 'repair', `报修：${description}`, { requestId: request.id });
    const data = { ...origin.eventData, ...(photos.length ? { fileIds: photos } : {}) };
    const events: NewEvent[] = [{ requestId: request.id, kind: 'submitted', toStatus: 'submitted', note: description, data: Object.keys(data).length ? data : null }];
    if (repeatOfId !== null) events.push({ requestId: request.id, kind: 'repeat', data: { targetRequestId: repeatOfId } });

    const place = room ? [room.building_name, floorLabel(room.floor), room.name].filter(Boolean).join(' ') : locationText ?? '';
    const location = asset ? `${place} · ${asset.name}` : place;
    const subject = { requestId: request.id, category: category.name, location, description };
    const written = {
      request: rowAs<Selectable<RepairRequestTable>>(request), requesterName: actor.name, categoryName: category.name,
      room: room && { name: room.name, floor: room.floor, buildingName: room.building_name }, asset,
    };
    if (settings.autoConvert) {
      const { calendar, workOrder, target } = await createWorkOrder(c, settings, {
        id: request.id, categoryId: category.id, roomId: room?.id ?? null, campusId: room?.campus_id ?? null, buildingId: room?.building_id ?? null,
        urgency: body.urgency, reportedAt: c.at, preferredAt, requesterName: actor.name, subject,
      }, undefined, events);
      return { id: request.id, item: writtenItem({ ...written, workOrder, target }), calendar };
    }
    await addEvents(c.tx, c.schoolId, c.audit, c.at, events);
    await repairNotices(c.tx, c.schoolId, c.outbox).needsTriage(await logisticsHeadIds(c.tx, c.schoolId), { ...subject, workOrderId: null }, actor.name);
    return { id: request.id, item: writtenItem({ ...written, workOrder: null, target: null }), calendar: null };
}
