import { Type } from 'typebox';
import { importReportOf } from '../../../platform/excel/import-report.js';
import { ROW_STATUSES } from './ledger-plan.js';

const NS = Type.Union([Type.String(), Type.Null()]);
const NI = Type.Union([Type.Integer(), Type.Null()]);

const CreatedCard = Type.Object({
  row: Type.Integer({ title: '行号' }), id: Type.Integer({ title: '卡片 id' }), code: Type.String({ title: '资产编号' }), name: Type.String({ title: '资产名称' }),
});

/** The platform's import report (dryRun, errors, created …) plus what a ledger import adds: mapping, per-row status, counts. */
export const LedgerImportReport = Type.Object({
  ...importReportOf(CreatedCard).properties,
  onError: Type.Enum(['abort', 'skip'], { title: '出错时：abort 全部不导入，skip 跳过有问题的行' }),
  headerRow: Type.Integer({ title: '表头所在行（两行表头时为下面一行）' }),
  columns: Type.Array(Type.Object({
    column: Type.Integer({ title: '列号（从 1 开始）' }), letter: Type.String({ title: '列字母' }), header: Type.String({ title: '表头文字' }),
    field: NS, fieldLabel: NS, samples: Type.Array(Type.String(), { title: '前几行数据中的示例值' }),
  }), { title: '文件中的列及其对应字段' }),
  fields: Type.Array(Type.Object({
    key: Type.String({ title: '字段' }), label: Type.String({ title: '字段名称' }), required: Type.Boolean({ title: '必填' }), column: NI,
  }), { title: '可导入的字段及对应的列' }),
  summary: Type.Object({
    new: Type.Integer({ title: '新建' }), unchanged: Type.Integer({ title: '无变化' }), changed: Type.Integer({ title: '与系统不同' }),
    error: Type.Integer({ title: '有问题' }), skipped: Type.Integer({ title: '跳过' }),
  }),
  rows: Type.Array(Type.Object({
    row: Type.Integer({ title: '行号' }), status: Type.Enum(ROW_STATUSES, { title: '状态' }), statusLabel: Type.String({ title: '状态说明' }),
    code: NS, name: NS, assetId: NI,
    changes: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), before: NS, after: NS })),
  }), { title: '每行的状态（导入后，已建卡的行只列在 created 中）' }),
});
