import { type Static, Type } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../../platform/http/pagination.js';
import { DateText, Nullable } from '../assets.schemas.js';
import { MOVEMENT_KINDS, MOVEMENT_STATUSES, RETURN_CONDITIONS } from './movements.labels.js';
import { B, I, NI, NS, S } from '../../../platform/http/schema-shorthands.js';

const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });
const Version = Type.Integer({ minimum: 1, title: '版本' });
const Note = (title: string) => Type.Optional(Type.String({ maxLength: 200, title }));

export const MOVEMENT_SORTS = ['createdAt', 'code', 'dueDate'] as const;
export const MovementListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(MOVEMENT_SORTS),
  kind: Type.Optional(Type.Enum(MOVEMENT_KINDS, { title: '类型' })),
  status: Type.Optional(Type.Enum(MOVEMENT_STATUSES, { title: '状态' })),
  assetId: Type.Optional(RefId('资产')),
  mine: Type.Optional(Type.Boolean({ title: '只看与我有关的' })),
  overdue: Type.Optional(Type.Boolean({ title: '只看逾期未还' })),
  todo: Type.Optional(Type.Enum(['approve', 'receive'], { title: '待我处理' })),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
}, { additionalProperties: false });
export type MovementListQuery = Static<typeof MovementListQuery>;
/** The export takes the same filters; paging is ignored. */
export const MovementExportQuery = MovementListQuery;

export const CreateMovementBody = Type.Object({
  kind: Type.Enum(MOVEMENT_KINDS, { title: '单据类型' }),
  assetIds: Type.Array(RefId('资产'), { minItems: 1, maxItems: 500, title: '资产' }),
  toCustodianId: Type.Optional(RefId('接收人')),
  toDepartmentId: Type.Optional(RefId('接收部门')),
  toRoomId: Type.Optional(RefId('接收地点')),
  reason: Type.String({ minLength: 1, maxLength: 200, title: '事由' }),
  expectedDate: Type.Optional(DateText('预计日期')),
  dueDate: Type.Optional(DateText('归还期限')),
  submit: Type.Optional(Type.Boolean({ title: '立即提交' })),
}, { additionalProperties: false });
export type CreateMovementBody = Static<typeof CreateMovementBody>;

export const StepBody = Type.Object({ version: Version, note: Note('备注') }, { additionalProperties: false });
export type StepBody = Static<typeof StepBody>;

export const RejectBody = Type.Object({
  version: Version,
  reason: Type.String({ minLength: 1, maxLength: 200, title: '驳回原因' }),
}, { additionalProperties: false });
export type RejectBody = Static<typeof RejectBody>;

export const ExtendBody = Type.Object({
  version: Version,
  dueDate: DateText('新的归还期限'),
  reason: Type.String({ minLength: 1, maxLength: 200, title: '续借理由' }),
}, { additionalProperties: false });
export type ExtendBody = Static<typeof ExtendBody>;

/** 申请续借 by the borrower: the date they propose and why. */
export const RequestExtensionBody = Type.Object({
  version: Version,
  dueDate: DateText('希望归还日期'),
  reason: Type.String({ minLength: 1, maxLength: 200, title: '续借理由' }),
}, { additionalProperties: false });
export type RequestExtensionBody = Static<typeof RequestExtensionBody>;

/** 不同意续借: the storekeeper says why (the borrower is told). */
export const DeclineExtensionBody = Type.Object({
  version: Version,
  reason: Type.String({ minLength: 1, maxLength: 200, title: '不同意的原因' }),
}, { additionalProperties: false });
export type DeclineExtensionBody = Static<typeof DeclineExtensionBody>;

export const ReturnBody = Type.Object({
  version: Version,
  note: Note('归还说明'),
  lines: Type.Optional(Type.Array(Type.Object({
    assetId: RefId('资产'),
    condition: Type.Enum(RETURN_CONDITIONS, { title: '归还状况' }),
    note: Note('状况说明'),
  }, { additionalProperties: false }), { maxItems: 500, title: '归还状况' })),
}, { additionalProperties: false });
export type ReturnBody = Static<typeof ReturnBody>;

export const Abilities = Type.Object({
  submit: B, approve: B, reject: B, receive: B, lend: B, return: B, cancel: B, extend: B,
  /** the borrower may ask for a later due date (loan 借出中, no request waiting) */
  requestExtension: B,
  /** the storekeeper may grant or decline the waiting request */
  decideExtension: B,
});
export type Abilities = Static<typeof Abilities>;

