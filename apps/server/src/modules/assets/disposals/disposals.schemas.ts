import { type Static, Type } from 'typebox';
import { PageQuery, pageOf, sortParam } from '../../../platform/http/pagination.js';
import { DAMAGE_CAUSES } from '../damages/damages.labels.js';
import { APPROVAL_STEPS, DISPOSAL_KINDS, DISPOSAL_METHODS, DISPOSAL_STATUSES, DISPOSAL_STEPS, LEGAL_CONDITIONS } from './disposals.labels.js';
import { Nullable, B, I, NI, NS, S } from '../../../platform/http/schema-shorthands.js';

const DATE = { pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const Fen = (title: string) => Type.Integer({ minimum: 0, maximum: 100_000_000_000, title });

export const DisposalSettingsDto = Type.Object({
  schoolId: I,
  tiers: Type.Array(Type.Object({ minFen: I, approvals: Type.Array(S), approvalLabels: Type.Array(S) })),
  landBuildingTopTier: B,
  appraisalConditions: Type.Array(S),
  conditions: Type.Array(Type.Object({ key: S, label: S })),
  compensation: Type.Object({
    ratios: Type.Array(Type.Object({ cause: S, label: S, pct: I })),
    minimumFen: I,
    rounding: S,
  }),
  version: I,
  abilities: Type.Object({ update: B }),
});
export type DisposalSettingsDto = Static<typeof DisposalSettingsDto>;

export const DisposalSettingsBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  tiers: Type.Array(Type.Object({
    minFen: Fen('起点金额'),
    approvals: Type.Array(Type.Enum(APPROVAL_STEPS, { title: '审批环节' }), { minItems: 1, maxItems: 3, title: '审批环节' }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 10, title: '审批档次' }),
  landBuildingTopTier: Type.Boolean({ title: '房屋土地按最高档审批' }),
  appraisalConditions: Type.Array(Type.Enum(LEGAL_CONDITIONS, { title: '需技术鉴定的情形' }), { maxItems: 4, title: '需技术鉴定的情形' }),
  compensation: Type.Object({
    ratios: Type.Array(Type.Object({
      cause: Type.Enum(DAMAGE_CAUSES, { title: '损坏原因' }),
      pct: Type.Integer({ minimum: 0, maximum: 100, title: '赔偿比例' }),
    }, { additionalProperties: false }), { maxItems: 4, title: '赔偿比例' }),
    minimumFen: Fen('最低赔偿金额'),
    rounding: Type.Enum(['yuan', 'fen'], { title: '取整方式' }),
  }, { additionalProperties: false, title: '赔偿规则' }),
}, { additionalProperties: false });
export type DisposalSettingsBody = Static<typeof DisposalSettingsBody>;

export const SchoolQuery = Type.Object({ schoolId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' })) }, { additionalProperties: false });

export const DisposalListQuery = Type.Object({
  ...PageQuery,
  sort: sortParam(['createdAt', 'totalOriginalFen']),
  q: Type.Optional(Type.String({ maxLength: 60, title: '关键词' })),
  status: Type.Optional(Type.Enum(DISPOSAL_STATUSES, { title: '状态' })),
  kind: Type.Optional(Type.Enum(DISPOSAL_KINDS, { title: '类型' })),
  currentStep: Type.Optional(Type.Enum(DISPOSAL_STEPS, { title: '当前环节' })),
  actionable: Type.Optional(Type.Boolean({ title: '待我处理' })),
  schoolId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' })),
}, { additionalProperties: false });
export type DisposalListQuery = Static<typeof DisposalListQuery>;

export const CreateDisposalBody = Type.Object({
  kind: Type.Enum(DISPOSAL_KINDS, { title: '类型' }),
  legalCondition: Type.Enum(LEGAL_CONDITIONS, { title: '报废报损情形' }),
  reason: Type.String({ minLength: 1, maxLength: 1000, title: '申请理由' }),
  appraisal: Type.Optional(Type.String({ maxLength: 2000, title: '技术鉴定意见' })),
  proposedMethod: Type.Enum(DISPOSAL_METHODS, { title: '拟处置方式' }),
  assetIds: Type.Array(Type.Integer({ minimum: 1, maximum: 2147483647 }), { minItems: 1, maxItems: 500, title: '资产' }),
}, { additionalProperties: false });
export type CreateDisposalBody = Static<typeof CreateDisposalBody>;

export const StepBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  step: Type.Enum(DISPOSAL_STEPS, { title: '审批环节' }),
  decision: Type.Enum(['approve', 'reject'], { title: '审批结果' }),
  note: Type.Optional(Type.String({ maxLength: 1000, title: '意见' })),
  meetingDate: Type.Optional(Type.String({ ...DATE, title: '会议日期' })),
  minutesFileId: Type.Optional(Type.Integer({ minimum: 1, title: '会议纪要' })),
  docNo: Type.Optional(Type.String({ minLength: 1, maxLength: 60, title: '批复文号' })),
  docDate: Type.Optional(Type.String({ ...DATE, title: '批复日期' })),
  docFileId: Type.Optional(Type.Integer({ minimum: 1, title: '批复扫描件' })),
}, { additionalProperties: false });
export type StepBody = Static<typeof StepBody>;

export const CompleteBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  method: Type.Enum(DISPOSAL_METHODS, { title: '处置方式' }),
  disposedOn: Type.String({ ...DATE, title: '处置日期' }),
  proceedsFen: Fen('处置收入'),
  proceedsNote: Type.Optional(Type.String({ maxLength: 200, title: '收入上缴说明' })),
  recipient: Type.Optional(Type.String({ maxLength: 100, title: '接收单位' })),
}, { additionalProperties: false });
export type CompleteBody = Static<typeof CompleteBody>;

