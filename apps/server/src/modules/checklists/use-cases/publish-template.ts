import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { checklistError } from '../../../platform/checklists/checklist-errors.js';
import { parseChecklistItems } from '../../../platform/checklists/checklist-items.js';
import { findScopedRow, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { invalidField, notFound, platformError, staleVersion } from '../../../platform/http/errors.js';
import { templateTarget } from '../checklists.targets.js';

/**
 * Freezes the working copy as the next version (1, 2, 3 …). New results use it from now on;
 * results already started keep their version.
 */
export async function publishTemplate(db: Db, actor: Actor, id: number, version: number): Promise<number> {
  const schoolId = writableSchoolId(actor);
  const ctx = auditContextOf(actor);
  return runInTransaction(db.kysely, async (tx) => {
    const t = await findScopedRow(tx, templateTarget(id, schoolId));
    if (!t) throw notFound('检查表');
    if (t.version !== version) throw staleVersion('检查表');
    if (t.archived_at !== null) throw checklistError('CHECKLIST_ARCHIVED', '检查表已停用，请先恢复再发布');
    const items = parseChecklistItems(String(t.draft_items));
    if (items.length === 0) throw invalidField('items', '发布前至少需要一个检查项');
    if (t.has_draft_changes !== 1) throw checklistError('CHECKLIST_NOTHING_TO_PUBLISH', `没有需要发布的修改：第 ${String(t.latest_version_no)} 版已是最新内容`);
    const versionNo = Number(t.latest_version_no) + 1;
    await insertAudited(tx, ctx, 'checklist_template_versions', 'checklist_template_version', {
      school_id: schoolId, template_id: id, version_no: versionNo, name: t.name, kind: t.kind, description: t.description,
      items: t.draft_items, item_count: items.length, published_by: actor.userId, published_at: nowIso(),
    });
    await updateAudited(tx, ctx, {
      ...templateTarget(id, schoolId), version, action: 'publish', patch: { latest_version_no: versionNo, has_draft_changes: 0 },
    });
    return versionNo;
  });
}

/** Archived templates stay readable with all their results but cannot be filled in or edited. */
export async function setTemplateArchived(db: Db, actor: Actor, id: number, version: number, archived: boolean): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db.kysely, async (tx) => {
    const t = await findScopedRow(tx, templateTarget(id, schoolId));
    if (!t) throw notFound('检查表');
    if (archived && t.archived_at !== null) throw checklistError('CHECKLIST_ARCHIVED', '检查表已经停用');
    if (!archived && t.archived_at === null) throw platformError('CONFLICT', '检查表没有停用，无需恢复');
    await updateAudited(tx, auditContextOf(actor), {
      ...templateTarget(id, schoolId), version, action: archived ? 'archive' : 'restore', patch: { archived_at: archived ? nowIso() : null },
    });
  });
}
