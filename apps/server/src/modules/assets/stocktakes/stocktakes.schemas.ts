import { type Static, Type } from 'typebox';
import { PageQuery, pageOf } from '../../../platform/http/pagination.js';
import { RESULT_KINDS, SCAN_CONDITIONS, SCOPE_KINDS } from './stocktakes.labels.js';
import { Nullable, B, I, NI, NS, S } from '../../../platform/http/schema-shorthands.js';

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });

export const StocktakeListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Type.Enum(['counting', 'reconciling', 'closed'], { title: '状态' })),
}, { additionalProperties: false });
export type StocktakeListQuery = Static<typeof StocktakeListQuery>;

export const OpenStocktakeBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60, title: '盘点名称' }),
  scopeKind: Type.Enum(SCOPE_KINDS, { title: '盘点范围' }),
  scopeIds: Type.Optional(Type.Array(Id('范围'), { minItems: 1, maxItems: 500, title: '范围' })),
  counterIds: Type.Array(Id('盘点人'), { minItems: 1, maxItems: 50, title: '盘点人' }),
  note: Type.Optional(Type.String({ maxLength: 500, title: '说明' })),
}, { additionalProperties: false });
export type OpenStocktakeBody = Static<typeof OpenStocktakeBody>;

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1, title: '版本' }) }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const ScanParams = Type.Object({ id: Id('盘点'), scanId: Id('盘点记录') }, { additionalProperties: false });

export const ScanBody = Type.Object({
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 300, title: '标签码' })),
  assetId: Type.Optional(Id('资产')),
  roomId: Type.Optional(Id('所在房间')),
  custodianId: Type.Optional(Id('使用人')),
  condition: Type.Optional(Type.Enum(SCAN_CONDITIONS, { title: '状况' })),
  note: Type.Optional(Type.String({ maxLength: 200, title: '说明' })),
}, { additionalProperties: false });
export type ScanBody = Static<typeof ScanBody>;

export const ExtraParams = Type.Object({ id: Id('盘点'), extraId: Id('盘盈登记') }, { additionalProperties: false });
export const PhotoParams = Type.Object({ id: Id('盘点'), fileId: Id('照片') }, { additionalProperties: false });

export const ExtraBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60, title: '物品名称' }),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999, title: '数量' })),
  roomId: Type.Optional(Id('所在房间')),
  note: Type.Optional(Type.String({ maxLength: 200, title: '说明' })),
}, { additionalProperties: false });
export type ExtraBody = Static<typeof ExtraBody>;

export const ExtraListQuery = Type.Object({ roomId: Type.Optional(Id('房间')) }, { additionalProperties: false });
export type ExtraListQuery = Static<typeof ExtraListQuery>;

export const ScanListQuery = Type.Object({
  ...PageQuery,
  mine: Type.Optional(Type.Boolean({ title: '只看我的' })),
  roomId: Type.Optional(Id('房间')),
}, { additionalProperties: false });
export type ScanListQuery = Static<typeof ScanListQuery>;

export const ResultQuery = Type.Object({
  ...PageQuery,
  kind: Type.Enum(RESULT_KINDS, { title: '结果类别' }),
  roomId: Type.Optional(Id('房间')),
}, { additionalProperties: false });
export type ResultQuery = Static<typeof ResultQuery>;

export const SearchQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 60, title: '搜索' }) }, { additionalProperties: false });

export const AdjustmentQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Type.Enum(['pending', 'approved', 'rejected'], { title: '审批状态' })),
}, { additionalProperties: false });
export type AdjustmentQuery = Static<typeof AdjustmentQuery>;

export const DecideBody = Type.Object({
  items: Type.Array(Type.Object({ id: Id('调整建议'), version: Type.Integer({ minimum: 1, title: '版本' }) }, { additionalProperties: false }),
    { minItems: 1, maxItems: 200, title: '调整建议' }),
  decision: Type.Enum(['approve', 'reject'], { title: '审批结果' }),
  note: Type.Optional(Type.String({ maxLength: 200, title: '审批意见' })),
}, { additionalProperties: false });
export type DecideBody = Static<typeof DecideBody>;

export const StocktakeDto = Type.Object({
  id: I, schoolId: I, name: S, scopeKind: S, scopeKindLabel: S, scopeNames: Type.Array(S), status: S, statusLabel: S,
  expectedCount: I, expectedValueFen: I, scannedCount: I, unexpectedCount: I, extraCount: I, pendingAdjustments: I,
  counters: Type.Array(Type.Object({ userId: I, name: S })),
  note: NS, createdAt: S, createdByName: NS, finishedAt: NS, reconciledAt: NS, closedAt: NS, version: I,
  abilities: Type.Object({ scan: B, finish: B, reconcile: B, decide: B, close: B, export: B }),
});
export type StocktakeDto = Static<typeof StocktakeDto>;
export const StocktakePage = pageOf(StocktakeDto);
export const MyStocktakes = Type.Object({ items: Type.Array(StocktakeDto) });

