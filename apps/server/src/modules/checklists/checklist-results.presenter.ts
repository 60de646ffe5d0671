import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { answerText } from '../../platform/checklists/answer-text.js';
import { outcomeOf, parseStoredAnswers, parseStoredValue } from '../../platform/checklists/checklist-answers.js';
import { parseChecklistItems } from '../../platform/checklists/checklist-items.js';
import {
  ITEM_OUTCOME_LABELS, type ItemOutcome, RESULT_OUTCOME_LABELS, RESULT_STATUS_LABELS, type ResultOutcome, type ResultStatus,
} from '../../platform/checklists/checklist-kinds.js';
import { checklistSubjectDefinition, describeChecklistSubjects } from '../../platform/checklists/checklist-subjects.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { type ResultItemRow, type ResultRow, findResultItemRows, findVersionItems } from './checklist-results.repository.js';
import type { ResultDto, ResultItem, ResultSummary } from './checklist-results.schemas.js';
import { presentItem } from './checklist-templates.presenter.js';
import { canRaiseRepair, resultAbilities } from './checklists.policy.js';

type Conn = Kysely<Database> | Tx;

function summaryOf(actor: Actor, r: ResultRow, ownerName: string | null, failedLabels: string[]): ResultSummary {
  const outcome = r.outcome as ResultOutcome | null;
  return {
    id: r.id, schoolId: r.school_id, templateId: r.template_id, templateName: r.template_name, templateVersionId: r.template_version_id,
    versionNo: r.version_no, ownerType: r.owner_type, ownerTypeLabel: checklistSubjectDefinition(r.owner_type)?.label ?? r.owner_type,
    ownerId: r.owner_id, ownerName, roomId: r.room_id, status: r.status, statusLabel: RESULT_STATUS_LABELS[r.status as ResultStatus] ?? r.status,
    outcome, outcomeLabel: outcome ? RESULT_OUTCOME_LABELS[outcome] : null, itemCount: r.item_count, failedCount: r.failed_count, failedLabels,
    note: r.note, correctsResultId: r.corrects_result_id, correctionReason: r.correction_reason,
    correctedByResultId: r.corrected_by_result_id ?? null, startedById: r.started_by, startedByName: r.started_by_name ?? null,
    startedAt: r.started_at, submittedById: r.submitted_by, submittedByName: r.submitted_by_name ?? null, submittedAt: r.submitted_at,
    version: r.version, abilities: resultAbilities(actor, { ...r, corrected_by_result_id: r.corrected_by_result_id ?? null }),
  };
}

/** A page of results as DTOs: one query for subject names per type and one for failed items. */
export async function presentResults(db: Conn, actor: Actor, rows: ResultRow[]): Promise<ResultSummary[]> {
  const subjects = await describeChecklistSubjects(db, actor.readableSchoolIds, rows.map((r) => ({ type: r.owner_type, id: r.owner_id })));
  const failed = await findResultItemRows(db, actor.readableSchoolIds, rows.map((r) => r.id), true);
  const labels = new Map<number, string[]>();
  for (const f of failed) labels.set(f.result_id, [...(labels.get(f.result_id) ?? []), f.label]);
  return rows.map((r) => summaryOf(actor, r, subjects.get(`${r.owner_type}:${r.owner_id}`)?.name ?? null, labels.get(r.id) ?? []));
}

/**
 * One result with every item of its version: a submitted result shows the stored answers and
 * outcomes, a draft its saved answers with the outcome submitting would give.
 */
export async function presentResult(db: Conn, actor: Actor, r: ResultRow): Promise<ResultDto> {
  const [summary] = await presentResults(db, actor, [r]);
  const definitions = parseChecklistItems((await findVersionItems(db, [r.school_id], [r.template_version_id])).get(r.template_version_id) ?? '[]');
  const stored = new Map<string, ResultItemRow>();
  if (r.status === 'submitted') for (const row of await findResultItemRows(db, [r.school_id], [r.id])) stored.set(row.item_key, row);
  const draft = parseStoredAnswers(r.draft_answers);
  const items = definitions.map((def, position): ResultItem => {
    const row = stored.get(def.key);
    const value = row ? parseStoredValue(row.answer) : (draft[def.key]?.value ?? null);
    const outcome = (row ? row.outcome : outcomeOf(def, value)) as ItemOutcome;
    const remark = row ? row.remark : (draft[def.key]?.remark ?? null);
    const repair = { repairRequestId: row?.repair_request_id ?? null, raisedAt: row?.repair_raised_at ?? null };
    return {
      ...presentItem(def), position, value, answerText: answerText(def, value), remark, outcome, outcomeLabel: ITEM_OUTCOME_LABELS[outcome],
      repairRequestId: repair.repairRequestId, repairRaisedAt: repair.raisedAt,
      abilities: { raiseRepair: canRaiseRepair(actor, r, { outcome, raisesRepair: def.raisesRepair, ...repair }) },
    };
  });
  if (!summary) throw new Error(`result ${r.id} could not be presented`);
  return { ...summary, items };
}
