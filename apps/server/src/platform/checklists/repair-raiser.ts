import type { Actor } from '../authz/actor.js';
import type { Tx } from '../db/audited-writes.js';
import type { AnswerValue } from './checklist-answers.js';
import type { ChecklistItem } from './checklist-items.js';
import { answerText, limitText } from './answer-text.js';
import type { ItemOutcome } from './checklist-kinds.js';

/** What a failed item proposes to the repairs module; the person may adjust it before sending. */
export interface RepairDraft {
  roomId: number | null;
  categoryName: string | null;
  description: string;
}

/** Where the repair comes from, so the repair request can link back to the evidence. */
export interface RepairSource {
  resultId: number;
  itemKey: string;
  itemLabel: string;
  templateName: string;
  ownerType: string;
  ownerId: number;
  /** Photos answered in the same result, worth attaching to the repair. */
  photoFileIds: number[];
}

export interface RepairRaiseRequest { tx: Tx; actor: Actor; schoolId: number; draft: RepairDraft; source: RepairSource }
export interface RaisedRepair { id: number }

/**
 * Creates a repair request inside the checklist's transaction (so the item's "repair raised"
 * mark and the request commit together). It writes through `tx` with audited writes and throws
 * AppError for anything the person must fix.
 */
export type RepairRaiser = (request: RepairRaiseRequest) => Promise<RaisedRepair>;

// why: the repairs module registers itself when its routes mount; the checklist engine must not
// import it (repairs depends on checklists for preventive maintenance, not the other way round).
let current: RepairRaiser | null = null;

/**
 * Installs the function that turns a failed checklist item into a repair request. Returns a
 * function that puts back whatever was registered before (tests pass null to act as if no
 * repairs module were installed).
 */
export function registerRepairRaiser(raiser: RepairRaiser | null): () => void {
  const previous = current;
  current = raiser;
  return () => { current = previous; };
}

export function repairRaiser(): RepairRaiser | null {
  return current;
}

/**
 * The prefilled request for a failed item: "<检查表> · <检查项>：<答案>（不合格）", with the
 * limit for a reading and the checker's remark, in the subject's room.
 */
export function repairDraftOf(input: {
  templateName: string;
  item: Pick<ChecklistItem, 'label' | 'type' | 'unit' | 'min' | 'max' | 'repairCategory'>;
  value: AnswerValue;
  remark: string | null;
  outcome: ItemOutcome;
  roomId: number | null;
}): RepairDraft {
  const { item } = input;
  const answer = answerText(item, input.value);
  const limits = input.outcome === 'out_of_limit' ? limitText(item) : null;
  // A 合格/不合格 item's answer already says 不合格; saying it twice reads like a mistake.
  const verdict = item.type === 'pass_fail' ? '' : limits ? `（不合格，标准：${limits}）` : '（不合格）';
  const remark = input.remark ? `；备注：${input.remark}` : '';
  return {
    roomId: input.roomId,
    categoryName: item.repairCategory,
    description: `${input.templateName} · ${item.label}：${answer}${verdict}${remark}`,
  };
}