export const WithdrawBody = Type.Object({
  version: Type.Integer({ minimum: 1, title: '版本' }),
  reason: Type.String({ minLength: 1, maxLength: 500, title: '撤回原因' }),
}, { additionalProperties: false });
export type WithdrawBody = Static<typeof WithdrawBody>;

export const DisposalDto = Type.Object({
  id: I, schoolId: I, schoolName: S, kind: S, kindLabel: S, legalCondition: S, legalConditionLabel: S, reason: S, appraisal: NS,
  proposedMethod: S, proposedMethodLabel: S, totalOriginalFen: I, totalNetFen: I, cardCount: I, summary: S,
  status: S, statusLabel: S, steps: Type.Array(S), currentStep: NS, currentStepLabel: NS,
  method: NS, methodLabel: NS, disposedOn: NS, proceedsFen: NI, proceedsNote: NS, recipient: NS,
  createdAt: S, createdByName: NS, version: I,
  abilities: Type.Object({ act: B, documentOnly: B, complete: B, withdraw: B, attach: B }),
});
export type DisposalDto = Static<typeof DisposalDto>;
export const DisposalPage = pageOf(DisposalDto);

export const DisposalItemDto = Type.Object({
  assetId: I, code: S, name: S, specModel: NS, categoryName: S, acquiredOn: S, originalValueFen: I, netValueFen: I,
  status: S, statusLabel: S,
});
export const StepLogDto = Type.Object({
  id: I, step: S, stepLabel: S, action: S, actionLabel: S, actorName: S, at: S, note: NS,
  mode: NS, meetingDate: NS, minutesFileId: NI, docNo: NS, docDate: NS, docFileId: NI,
});
export type StepLogDto = Static<typeof StepLogDto>;
export const ChainStepDto = Type.Object({ step: S, label: S, state: S, actorName: NS, at: NS, note: NS });
export type ChainStepDto = Static<typeof ChainStepDto>;

export const DisposalDetail = Type.Object({
  disposal: DisposalDto,
  items: Type.Array(DisposalItemDto),
  chain: Type.Array(ChainStepDto),
  log: Type.Array(StepLogDto),
});
export type DisposalDetail = Static<typeof DisposalDetail>;
