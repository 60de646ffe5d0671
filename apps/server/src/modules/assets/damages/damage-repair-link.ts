import type { Kysely } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { PROGRESS_LABELS, requestCode, workOrderCode } from '../../repairs/repairs.labels.js';
import type { DamageRepairDto } from './damages.schemas.js';

type Conn = Kysely<Database> | Tx;

/**
 * The repair of a damage record: the request raised from it (its work order appears once the
 * request is converted, so it is looked up through the request), else a work order linked by hand.
 */
export async function damageRepairOf(db: Conn, schoolId: number, link: { repair_request_id: number | null; work_order_id: number | null }): Promise<DamageRepairDto | null> {
  if (link.repair_request_id !== null) {
    const r = await db.selectFrom('repair_requests as rr').leftJoin('work_orders as wo', (j) => j.onRef('wo.request_id', '=', 'rr.id').on('wo.school_id', '=', schoolId))
      .select(['rr.id', 'rr.status', 'wo.id as wo_id', 'wo.status as wo_status'])
      .where('rr.school_id', '=', schoolId).where('rr.id', '=', link.repair_request_id).executeTakeFirst();
    if (r) return present(r.id, r.wo_id, r.wo_status ?? r.status);
  }
  if (link.work_order_id !== null) {
    const wo = await db.selectFrom('work_orders').select(['id', 'request_id', 'status'])
      .where('school_id', '=', schoolId).where('id', '=', link.work_order_id).executeTakeFirst();
    if (wo) return present(wo.request_id, wo.id, wo.status);
  }
  return null;
}

function present(requestId: number | null, workOrderId: number | null, status: string): DamageRepairDto {
  return {
    requestId, requestCode: requestId === null ? null : requestCode(requestId),
    workOrderId, workOrderCode: workOrderId === null ? null : workOrderCode(workOrderId),
    status, statusLabel: (PROGRESS_LABELS as Record<string, string>)[status] ?? status,
    link: workOrderId !== null ? `/repairs/work-orders/${workOrderId}` : `/repairs/requests/${requestId ?? ''}`,
  };
}
