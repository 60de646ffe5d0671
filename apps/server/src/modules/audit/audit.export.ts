import { localParts } from '../../platform/calendar/time-zone.js';
import { writeXlsx } from '../../platform/excel/xlsx-export.js';
import { type AuditRow, describeChanges, presentAuditEvent } from './audit.presenter.js';

/** An Excel sheet is no place for an unbounded trail; beyond this the user narrows the filters. */
export const AUDIT_EXPORT_LIMIT = 50_000;

type Cell = string | number | null;
type Line = Record<string, Cell>;

const pad = (n: number) => String(n).padStart(2, '0');
function localTime(iso: string, tz: string): string {
  const p = localParts(new Date(iso), tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

const col = (header: string, key: string, width: number) => ({ header, width, value: (r: Line) => r[key] });

/**
 * The trail as a workbook: one row per event with times in the school's zone. `rows` may hold
 * one more than the limit, which is how a truncated export is recognised and explained.
 */
export async function auditWorkbook(rows: AuditRow[], tz: string, limit = AUDIT_EXPORT_LIMIT): Promise<{ body: Buffer; truncated: boolean }> {
  const truncated = rows.length > limit;
  const lines: Line[] = rows.slice(0, limit).map((row) => {
    const e = presentAuditEvent(row);
    return {
      at: localTime(e.at, tz), school: e.schoolName, actor: e.actorName, action: e.actionLabel, entity: e.entityLabel,
      entityId: e.entityId, changes: describeChanges(e.changes), ip: e.ip,
    };
  });
  const shown = limit.toLocaleString('en-US');
  const note = truncated
    ? `符合条件的记录超过 ${shown} 条，本文件只包含最新的 ${shown} 条。请缩小日期范围或增加筛选条件后分批导出。`
    : `共 ${lines.length} 条记录，时间为学校所在时区（${tz}）。`;
  const body = await writeXlsx<Line>([
    {
      name: '变更记录',
      columns: [
        col('时间', 'at', 20), col('学校', 'school', 16), col('操作人', 'actor', 12), col('操作', 'action', 10),
        col('对象类型', 'entity', 12), col('对象编号', 'entityId', 10), col('变更内容', 'changes', 80), col('IP', 'ip', 16),
      ],
      rows: lines,
    },
    { name: '说明', columns: [col('说明', 'note', 100)], rows: [{ note }] },
  ]);
  return { body, truncated };
}
