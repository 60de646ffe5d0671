import type { Actor } from '../../platform/authz/actor.js';
import { limitText } from '../../platform/checklists/answer-text.js';
import { type ChecklistItem, parseChecklistItems } from '../../platform/checklists/checklist-items.js';
import {
  CHECKLIST_ITEM_TYPE_LABELS, CHECKLIST_KIND_LABELS, type ChecklistKind, TEMPLATE_STATUS_LABELS, type TemplateStatus,
} from '../../platform/checklists/checklist-kinds.js';
import type { ItemDto } from './checklist-items.schemas.js';
import type { TemplateRow, VersionRow } from './checklist-templates.repository.js';
import type { TemplateDto, TemplateVersionDto } from './checklist-templates.schemas.js';
import { templateAbilities } from './checklists.policy.js';

export function presentItem(item: ChecklistItem): ItemDto {
  return { ...item, typeLabel: CHECKLIST_ITEM_TYPE_LABELS[item.type] ?? item.type, limitText: item.type === 'number' ? limitText(item) : null };
}

export const kindLabel = (kind: string): string => CHECKLIST_KIND_LABELS[kind as ChecklistKind] ?? kind;

export function templateStatusOf(t: { archived_at: string | null; latest_version_no: number }): TemplateStatus {
  if (t.archived_at !== null) return 'archived';
  return t.latest_version_no > 0 ? 'published' : 'draft';
}

export function presentTemplate(actor: Actor, t: TemplateRow): TemplateDto {
  const items = parseChecklistItems(t.draft_items);
  const resultCount = Number(t.result_count ?? 0);
  const status = templateStatusOf(t);
  return {
    id: t.id, schoolId: t.school_id, name: t.name, kind: t.kind, kindLabel: kindLabel(t.kind), description: t.description,
    status, statusLabel: TEMPLATE_STATUS_LABELS[status], latestVersionNo: t.latest_version_no, hasDraftChanges: t.has_draft_changes === 1,
    items: items.map(presentItem), itemCount: items.length, resultCount, archivedAt: t.archived_at, updatedAt: t.updated_at, version: t.version,
    abilities: templateAbilities(actor, { ...t, item_count: items.length, result_count: resultCount }),
  };
}

export function presentVersionSummary(v: VersionRow): Omit<TemplateVersionDto, 'items'> {
  return {
    id: v.id, templateId: v.template_id, versionNo: v.version_no, name: v.name, kind: v.kind, kindLabel: kindLabel(v.kind),
    description: v.description, itemCount: v.item_count, publishedAt: v.published_at, publishedById: v.published_by,
    publishedByName: v.published_by_name ?? null, isLatest: v.version_no === v.latest_version_no,
  };
}

export function presentVersion(v: VersionRow): TemplateVersionDto {
  return { ...presentVersionSummary(v), items: parseChecklistItems(v.items).map(presentItem) };
}