export const ProgressRow = Type.Object({ id: NI, name: S, expected: I, scanned: I });
export const StocktakeDetail = Type.Object({
  stocktake: StocktakeDto,
  rooms: Type.Array(ProgressRow),
  counters: Type.Array(Type.Object({ userId: I, name: S, scanned: I })),
});
export type StocktakeDetail = Static<typeof StocktakeDetail>;

const AssetBrief = Type.Object({ id: I, code: S, name: S, location: S, expectedLocation: NS });
export const ScanResult = Type.Object({
  outcome: S, outcomeLabel: S, message: S,
  asset: Nullable(AssetBrief),
  room: Nullable(Type.Object({ id: I, name: S })),
  scanId: NI, firstScannedByName: NS, scannedCount: I, expectedCount: I,
});
export type ScanResult = Static<typeof ScanResult>;

/** An evidence photo (files module) of a scan or a 盘盈 item. */
export const PhotoDto = Type.Object({ id: I, originalName: S, url: S, thumbnailUrl: NS, abilities: Type.Object({ delete: B }) });
export type PhotoDto = Static<typeof PhotoDto>;
const Photos = Type.Array(PhotoDto);

export const ScanDto = Type.Object({
  id: I, assetId: I, code: S, name: S, roomId: NI, roomName: NS, condition: S, conditionLabel: S, inScope: B, wrongRoom: B,
  note: NS, method: S, scannedByName: S, scannedAt: S, photos: Photos, abilities: Type.Object({ delete: B, photo: B }),
});
export const ScanPage = pageOf(ScanDto);

export const ResultItemDto = Type.Object({
  assetId: I, code: S, name: S, categoryName: S, valueFen: I, expectedLocation: NS, foundLocation: NS,
  expectedCustodianName: NS, foundCustodianName: NS, condition: NS, conditionLabel: NS, scannedByName: NS, scannedAt: NS,
  scanId: NI, photos: Photos,
});
export type ResultItemDto = Static<typeof ResultItemDto>;
export const ResultCounts = Type.Object({ found: I, missing: I, unexpected: I, wrongRoom: I, wrongCustodian: I, damaged: I, extras: I });
export type ResultCounts = Static<typeof ResultCounts>;
export const ResultPage = Type.Object({
  kind: S, kindLabel: S, counts: ResultCounts, items: Type.Array(ResultItemDto), total: I, page: I, pageSize: I,
});

export const ExtraDto = Type.Object({
  id: I, name: S, quantity: I, roomId: NI, roomName: NS, note: NS, createdByName: S, createdAt: S, photos: Photos,
  abilities: Type.Object({ delete: B, photo: B }),
});
export type ExtraDto = Static<typeof ExtraDto>;
export const ExtraList = Type.Object({ items: Type.Array(ExtraDto) });
export const ExtraCreated = Type.Object({ extra: ExtraDto, items: Type.Array(ExtraDto) });

export const SearchHit = Type.Object({ id: I, code: S, name: S, location: S, inScope: B, scanned: B });
export const SearchResult = Type.Object({ items: Type.Array(SearchHit) });

export const AdjustmentDto = Type.Object({
  id: I, kind: S, kindLabel: S, effectLabel: S, assetId: NI, assetCode: NS, assetName: NS, extraName: NS, extraNote: NS, quantity: I,
  fromText: NS, toText: NS, condition: NS, valueFen: I, status: S, statusLabel: S, decidedByName: NS, decidedAt: NS,
  decisionNote: NS, version: I, photos: Photos, abilities: Type.Object({ decide: B }),
});
export type AdjustmentDto = Static<typeof AdjustmentDto>;
export const AdjustmentPage = Type.Object({
  items: Type.Array(AdjustmentDto), total: I, page: I, pageSize: I, pending: I,
});
export const DecideResult = Type.Object({ decided: I, pending: I });

const ReportRow = Type.Object({
  id: NI, name: S, expected: I, found: I, matched: I, missing: I, expectedValueFen: I, missingValueFen: I, matchRate: Type.Number(),
});
export type ReportRow = Static<typeof ReportRow>;
export const StocktakeReport = Type.Object({
  stocktake: StocktakeDto, schoolName: S,
  expectedCount: I, expectedValueFen: I, foundCount: I, matchedCount: I, matchRate: Type.Number(),
  missingCount: I, missingValueFen: I, unexpectedCount: I, extraCount: I, wrongRoomCount: I, wrongCustodianCount: I, damagedCount: I,
  byCategory: Type.Array(ReportRow), byRoom: Type.Array(ReportRow),
});
export type StocktakeReport = Static<typeof StocktakeReport>;
