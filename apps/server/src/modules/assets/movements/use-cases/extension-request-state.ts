import { updateAudited } from '../../../../platform/db/audited-writes.js';
import type { MovementWrite } from '../movement-context.js';
import { openExtensionRequest } from '../movements.repository.js';

export const EXTENSION_REQUESTS = { table: 'asset_loan_extension_requests', entity: 'asset_loan_extension_request', label: '续借申请' } as const;

type Decision = 'granted' | 'declined' | 'lapsed';

type OpenRequest = NonNullable<Awaited<ReturnType<typeof openExtensionRequest>>>;

/** Closes a waiting request, as read by the caller, with the decision (audited). */
export async function decideRequest(w: MovementWrite, open: OpenRequest, status: Decision, note: string | null): Promise<void> {
  await updateAudited(w.tx, w.audit, {
    ...EXTENSION_REQUESTS, id: open.id, schoolIds: [w.schoolId], version: open.version, action: status,
    patch: { status, open_movement_id: null, decided_by_id: w.actor.userId, decided_by_name: w.actor.name, decided_at: w.at, decision_note: note },
  });
}

/** A waiting request overtaken by a direct 续借 or by the return lapses (no decision is owed any more). */
export async function closeOpenExtensionRequest(w: MovementWrite, movementId: number, why: string): Promise<void> {
  const open = await openExtensionRequest(w.tx, w.schoolId, movementId);
  if (open) await decideRequest(w, open, 'lapsed', why);
}
