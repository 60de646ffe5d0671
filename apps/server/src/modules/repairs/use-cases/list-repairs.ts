import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { forbidden } from '../../../platform/http/errors.js';
import { pagingOf, parseSort } from '../../../platform/http/pagination.js';
import { presentContextOf, readScopeOf } from '../repair-context.js';
import { presentRequest, presentWorkOrder } from '../repairs.presenter.js';
import { type RepairScope, type RequestSort, type WorkOrderSort, listQueue, listRequests, listWorkOrders } from '../repairs.repository.js';
import type { RequestListQuery } from '../requests.schemas.js';
import { QUEUE_STATUSES } from '../work-order.state.js';
import type { QueueQuery, WorkOrderListQuery } from '../work-orders.schemas.js';

/** A district reader may narrow to one school; naming a school out of reach shows nothing. */
function narrow(scope: RepairScope, schoolId: number | undefined): RepairScope {
  if (schoolId === undefined) return scope;
  return { ...scope, schoolIds: scope.schoolIds.includes(schoolId) ? [schoolId] : [] };
}

/** 报修单 list: "mine", or everything the actor may read, filtered and paged in SQL. */
export async function listRequestsPage(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: RequestListQuery) {
  const { ra, scope } = await readScopeOf(db, actor);
  const { page, pageSize, sort, schoolId, ...filters } = q;
  // Newest first unless the client asks otherwise.
  const order: [RequestSort, 'asc' | 'desc'] = sort ? parseSort<RequestSort>(sort, 'reportedAt') : ['reportedAt', 'desc'];
  const result = await listRequests(db, dialect, narrow(scope, schoolId), actor, filters, order, pagingOf({ page, pageSize }));
  const ctx = await presentContextOf(db, ra, result.items.map((r) => r.school_id));
  return { ...result, items: result.items.map((r) => presentRequest(ctx, r)) };
}

/** The dispatch board (or what a technician may see): work orders by deadline, with filters. */
export async function listWorkOrdersPage(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: WorkOrderListQuery) {
  const { ra, scope } = await readScopeOf(db, actor);
  const { page, pageSize, sort, schoolId, ...filters } = q;
  const now = new Date();
  const result = await listWorkOrders(db, dialect, narrow(scope, schoolId), filters, parseSort<WorkOrderSort>(sort, 'resolveDueAt'), pagingOf({ page, pageSize }), now);
  const ctx = await presentContextOf(db, ra, result.items.map((r) => r.school_id), now);
  return { ...result, items: result.items.map((r) => presentWorkOrder(ctx, r)) };
}

/** 我的工单: the technician's own jobs and their teams' (or contractor's) unclaimed ones, the most urgent deadline first. */
export async function listQueuePage(db: Kysely<Database>, actor: Actor, q: QueueQuery) {
  if (actor.schoolId === null) throw forbidden('教育局账号没有维修任务');
  const { ra } = await readScopeOf(db, actor);
  const statuses = q.includeCompleted ? [...QUEUE_STATUSES, 'completed'] : QUEUE_STATUSES;
  const result = await listQueue(db, actor.schoolId, actor.userId, [...ra.teamIds], statuses, pagingOf(q), ra.contractorId ?? null);
  const ctx = await presentContextOf(db, ra, [actor.schoolId]);
  return { ...result, items: result.items.map((r) => presentWorkOrder(ctx, r)) };
}
