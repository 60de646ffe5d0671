import { actionLabel, entityLabel, fieldLabel, valueLabel } from './audit.labels.js';
import type { AuditChange, AuditItem } from './audit.schemas.js';

export interface AuditRow {
  id: number;
  at: string;
  school_id: number | null;
  school_name: string | null;
  actor_id: number | null;
  actor_name: string;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
  ip: string | null;
}

// Bookkeeping columns every row has; showing them as "changes" would only be noise.
const HIDDEN_FIELDS = new Set(['id', 'school_id', 'created_at', 'updated_at', 'version']);

type Scalar = string | number | boolean | null;

function snapshot(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return { value };
  } catch {
    return { value: json };
  }
}

function scalar(value: unknown): Scalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/**
 * Before/after snapshots → the list of fields that differ. A create has only an "after"
 * and a delete only a "before", so every non-empty field shows on those.
 */
export function changesOf(beforeJson: string | null, afterJson: string | null): AuditChange[] {
  const before = snapshot(beforeJson);
  const after = snapshot(afterJson);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN_FIELDS.has(f));
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const b = scalar(before[field]);
    const a = scalar(after[field]);
    if (b === a) continue;
    changes.push({ field, fieldLabel: fieldLabel(field), before: valueLabel(field, b), after: valueLabel(field, a) });
  }
  return changes;
}

export function presentAuditEvent(row: AuditRow): AuditItem {
  return {
    id: row.id,
    at: row.at,
    schoolId: row.school_id,
    schoolName: row.school_name,
    actorId: row.actor_id,
    actorName: row.actor_name,
    entity: row.entity,
    entityLabel: entityLabel(row.entity),
    entityId: row.entity_id,
    action: row.action,
    actionLabel: actionLabel(row.action),
    changes: changesOf(row.before, row.after),
    ip: row.ip,
  };
}

/** One line for a spreadsheet cell: "名称：旧 → 新；备注：（空） → 新". */
export function describeChanges(changes: AuditChange[]): string {
  const show = (v: Scalar) => (v === null || v === '' ? '（空）' : String(v));
  return changes.map((c) => `${c.fieldLabel}：${show(c.before)} → ${show(c.after)}`).join('；');
}
