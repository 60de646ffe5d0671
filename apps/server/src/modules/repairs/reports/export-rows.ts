import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { parseSort } from '../../../platform/http/pagination.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import { presentContextOf, readScopeOf } from '../repair-context.js';
import { type PresentContext, presentRequest, presentWorkOrder } from '../repairs.presenter.js';
import { type ItemRow, type RepairScope, type RequestSort, type WorkOrderSort, listRequests, listWorkOrders } from '../repairs.repository.js';
import type { RequestListQuery } from '../requests.schemas.js';
import type { WorkOrderListQuery } from '../work-orders.schemas.js';

/** An export stops here so one click cannot hold the server for minutes. */
export const MAX_EXPORT_ROWS = 50_000;
const BATCH = 500;

export type RequestExportQuery = Omit<RequestListQuery, 'page' | 'pageSize'>;
export type WorkOrderExportQuery = Omit<WorkOrderListQuery, 'page' | 'pageSize'>;

/** Same narrowing as the lists: a district reader may pick one school, one out of reach shows nothing. */
function narrow(scope: RepairScope, schoolId: number | undefined): RepairScope {
  if (schoolId === undefined) return scope;
  return { ...scope, schoolIds: scope.schoolIds.includes(schoolId) ? [schoolId] : [] };
}

/** Each exported row: the DTO the list shows plus the completion facts the sheet adds. */
export interface Exported<D> { dto: D; row: ItemRow; timezone: string }

/** Pages through a list query in batches, presenting each batch with the school's calendars. */
async function collect<D>(
  ctxOf: (rows: ItemRow[]) => Promise<PresentContext>,
  fetchPage: (page: number) => Promise<{ items: ItemRow[] }>,
  present: (ctx: PresentContext, r: ItemRow) => D,
): Promise<Exported<D>[]> {
  const out: Exported<D>[] = [];
  for (let page = 1; out.length < MAX_EXPORT_ROWS; page++) {
    const { items } = await fetchPage(page);
    if (items.length === 0) break;
    const ctx = await ctxOf(items);
    for (const row of items.slice(0, MAX_EXPORT_ROWS - out.length)) {
      out.push({ dto: present(ctx, row), row, timezone: ctx.calendars.get(row.school_id)?.timezone ?? 'Asia/Shanghai' });
    }
    if (items.length < BATCH) break;
  }
  return out;
}

export async function exportRequests(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: RequestExportQuery) {
  const { ra, scope } = await readScopeOf(db, actor);
  const { sort, schoolId, ...filters } = q;
  const order: [RequestSort, 'asc' | 'desc'] = sort ? parseSort<RequestSort>(sort, 'reportedAt') : ['reportedAt', 'desc'];
  const now = new Date();
  return collect(
    (rows) => presentContextOf(db, ra, rows.map((r) => r.school_id), now),
    (page) => listRequests(db, dialect, narrow(scope, schoolId), actor, filters, order, { page, pageSize: BATCH }),
    presentRequest,
  );
}

export async function exportWorkOrders(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: WorkOrderExportQuery) {
  const { ra, scope } = await readScopeOf(db, actor);
  const { sort, schoolId, ...filters } = q;
  const now = new Date();
  return collect(
    (rows) => presentContextOf(db, ra, rows.map((r) => r.school_id), now),
    (page) => listWorkOrders(db, dialect, narrow(scope, schoolId), filters, parseSort<WorkOrderSort>(sort, 'resolveDueAt'), { page, pageSize: BATCH }, now),
    presentWorkOrder,
  );
}

/** "2026-11-21 14:05" in the school's zone, or empty. */
export const localTime = (iso: string | null | undefined, tz: string): string => (iso ? formatLocalTime(iso, tz) : '');
