import { type Static, Type } from 'typebox';
import { PageQuery, pageOf } from '../../../platform/http/pagination.js';
import { CHECK_CONDITIONS } from './room-checks.labels.js';
import { Nullable, I, NI, NS, S } from '../../../platform/http/schema-shorthands.js';


export const RoundListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Type.Enum(['open', 'closed'], { title: '状态' })),
}, { additionalProperties: false });
export type RoundListQuery = Static<typeof RoundListQuery>;

export const OpenRoundBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60, title: '清点名称' }),
  termId: Type.Optional(Type.Integer({ minimum: 1, title: '学期' })),
  dueDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: '截止日期' }),
  buildingIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 200, title: '楼栋' })),
}, { additionalProperties: false });
export type OpenRoundBody = Static<typeof OpenRoundBody>;

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1, title: '版本' }) }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const SubmitCheckBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  lines: Type.Array(Type.Object({
    assetId: Type.Integer({ minimum: 1, title: '资产' }),
    present: Type.Boolean({ title: '是否在位' }),
    condition: Type.Optional(Type.Enum(CHECK_CONDITIONS, { title: '状况' })),
    note: Type.Optional(Type.String({ maxLength: 200, title: '说明' })),
    photoFileId: Type.Optional(Type.Integer({ minimum: 1, title: '照片' })),
  }, { additionalProperties: false }), { maxItems: 2000, title: '清点结果' }),
  extras: Type.Optional(Type.Array(Type.Object({
    name: Type.String({ minLength: 1, maxLength: 60, title: '账外物品名称' }),
    note: Type.Optional(Type.String({ maxLength: 200, title: '说明' })),
  }, { additionalProperties: false }), { maxItems: 100, title: '账外物品' })),
  signatureFileId: Type.Integer({ minimum: 1, title: '签名' }),
  note: Type.Optional(Type.String({ maxLength: 500, title: '备注' })),
}, { additionalProperties: false });
export type SubmitCheckBody = Static<typeof SubmitCheckBody>;

export const RoundDto = Type.Object({
  id: I, name: S, termId: NI, termName: NS, dueDate: S, status: S, statusLabel: S, buildingNames: Type.Array(S),
  roomsTotal: I, roomsDone: I, expectedCount: I, missingCount: I, damagedCount: I, extraCount: I,
  createdAt: S, createdByName: NS, version: I,
  abilities: Type.Object({ close: Type.Boolean() }),
});
export type RoundDto = Static<typeof RoundDto>;
export const RoundPage = pageOf(RoundDto);

export const CheckRoomDto = Type.Object({
  id: I, roundId: I, roundName: S, dueDate: S, roundStatus: S, roomId: I, roomName: S, location: S, responsibleNames: Type.Array(S),
  expectedCount: I, status: S, statusLabel: S, presentCount: I, missingCount: I, damagedCount: I, extraCount: I,
  submittedAt: NS, submittedByName: NS, version: I,
});
export type CheckRoomDto = Static<typeof CheckRoomDto>;

export const RoundDetail = Type.Object({ round: RoundDto, rooms: Type.Array(CheckRoomDto) });
export type RoundDetail = Static<typeof RoundDetail>;
export const MyChecks = Type.Object({ items: Type.Array(CheckRoomDto) });

export const CheckItemDto = Type.Object({
  assetId: I, code: S, name: S, specModel: NS, categoryName: S, statusLabel: S,
  /** The latest submission's answer for this card, null before the first one. */
  present: Nullable(Type.Boolean()), condition: NS, conditionLabel: NS, note: NS, photoFileId: NI,
});
export const SubmissionSummary = Type.Object({
  id: I, submittedAt: S, submittedByName: S, presentCount: I, missingCount: I, damagedCount: I, extraCount: I, signatureFileId: I,
});
export const CheckSheet = Type.Object({
  check: CheckRoomDto,
  items: Type.Array(CheckItemDto),
  extras: Type.Array(Type.Object({ name: S, note: NS })),
  note: NS,
  signatureFileId: NI,
  submissions: Type.Array(SubmissionSummary),
  abilities: Type.Object({ submit: Type.Boolean() }),
});
export type CheckSheet = Static<typeof CheckSheet>;