export const MovementDto = Type.Object({
  id: I, schoolId: I, code: S, kind: S, kindLabel: S, status: S, statusLabel: S,
  requesterId: I, requesterName: S,
  toCustodianId: NI, toCustodianName: NS, toDepartmentId: NI, toDepartmentName: NS, toRoomId: NI, toRoomName: NS,
  /** "李老师 · 一(1)班教室" — the receiving side in one line */
  toText: S,
  reason: S, expectedDate: NS, dueDate: NS, overdue: B, needsApproval: B,
  assetCount: I, assetSummary: S,
  /** A 申请续借 waits for the storekeeper */
  extensionRequested: B,
  submittedAt: NS, closedAt: NS, createdAt: S, updatedAt: S, version: I,
  abilities: Abilities,
});
export type MovementDto = Static<typeof MovementDto>;
export const MovementPage = pageOf(MovementDto);

export const MovementLineDto = Type.Object({
  id: I, assetId: I, code: S, name: S, specModel: NS, accountingClassLabel: S, originalValueFen: I,
  fromText: S, fromStatusLabel: S, statusLabel: S, location: S, custodianName: NS,
  returnCondition: NS, returnConditionLabel: NS, returnNote: NS,
});
export type MovementLineDto = Static<typeof MovementLineDto>;

export const MovementStepDto = Type.Object({ id: I, action: S, actionLabel: S, actorName: S, note: NS, at: S });
export type MovementStepDto = Static<typeof MovementStepDto>;

/** 续借: one extension of a loan's due date. */
export const LoanExtensionDto = Type.Object({ id: I, fromDate: S, toDate: S, reason: S, actorName: S, at: S });
export type LoanExtensionDto = Static<typeof LoanExtensionDto>;

/** 申请续借: the borrower's request and the storekeeper's answer. */
export const ExtensionRequestDto = Type.Object({
  id: I, fromDate: S, toDate: S, reason: S, status: S, statusLabel: S, requesterName: S, createdAt: S,
  decidedByName: NS, decidedAt: NS, decisionNote: NS,
});
export type ExtensionRequestDto = Static<typeof ExtensionRequestDto>;

export const MovementDetail = Type.Object({
  movement: MovementDto,
  lines: Type.Array(MovementLineDto),
  steps: Type.Array(MovementStepDto),
  /** The chain of due dates of a loan, oldest first (empty for other kinds). */
  extensions: Type.Array(LoanExtensionDto),
  /** The borrower's requests for more time, oldest first (empty for other kinds). */
  extensionRequests: Type.Array(ExtensionRequestDto),
  /** Shown after a return with damaged cards: where to record the damage (损坏赔偿). */
  hint: NS,
});
export type MovementDetail = Static<typeof MovementDetail>;

export const CandidateQuery = Type.Object({
  kind: Type.Enum(MOVEMENT_KINDS, { title: '单据类型' }),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  roomId: Type.Optional(RefId('存放地点')),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100, title: '条数' })),
}, { additionalProperties: false });
export type CandidateQuery = Static<typeof CandidateQuery>;

export const CandidateDto = Type.Object({
  id: I, code: S, name: S, specModel: NS, status: S, statusLabel: S, location: S, custodianName: NS,
  /** Why the card cannot go on this document now, or null when it can. */
  blockedReason: NS,
});
export const CandidateList = Type.Object({ items: Type.Array(CandidateDto) });
export type CandidateDto = Static<typeof CandidateDto>;

export const MovementSettingsDto = Type.Object({
  lowValueNeedsApproval: B, storeRoomId: NI, storeRoomName: NS, version: I,
  abilities: Type.Object({ update: B }),
});
export type MovementSettingsDto = Static<typeof MovementSettingsDto>;

export const PutMovementSettingsBody = Type.Object({
  version: Type.Integer({ minimum: 0, title: '版本' }),
  lowValueNeedsApproval: Type.Boolean({ title: '低值耐用品调拨借用也需审批' }),
  storeRoomId: Nullable(RefId('库房'), '库房'),
}, { additionalProperties: false });
export type PutMovementSettingsBody = Static<typeof PutMovementSettingsBody>;
