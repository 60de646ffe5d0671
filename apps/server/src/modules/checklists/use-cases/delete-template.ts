import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { checklistError } from '../../../platform/checklists/checklist-errors.js';
import { deleteAudited, findScopedRow, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { notFound, staleVersion } from '../../../platform/http/errors.js';
import { templateHasResults } from '../checklist-templates.repository.js';
import { templateTarget } from '../checklists.targets.js';

/** Deletes a template nobody has used, with its versions; one with results is evidence and only archived. */
export async function deleteTemplate(db: Db, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const ctx = auditContextOf(actor);
  await runInTransaction(db.kysely, async (tx) => {
    const t = await findScopedRow(tx, templateTarget(id, schoolId));
    if (!t) throw notFound('检查表');
    if (t.version !== version) throw staleVersion('检查表');
    if (await templateHasResults(tx, schoolId, id)) {
      throw checklistError('CHECKLIST_HAS_RESULTS', '该检查表已有检查记录，不能删除；如不再使用，请停用');
    }
    const versions = await tx.selectFrom('checklist_template_versions').select('id').where('school_id', '=', schoolId).where('template_id', '=', id).execute();
    for (const v of versions) {
      await deleteAudited(tx, ctx, { table: 'checklist_template_versions', entity: 'checklist_template_version', label: '检查表版本', id: v.id, schoolIds: [schoolId] });
    }
    await deleteAudited(tx, ctx, { ...templateTarget(id, schoolId), version });
  });
}
