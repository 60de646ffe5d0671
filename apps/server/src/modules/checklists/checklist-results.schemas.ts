import { type Static, Type } from 'typebox';
import { RESULT_OUTCOMES, RESULT_STATUSES } from '../../platform/checklists/checklist-kinds.js';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.js';
import { AnswerValue, AnswersInput, ItemDto, Nullable, RefId, VersionField } from './checklist-items.schemas.js';

const OwnerType = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z_]*$', title: '检查对象类型' });
const Note = Nullable(Type.String({ maxLength: 500, title: '备注' }), '备注');
const VersionNo = Type.Integer({ minimum: 1, maximum: 2147483647, title: '检查表版本号' });

export const ResultAbilities = Type.Object({ submit: Type.Boolean(), discard: Type.Boolean(), correct: Type.Boolean() });

export const ResultSummary = Type.Object({
  id: Type.Integer(), schoolId: Type.Integer(), templateId: Type.Integer(), templateName: Type.String(), templateVersionId: Type.Integer(),
  versionNo: Type.Integer(), ownerType: Type.String(), ownerTypeLabel: Type.String(), ownerId: Type.Integer(), ownerName: Nullable(Type.String()),
  roomId: Nullable(Type.Integer()), status: Type.String(), statusLabel: Type.String(), outcome: Nullable(Type.String()),
  outcomeLabel: Nullable(Type.String()), itemCount: Type.Integer(), failedCount: Type.Integer(),
  /** Labels of the failed or out-of-limit items, in order. */
  failedLabels: Type.Array(Type.String()),
  note: Nullable(Type.String()), correctsResultId: Nullable(Type.Integer()), correctionReason: Nullable(Type.String()),
  correctedByResultId: Nullable(Type.Integer()), startedById: Type.Integer(), startedByName: Nullable(Type.String()), startedAt: Type.String(),
  submittedById: Nullable(Type.Integer()), submittedByName: Nullable(Type.String()), submittedAt: Nullable(Type.String()),
  version: Type.Integer(), abilities: ResultAbilities,
});
export type ResultSummary = Static<typeof ResultSummary>;
export const ResultPage = pageOf(ResultSummary);

/** An item of the version with its answer; for a draft the outcome is a preview of what submitting would give. */
export const ResultItem = Type.Object({
  ...ItemDto.properties,
  position: Type.Integer(), value: AnswerValue, answerText: Type.String(), remark: Nullable(Type.String()),
  outcome: Nullable(Type.String()), outcomeLabel: Nullable(Type.String()),
  repairRequestId: Nullable(Type.Integer()), repairRaisedAt: Nullable(Type.String()),
  abilities: Type.Object({ raiseRepair: Type.Boolean() }),
});
export type ResultItem = Static<typeof ResultItem>;

export const ResultDto = Type.Object({ ...ResultSummary.properties, items: Type.Array(ResultItem) });
export type ResultDto = Static<typeof ResultDto>;

export const RESULT_SORTS = ['recordedAt', 'templateName', 'failedCount'] as const;
export const ResultFilters = {
  templateId: Type.Optional(RefId('检查表')),
  ownerType: Type.Optional(OwnerType),
  ownerId: Type.Optional(RefId('检查对象')),
  outcome: Type.Optional(Type.Enum(RESULT_OUTCOMES, { title: '结论' })),
  status: Type.Optional(Type.Enum(RESULT_STATUSES, { title: '状态' })),
  from: Type.Optional(Type.String({ format: 'date', title: '开始日期' })),
  to: Type.Optional(Type.String({ format: 'date', title: '结束日期' })),
  /** Hide results that a correction replaced. */
  current: Type.Optional(Type.Boolean({ title: '只看有效记录' })),
};
export const ResultListQuery = Type.Object({ ...PageQuery, sort: sortParam(RESULT_SORTS), ...ResultFilters }, { additionalProperties: false });
export type ResultListQuery = Static<typeof ResultListQuery>;
export const ResultExportQuery = Type.Object({ sort: sortParam(RESULT_SORTS), ...ResultFilters }, { additionalProperties: false });
export type ResultExportQuery = Static<typeof ResultExportQuery>;

export const CreateResult = Type.Object({
  templateId: RefId('检查表'),
  /** Defaults to the latest version (or, for a correction, the corrected result's version). */
  versionNo: Type.Optional(VersionNo),
  ownerType: OwnerType,
  ownerId: RefId('检查对象'),
  answers: Type.Optional(AnswersInput),
  note: Type.Optional(Note),
  /** true: check every answer and submit now; otherwise a draft to finish later (photos can be attached to it). */
  submit: Type.Optional(Type.Boolean({ title: '立即提交' })),
  corrects: Type.Optional(Type.Object({
    resultId: RefId('被更正的检查记录'),
    reason: Type.String({ minLength: 2, maxLength: 200, title: '更正原因' }),
  }, { additionalProperties: false, title: '更正' })),
}, { additionalProperties: false });
export type CreateResult = Static<typeof CreateResult>;

export const SaveDraft = Type.Object({ version: VersionField, answers: AnswersInput, note: Type.Optional(Note) }, { additionalProperties: false });
export type SaveDraft = Static<typeof SaveDraft>;

export const SubmitResult = Type.Object({
  version: VersionField,
  /** The version the form was drawn from; refused when the result is pinned to another. */
  versionNo: Type.Optional(VersionNo),
  /** Defaults to the answers saved in the draft. */
  answers: Type.Optional(AnswersInput),
  note: Type.Optional(Note),
}, { additionalProperties: false });
export type SubmitResult = Static<typeof SubmitResult>;

export const ItemParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2147483647, title: '编号' }),
  key: Type.String({ minLength: 1, maxLength: 40, title: '检查项编码' }),
}, { additionalProperties: false });

export const RepairDraftDto = Type.Object({ roomId: Nullable(Type.Integer()), categoryName: Nullable(Type.String()), description: Type.String() });

export const RepairDraftInfo = Type.Object({
  draft: RepairDraftDto,
  /** false until the repairs module is installed. */
  raiserAvailable: Type.Boolean(),
  repairRequestId: Nullable(Type.Integer()),
  canRaise: Type.Boolean(),
});

export const RaiseRepairBody = Type.Object({
  roomId: Type.Optional(Nullable(RefId('报修地点'), '报修地点')),
  categoryName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40, title: '报修分类' }), '报修分类')),
  description: Type.Optional(Type.String({ minLength: 2, maxLength: 500, title: '故障描述' })),
}, { additionalProperties: false });
export type RaiseRepairBody = Static<typeof RaiseRepairBody>;

export const RaisedRepairDto = Type.Object({ draft: RepairDraftDto, repairRequestId: Type.Integer(), result: ResultDto });
