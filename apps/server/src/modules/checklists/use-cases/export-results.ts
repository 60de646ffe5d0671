import type { Actor } from '../../../platform/authz/actor.js';
import { answerText } from '../../../platform/checklists/answer-text.js';
import { parseStoredValue } from '../../../platform/checklists/checklist-answers.js';
import { type ChecklistItem, parseChecklistItems } from '../../../platform/checklists/checklist-items.js';
import { ITEM_OUTCOME_LABELS, type ItemOutcome } from '../../../platform/checklists/checklist-kinds.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { Db } from '../../../platform/db/database.js';
import { writeXlsx } from '../../../platform/excel/xlsx-export.js';
import { type ResultFilters, type ResultScope, allResultRows, findResultItemRows, findVersionItems } from '../checklist-results.repository.js';
import { presentResults } from '../checklist-results.presenter.js';

/** A ledger beyond this is narrowed by date or template rather than sent as one file. */
export const RESULT_EXPORT_LIMIT = 20_000;

type Cell = string | number | null;
type Line = Record<string, Cell>;
const col = (header: string, key: string, width: number) => ({ header, width, value: (r: Line) => r[key] });

/**
 * The 检查记录台账: one sheet with a row per result, one with a row per answered item, times in
 * the school's zone. Results are read a page at a time with their items and subjects.
 */
export async function exportResults(db: Db, actor: Actor, scope: ResultScope, filters: ResultFilters, sort: string | undefined, tz: string): Promise<Buffer> {
  const results: Line[] = [];
  const details: Line[] = [];
  const time = (iso: string | null) => (iso ? formatLocalTime(iso, tz) : null);
  for await (const rows of allResultRows(db.kysely, scope, filters, sort, RESULT_EXPORT_LIMIT)) {
    const dtos = await presentResults(db.kysely, actor, rows);
    const versions = await findVersionItems(db.kysely, scope.schoolIds, rows.map((r) => r.template_version_id));
    const definitions = new Map<number, Map<string, ChecklistItem>>();
    for (const [id, json] of versions) definitions.set(id, new Map(parseChecklistItems(json).map((d) => [d.key, d])));
    const items = await findResultItemRows(db.kysely, scope.schoolIds, rows.map((r) => r.id));
    const byId = new Map(dtos.map((d) => [d.id, d]));
    for (const d of dtos) {
      results.push({
        id: d.id, at: time(d.submittedAt ?? d.startedAt), template: d.templateName, versionNo: `第${d.versionNo}版`, ownerType: d.ownerTypeLabel,
        owner: d.ownerName, status: d.statusLabel, outcome: d.outcomeLabel, failedCount: d.failedCount, failed: d.failedLabels.join('；'),
        by: d.submittedByName ?? d.startedByName, note: d.note, corrects: d.correctsResultId, reason: d.correctionReason, correctedBy: d.correctedByResultId,
      });
    }
    for (const item of items) {
      const d = byId.get(item.result_id);
      const def = definitions.get(d?.templateVersionId ?? 0)?.get(item.item_key);
      details.push({
        id: item.result_id, at: time(d?.submittedAt ?? null), template: d?.templateName ?? null, owner: d?.ownerName ?? null, position: item.position + 1,
        label: item.label, answer: answerText(def ?? { type: item.item_type as ChecklistItem['type'], unit: null }, parseStoredValue(item.answer)),
        outcome: ITEM_OUTCOME_LABELS[item.outcome as ItemOutcome] ?? item.outcome, remark: item.remark, repair: item.repair_request_id,
      });
    }
  }
  const note = results.length >= RESULT_EXPORT_LIMIT
    ? `符合条件的记录超过 ${RESULT_EXPORT_LIMIT} 条，本文件只包含前 ${RESULT_EXPORT_LIMIT} 条。请缩小日期范围或按检查表分批导出。`
    : `共 ${results.length} 条检查记录、${details.length} 条明细，时间为学校所在时区（${tz}）。`;
  return writeXlsx<Line>([
    {
      name: '检查记录',
      columns: [
        col('记录编号', 'id', 10), col('检查时间', 'at', 18), col('检查表', 'template', 28), col('版本', 'versionNo', 8), col('对象类型', 'ownerType', 10),
        col('检查对象', 'owner', 20), col('状态', 'status', 8), col('结论', 'outcome', 8), col('不合格项数', 'failedCount', 10),
        col('不合格项', 'failed', 40), col('检查人', 'by', 10), col('备注', 'note', 30), col('更正自记录', 'corrects', 10),
        col('更正原因', 'reason', 24), col('已被更正为', 'correctedBy', 10),
      ],
      rows: results,
    },
    {
      name: '检查明细',
      columns: [
        col('记录编号', 'id', 10), col('检查时间', 'at', 18), col('检查表', 'template', 28), col('检查对象', 'owner', 20), col('序号', 'position', 6),
        col('检查项', 'label', 36), col('检查结果', 'answer', 20), col('判定', 'outcome', 10), col('说明', 'remark', 30), col('报修单', 'repair', 10),
      ],
      rows: details,
    },
    { name: '说明', columns: [col('说明', 'note', 100)], rows: [{ note }] },
  ]);
}
