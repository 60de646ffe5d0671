import { registerRepairRaiser } from '../../platform/checklists/repair-raiser.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import { writeContextOn } from './repair-context.js';
import type { SubmitRequestBody } from './requests.schemas.js';
import { createRepairRequest } from './use-cases/submit-repair-request.js';

const DESCRIPTION_MAX = 500;

/** The category a checklist item names, else 其他, else the first active one: a failed check is never lost for want of a category. */
async function categoryFor(tx: Tx, schoolId: number, name: string | null): Promise<number | undefined> {
  const active = await tx.selectFrom('repair_categories').select(['id', 'name']).where('school_id', '=', schoolId).where('active', '=', 1)
    .orderBy('sort').orderBy('id').execute();
  return (active.find((c) => c.name === name) ?? active.find((c) => c.name === '其他') ?? active[0])?.id;
}

/**
 * Lets the checklist engine raise a repair from a failed item in one tap: a normal-urgency
 * request in the item's room (or pointing at the checklist), in the checklist's transaction. The
 * checklist itself is the photographic evidence, so the report's photo rule does not apply.
 */
export function registerChecklistRepairRaiser(): void {
  registerRepairRaiser(async ({ tx, actor, schoolId, draft, source }) => {
    const categoryId = await categoryFor(tx, schoolId, draft.categoryName);
    const c = writeContextOn(tx, actor, schoolId);
    const body: SubmitRequestBody = { categoryId: categoryId ?? 0, description: draft.description.slice(0, DESCRIPTION_MAX), urgency: 'normal' };
    if (draft.roomId !== null) body.roomId = draft.roomId;
    else body.locationText = `见检查记录「${source.templateName}」`.slice(0, 100);
    const { id } = await createRepairRequest(c, actor, body, { photosOptional: true, eventData: { checklistResultId: source.resultId, checklistItemKey: source.itemKey } });
    return { id };
  });
}
