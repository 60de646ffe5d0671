import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { checklistError } from '../../../platform/checklists/checklist-errors.js';
import { normalizeChecklistItems } from '../../../platform/checklists/checklist-items.js';
import { type Tx, findScopedRow, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/http/errors.js';
import type { CreateTemplate, UpdateTemplate } from '../checklist-templates.schemas.js';
import { templateTarget } from '../checklists.targets.js';

interface WorkingCopy { name: string; kind: string; description: string | null; draft_items: string }

/** Does the working copy differ from what the latest version says? Then it needs publishing. */
async function differsFromLatest(tx: Tx, schoolId: number, templateId: number, latestVersionNo: number, copy: WorkingCopy): Promise<boolean> {
  if (latestVersionNo === 0) return true;
  const latest = await tx
    .selectFrom('checklist_template_versions')
    .select(['name', 'kind', 'description', 'items'])
    .where('school_id', '=', schoolId)
    .where('template_id', '=', templateId)
    .where('version_no', '=', latestVersionNo)
    .executeTakeFirst();
  return !latest || latest.name !== copy.name || latest.kind !== copy.kind || latest.description !== copy.description || latest.items !== copy.draft_items;
}

const cleanDescription = (d: string | null | undefined): string | null => (d?.trim() ? d.trim() : null);

/** Creates a template as a draft: nobody can fill it in until it is published. */
export async function createTemplate(db: Db, actor: Actor, body: CreateTemplate): Promise<number> {
  const schoolId = writableSchoolId(actor);
  const items = normalizeChecklistItems(body.items);
  return runInTransaction(db.kysely, async (tx) => {
    const row = await insertAudited(tx, auditContextOf(actor), 'checklist_templates', 'checklist_template', {
      school_id: schoolId, name: body.name.trim(), kind: body.kind, description: cleanDescription(body.description),
      draft_items: JSON.stringify(items), has_draft_changes: 1, latest_version_no: 0, archived_at: null,
    });
    return row.id;
  });
}

/**
 * Edits the working copy. Published versions never change: results keep pointing at the version
 * they were filled in against, and the edit reaches new results only once published.
 */
export async function updateTemplate(db: Db, actor: Actor, id: number, body: UpdateTemplate): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const items = body.items ? normalizeChecklistItems(body.items) : undefined;
  await runInTransaction(db.kysely, async (tx) => {
    const current = await findScopedRow(tx, templateTarget(id, schoolId));
    if (!current) throw notFound('检查表');
    if (current.archived_at !== null) throw checklistError('CHECKLIST_ARCHIVED', '检查表已停用，请先恢复再修改');
    const copy: WorkingCopy = {
      name: body.name !== undefined ? body.name.trim() : String(current.name),
      kind: body.kind ?? String(current.kind),
      description: body.description !== undefined ? cleanDescription(body.description) : (current.description as string | null),
      draft_items: items ? JSON.stringify(items) : String(current.draft_items),
    };
    const dirty = await differsFromLatest(tx, schoolId, id, Number(current.latest_version_no), copy);
    await updateAudited(tx, auditContextOf(actor), {
      ...templateTarget(id, schoolId), version: body.version, patch: { ...copy, has_draft_changes: dirty ? 1 : 0 },
    });
  });
}
