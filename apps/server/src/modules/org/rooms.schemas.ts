import { ROOM_TYPES } from '@houqin/contracts';
import { Type, type Static } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { Abilities } from './org.schemas.js';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer> | ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);
const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });
export const RoomTypeSchema = Type.Enum(ROOM_TYPES, { title: '房间类型' });
const Floor = Type.Integer({ minimum: -10, maximum: 100, title: '楼层' });
const RoomName = Type.String({ minLength: 1, maxLength: 60, title: '房间名称' });
const RoomCode = Type.String({ maxLength: 30, title: '房间编号' });
const Capacity = Type.Integer({ minimum: 0, maximum: 100000, title: '容纳人数' });
const Area = Type.Number({ minimum: 0, maximum: 1000000, title: '面积（㎡）' });
const Note = Type.String({ maxLength: 500, title: '备注' });

export const Room = Type.Object({
  id: Type.Integer(), schoolId: Type.Integer(), name: Type.String(), code: Nullable(Type.String()), roomType: Type.String(), roomTypeLabel: Type.String(),
  campusId: Type.Integer(), campusName: Type.String(), buildingId: Nullable(Type.Integer()), buildingName: Nullable(Type.String()),
  floor: Nullable(Type.Integer()), capacity: Nullable(Type.Integer()), areaM2: Nullable(Type.Number()),
  departmentId: Nullable(Type.Integer()), departmentName: Nullable(Type.String()), keeperUserId: Nullable(Type.Integer()),
  keeperName: Nullable(Type.String()), note: Nullable(Type.String()), active: Type.Boolean(), version: Type.Integer(),
  qrCode: Nullable(Type.String()), updatedAt: Type.String(), abilities: Abilities,
});
export type Room = Static<typeof Room>;
export const RoomPage = pageOf(Room);

export const ROOM_SORTS = ['name', 'code', 'floor', 'roomType', 'capacity', 'updatedAt'] as const;
export const RoomFilters = {
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  campusId: Type.Optional(RefId('校区')),
  buildingId: Type.Optional(RefId('楼宇')),
  floor: Type.Optional(Floor),
  roomType: Type.Optional(RoomTypeSchema),
  active: Type.Optional(Type.Boolean({ title: '是否启用' })),
  schoolId: Type.Optional(RefId('学校')),
};
export const RoomListQuery = Type.Object({ ...PageQuery, sort: sortParam(ROOM_SORTS), ...RoomFilters }, { additionalProperties: false });
export type RoomListQuery = Static<typeof RoomListQuery>;
export const RoomExportQuery = Type.Object({ sort: sortParam(ROOM_SORTS), ...RoomFilters }, { additionalProperties: false });
export type RoomExportQuery = Static<typeof RoomExportQuery>;

export const CreateRoom = Type.Object({
  campusId: RefId('校区'), buildingId: Type.Optional(RefId('楼宇')), floor: Type.Optional(Floor), code: Type.Optional(RoomCode),
  name: RoomName, roomType: RoomTypeSchema, capacity: Type.Optional(Capacity), areaM2: Type.Optional(Area),
  departmentId: Type.Optional(RefId('所属部门')), keeperUserId: Type.Optional(RefId('管理人')), note: Type.Optional(Note),
}, { additionalProperties: false });
export type CreateRoom = Static<typeof CreateRoom>;

export const UpdateRoom = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  campusId: Type.Optional(RefId('校区')), buildingId: Type.Optional(Type.Union([RefId('楼宇'), Type.Null()])),
  floor: Type.Optional(Type.Union([Floor, Type.Null()])), code: Type.Optional(Type.Union([RoomCode, Type.Null()])),
  name: Type.Optional(RoomName), roomType: Type.Optional(RoomTypeSchema), capacity: Type.Optional(Type.Union([Capacity, Type.Null()])),
  areaM2: Type.Optional(Type.Union([Area, Type.Null()])), departmentId: Type.Optional(Type.Union([RefId('所属部门'), Type.Null()])),
  keeperUserId: Type.Optional(Type.Union([RefId('管理人'), Type.Null()])), note: Type.Optional(Type.Union([Note, Type.Null()])),
  active: Type.Optional(Type.Boolean({ title: '是否启用' })),
}, { additionalProperties: false });
export type UpdateRoom = Static<typeof UpdateRoom>;

export const BatchCreateRooms = Type.Object({
  campusId: RefId('校区'), buildingId: Type.Optional(RefId('楼宇')), floor: Type.Optional(Floor), roomType: RoomTypeSchema,
  names: Type.Array(RoomName, { minItems: 1, maxItems: 200, title: '房间名称列表' }),
}, { additionalProperties: false });
export type BatchCreateRooms = Static<typeof BatchCreateRooms>;
export const BatchCreated = Type.Object({ created: Type.Integer(), items: Type.Array(Room) });
