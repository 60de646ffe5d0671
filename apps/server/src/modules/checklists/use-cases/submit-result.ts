import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Answers, checkAnswers, evaluateChecklist, parseStoredAnswers } from '../../../platform/checklists/checklist-answers.js';
import { checklistError, versionMismatch } from '../../../platform/checklists/checklist-errors.js';
import { type ChecklistItem, parseChecklistItems } from '../../../platform/checklists/checklist-items.js';
import { checklistSubjectDefinition } from '../../../platform/checklists/checklist-subjects.js';
import { type Tx, deleteAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { forbidden, notFound, staleVersion } from '../../../platform/http/errors.js';
import { findVersionItems } from '../checklist-results.repository.js';
import type { SaveDraft, SubmitResult } from '../checklist-results.schemas.js';
import { assertMayDiscardDraft, assertMayFinishDraft } from '../checklists.policy.js';
import { resultTarget } from '../checklists.targets.js';
import { checkAnswerFiles } from './check-answer-files.js';

export const cleanNote = (note: string | null | undefined): string | null => (note?.trim() ? note.trim() : null);

/**
 * Turns a draft into evidence: every item's answer and outcome is written once, the overall
 * verdict is set, and from then on the result is never edited, only corrected.
 */
export async function submitDraft(
  tx: Tx, actor: Actor, target: { id: number; version: number; schoolId: number }, items: ChecklistItem[], answers: Answers, note: string | null,
): Promise<void> {
  const evaluation = evaluateChecklist(items, answers);
  const now = nowIso();
  if (evaluation.items.length) {
    await tx.insertInto('checklist_result_items').values(evaluation.items.map((e) => ({
      school_id: target.schoolId, result_id: target.id, position: e.position, item_key: e.key, label: e.label, item_type: e.type,
      answer: e.value === null ? null : JSON.stringify(e.value), remark: e.remark, outcome: e.outcome,
      repair_request_id: null, repair_raised_by: null, repair_raised_at: null, created_at: now,
    }))).execute();
  }
  await updateAudited(tx, auditContextOf(actor), {
    ...resultTarget(target.id, target.schoolId), version: target.version, action: 'submit',
    patch: {
      status: 'submitted', outcome: evaluation.outcome, failed_count: evaluation.failedCount, draft_answers: null, note,
      submitted_by: actor.userId, submitted_at: now,
    },
  });
}

/** The draft with everything needed to finish it; 409 once it is submitted. */
async function openDraft(tx: Tx, actor: Actor, schoolId: number, id: number, version: number) {
  const row = await tx.selectFrom('checklist_results').selectAll().where('school_id', '=', schoolId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('检查记录');
  if (row.status !== 'draft') throw checklistError('CHECKLIST_RESULT_SUBMITTED', '这份检查记录已提交，是存档证据，不能修改或删除；如有错误请提交更正');
  if (row.version !== version) throw staleVersion('检查记录');
  return row;
}

async function assertMayRecord(tx: Tx, actor: Actor, ownerType: string, ownerId: number): Promise<void> {
  const subject = checklistSubjectDefinition(ownerType);
  if (!subject || !(await subject.describe(tx, [writableSchoolId(actor)], ownerId))) throw notFound(subject?.label ?? '检查对象');
  if (!(await subject.canRecord(tx, actor, ownerId))) throw forbidden(`没有权限填写此${subject.label}的检查表`);
}

async function versionItems(tx: Tx, schoolId: number, versionId: number): Promise<ChecklistItem[]> {
  return parseChecklistItems((await findVersionItems(tx, [schoolId], [versionId])).get(versionId) ?? '[]');
}

/** Submits a draft against the version it was started on, even if a newer one has been published since. */
export async function submitResult(db: Db, actor: Actor, id: number, body: SubmitResult): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db.kysely, async (tx) => {
    const row = await openDraft(tx, actor, schoolId, id, body.version);
    assertMayFinishDraft(actor, row);
    if (body.versionNo !== undefined && body.versionNo !== row.version_no) throw versionMismatch(row.version_no, body.versionNo);
    await assertMayRecord(tx, actor, row.owner_type, row.owner_id);
    const items = await versionItems(tx, schoolId, row.template_version_id);
    const answers = body.answers ?? parseStoredAnswers(row.draft_answers);
    await checkAnswerFiles(tx, actor, schoolId, checkAnswers(items, answers, { versionNo: row.version_no }), row.id);
    const note = body.note !== undefined ? cleanNote(body.note) : row.note;
    await submitDraft(tx, actor, { id, version: body.version, schoolId }, items, answers, note);
  });
}

/** Saves answers so far; required items may still be blank. */
export async function saveDraftAnswers(db: Db, actor: Actor, id: number, body: SaveDraft): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db.kysely, async (tx) => {
    const row = await openDraft(tx, actor, schoolId, id, body.version);
    assertMayFinishDraft(actor, row);
    const items = await versionItems(tx, schoolId, row.template_version_id);
    await checkAnswerFiles(tx, actor, schoolId, checkAnswers(items, body.answers, { versionNo: row.version_no, partial: true }), row.id);
    await updateAudited(tx, auditContextOf(actor), {
      ...resultTarget(id, schoolId), version: body.version,
      patch: { draft_answers: JSON.stringify(body.answers), ...(body.note !== undefined ? { note: cleanNote(body.note) } : {}) },
    });
  });
}

/** A draft nobody will finish can go; a submitted result cannot. */
export async function discardDraft(db: Db, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db.kysely, async (tx) => {
    const row = await openDraft(tx, actor, schoolId, id, version);
    assertMayDiscardDraft(actor, row);
    await deleteAudited(tx, auditContextOf(actor), { ...resultTarget(id, schoolId), version });
  });
}
