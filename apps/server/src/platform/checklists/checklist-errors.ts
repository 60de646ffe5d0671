import { errorFactory } from '../http/errors.js';

/** The checklist engine's own error codes and their HTTP status. */
export const CHECKLIST_ERRORS = {
  CHECKLIST_VERSION_MISMATCH: 409,
  CHECKLIST_NOT_PUBLISHED: 409,
  CHECKLIST_ARCHIVED: 409,
  CHECKLIST_NOTHING_TO_PUBLISH: 409,
  CHECKLIST_HAS_RESULTS: 409,
  CHECKLIST_RESULT_SUBMITTED: 409,
  CHECKLIST_RESULT_NOT_SUBMITTED: 409,
  CHECKLIST_ALREADY_CORRECTED: 409,
  CHECKLIST_ITEM_NOT_FAILED: 409,
  CHECKLIST_REPAIR_ALREADY_RAISED: 409,
  CHECKLIST_REPAIRS_UNAVAILABLE: 409,
} as const;

export const checklistError = errorFactory(CHECKLIST_ERRORS);

/**
 * The form on the phone was drawn from one version and the result is pinned to another (a new
 * version was published, or the page is stale): refuse rather than file answers against the wrong items.
 */
export function versionMismatch(pinnedVersionNo: number, claimedVersionNo: number) {
  return checklistError(
    'CHECKLIST_VERSION_MISMATCH',
    `这份检查记录使用的是检查表第 ${pinnedVersionNo} 版，而提交的内容按第 ${claimedVersionNo} 版填写，请刷新后重新填写`,
  );
}
