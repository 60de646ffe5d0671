import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { checkAnswers } from '../../../platform/checklists/checklist-answers.js';
import { checklistError } from '../../../platform/checklists/checklist-errors.js';
import { parseChecklistItems } from '../../../platform/checklists/checklist-items.js';
import { checklistSubjectDefinition, registeredChecklistSubjectTypes } from '../../../platform/checklists/checklist-subjects.js';
import { type Tx, insertAudited, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { translateDbError } from '../../../platform/http/db-errors.js';
import { forbidden, invalidField, notFound } from '../../../platform/http/errors.js';
import type { CreateResult } from '../checklist-results.schemas.js';
import { assertMayCorrect } from '../checklists.policy.js';
import { checkAnswerFiles } from './check-answer-files.js';
import { cleanNote, submitDraft } from './submit-result.js';

const alreadyCorrected = () => checklistError('CHECKLIST_ALREADY_CORRECTED', '这份检查记录已有更正记录，请在最新的记录上更正');

/** The submitted result a correction replaces, checked to be the same check on the same subject. */
async function correctedOriginal(tx: Tx, actor: Actor, schoolId: number, body: CreateResult) {
  if (!body.corrects) return undefined;
  const original = await tx.selectFrom('checklist_results').selectAll().where('school_id', '=', schoolId).where('id', '=', body.corrects.resultId).executeTakeFirst();
  if (!original) throw notFound('被更正的检查记录');
  if (original.status !== 'submitted') throw checklistError('CHECKLIST_RESULT_NOT_SUBMITTED', '只能更正已提交的检查记录；填写中的记录可以直接修改');
  assertMayCorrect(actor, original);
  if (original.template_id !== body.templateId) throw invalidField('templateId', '更正记录必须使用与原记录相同的检查表');
  if (original.owner_type !== body.ownerType || original.owner_id !== body.ownerId) throw invalidField('ownerId', '更正记录的检查对象必须与原记录相同');
  const successor = await tx.selectFrom('checklist_results').select('id').where('school_id', '=', schoolId).where('corrects_result_id', '=', original.id).executeTakeFirst();
  if (successor) throw alreadyCorrected();
  return original;
}

/**
 * Starts a result for a subject on a published version (the latest unless one is named; a
 * correction keeps the corrected result's version). With `submit` the answers are checked in
 * full and the result is submitted at once; otherwise it is a draft photos can be attached to.
 */
export async function createResult(db: Db, actor: Actor, body: CreateResult): Promise<number> {
  const schoolId = writableSchoolId(actor);
  const subject = checklistSubjectDefinition(body.ownerType);
  if (!subject) throw invalidField('ownerType', `「检查对象类型」无效，可选：${registeredChecklistSubjectTypes().join('、')}`);
  try {
    return await runInTransaction(db.kysely, async (tx) => {
      const template = await tx.selectFrom('checklist_templates').select(['id', 'name', 'archived_at', 'latest_version_no'])
        .where('school_id', '=', schoolId).where('id', '=', body.templateId).executeTakeFirst();
      if (!template) throw notFound('检查表');
      if (template.archived_at !== null) throw checklistError('CHECKLIST_ARCHIVED', `检查表「${template.name}」已停用，不能再填写`);
      if (template.latest_version_no === 0) throw checklistError('CHECKLIST_NOT_PUBLISHED', `检查表「${template.name}」还没有发布，不能填写`);
      const original = await correctedOriginal(tx, actor, schoolId, body);
      const versionNo = body.versionNo ?? original?.version_no ?? template.latest_version_no;
      const version = await tx.selectFrom('checklist_template_versions').select(['id', 'name', 'items'])
        .where('school_id', '=', schoolId).where('template_id', '=', template.id).where('version_no', '=', versionNo).executeTakeFirst();
      if (!version) throw invalidField('versionNo', `检查表「${template.name}」没有第 ${versionNo} 版`);

      const info = await subject.describe(tx, [schoolId], body.ownerId);
      if (!info) throw notFound(subject.label);
      if (!(await subject.canRecord(tx, actor, body.ownerId))) throw forbidden(`没有权限填写此${subject.label}的检查表`);

      const items = parseChecklistItems(version.items);
      const answers = body.answers ?? {};
      await checkAnswerFiles(tx, actor, schoolId, checkAnswers(items, answers, { versionNo, partial: body.submit !== true }), null);
      const note = cleanNote(body.note);
      const row = await insertAudited(tx, auditContextOf(actor), 'checklist_results', 'checklist_result', {
        school_id: schoolId, template_id: template.id, template_version_id: version.id, version_no: versionNo, template_name: version.name,
        owner_type: body.ownerType, owner_id: body.ownerId, room_id: info.roomId, status: 'draft', outcome: null, item_count: items.length,
        failed_count: 0, draft_answers: JSON.stringify(answers), note, corrects_result_id: original?.id ?? null,
        correction_reason: body.corrects ? body.corrects.reason.trim() : null, started_by: actor.userId, started_at: nowIso(),
        submitted_by: null, submitted_at: null,
      });
      if (body.submit) await submitDraft(tx, actor, { id: row.id, version: Number(row.version), schoolId }, items, answers, note);
      return row.id;
    });
  } catch (err) {
    // Two corrections of the same result at the same moment: the unique index lets one through.
    if (body.corrects && translateDbError(err)?.code === 'DUPLICATE') throw alreadyCorrected();
    throw err;
  }
}
