import { type Static, Type } from 'typebox';
import { ITEM_KEY_PATTERN } from '../../platform/checklists/checklist-items.js';
import { CHECKLIST_ITEM_TYPES } from '../../platform/checklists/checklist-kinds.js';
import { MAX_PHOTOS_PER_ITEM, MAX_TEXT_ANSWER } from '../../platform/checklists/checklist-answers.js';
import { Nullable } from '../../platform/http/schema-shorthands.js';

export { Nullable };
export const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });
export const VersionField = Type.Integer({ minimum: 1, maximum: 2147483647, title: '版本' });
const Limit = (title: string) => Nullable(Type.Number({ minimum: -1e9, maximum: 1e9, title }), title);
const Option = Type.String({ minLength: 1, maxLength: 40, title: '选项' });

/** One item as an editor sends it; cross-field rules live in normalizeChecklistItems. */
export const ItemInput = Type.Object({
  key: Type.Optional(Type.String({ pattern: ITEM_KEY_PATTERN, maxLength: 40, title: '检查项编码' })),
  label: Type.String({ minLength: 1, maxLength: 100, title: '检查项名称' }),
  type: Type.Enum(CHECKLIST_ITEM_TYPES, { title: '检查项类型' }),
  required: Type.Optional(Type.Boolean({ title: '是否必填' })),
  hint: Type.Optional(Nullable(Type.String({ maxLength: 200, title: '填写提示' }), '填写提示')),
  raisesRepair: Type.Optional(Type.Boolean({ title: '不合格时可一键报修' })),
  repairCategory: Type.Optional(Nullable(Type.String({ maxLength: 40, title: '报修分类' }), '报修分类')),
  min: Type.Optional(Limit('下限')),
  max: Type.Optional(Limit('上限')),
  unit: Type.Optional(Nullable(Type.String({ maxLength: 10, title: '单位' }), '单位')),
  options: Type.Optional(Type.Array(Option, { maxItems: 30, title: '选项' })),
  multiple: Type.Optional(Type.Boolean({ title: '可多选' })),
  failOptions: Type.Optional(Type.Array(Option, { maxItems: 30, title: '不合格选项' })),
  minPhotos: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PHOTOS_PER_ITEM, title: '最少照片数' })),
}, { additionalProperties: false });

export const ItemInputs = Type.Array(ItemInput, { maxItems: 100, title: '检查项' });

/** A stored item as the API sends it, with the Chinese name of its type and its limits in words. */
export const ItemDto = Type.Object({
  key: Type.String(), label: Type.String(), type: Type.String(), typeLabel: Type.String(), required: Type.Boolean(),
  hint: Nullable(Type.String()), raisesRepair: Type.Boolean(), repairCategory: Nullable(Type.String()),
  min: Nullable(Type.Number()), max: Nullable(Type.Number()), unit: Nullable(Type.String()), limitText: Nullable(Type.String()),
  options: Type.Array(Type.String()), multiple: Type.Boolean(), failOptions: Type.Array(Type.String()), minPhotos: Type.Integer(),
});
export type ItemDto = Static<typeof ItemDto>;

/** pass_fail → true/false; number; text; choice → option or options; photo → file ids; signature → file id. */
export const AnswerValue = Type.Union([
  Type.Boolean(), Type.Number(), Type.String({ maxLength: MAX_TEXT_ANSWER }), Type.Array(Option, { maxItems: 30 }),
  Type.Array(RefId('照片'), { maxItems: MAX_PHOTOS_PER_ITEM }), Type.Null(),
], { title: '答案' });

export const AnswerInput = Type.Object({
  value: AnswerValue,
  remark: Type.Optional(Nullable(Type.String({ maxLength: 500, title: '说明' }), '说明')),
}, { additionalProperties: false });

/** Answers keyed by item key. */
export const AnswersInput = Type.Record(Type.String({ pattern: ITEM_KEY_PATTERN }), AnswerInput, {
  title: '答案', maxProperties: 100, additionalProperties: false,
});
export type AnswersInput = Static<typeof AnswersInput>;
