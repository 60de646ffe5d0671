import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { zonedInstant } from '../../platform/calendar/time-zone.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate } from '../../platform/http/pagination.js';
import type { AuditRow } from './audit.presenter.js';

export interface AuditFilter {
  /** Schools whose trail the actor may read; always applied. */
  schoolIds: number[];
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  action?: string | undefined;
  /** Inclusive lower and exclusive upper bounds as UTC ISO instants. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
}

const DEFAULT_TZ = 'Asia/Shanghai';

/** The zone in which the actor's "from/to" dates are meant: their school's, or the first school they read. */
export async function timeZoneOf(db: Kysely<Database>, actor: Actor): Promise<string> {
  const schoolId = actor.schoolId ?? actor.readableSchoolIds[0];
  if (schoolId === undefined) return DEFAULT_TZ;
  const row = await db.selectFrom('schools').select('timezone').where('id', '=', schoolId).executeTakeFirst();
  return row?.timezone ?? DEFAULT_TZ;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86400_000).toISOString().slice(0, 10);
}

/** Local dates → the UTC instants bounding them (from 00:00 of `from` up to 00:00 after `to`). */
export function instantsOf(range: { from?: string | undefined; to?: string | undefined }, tz: string): { fromAt?: string; toAt?: string } {
  return {
    ...(range.from ? { fromAt: zonedInstant(range.from, 0, tz).toISOString() } : {}),
    ...(range.to ? { toAt: zonedInstant(nextDay(range.to), 0, tz).toISOString() } : {}),
  };
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('audit_events as a').leftJoin('schools as s', 's.id', 'a.school_id').where('a.school_id', 'in', f.schoolIds);
  if (f.entity) q = q.where('a.entity', '=', f.entity);
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId);
  if (f.action) q = q.where('a.action', '=', f.action);
  if (f.fromAt) q = q.where('a.at', '>=', f.fromAt);
  if (f.toAt) q = q.where('a.at', '<', f.toAt);
  return q;
}

const COLUMNS = [
  'a.id', 'a.at', 'a.school_id', 's.name as school_name', 'a.actor_id', 'a.actor_name', 'a.entity', 'a.entity_id', 'a.action',
  'a.before', 'a.after', 'a.ip',
] as const;

const EMPTY = (paging: Paging) => ({ items: [] as AuditRow[], total: 0, page: paging.page, pageSize: paging.pageSize });

/** One page of the trail, newest first, filtered and counted in SQL. */
export async function listAuditEvents(db: Kysely<Database>, filter: AuditFilter, paging: Paging) {
  if (filter.schoolIds.length === 0) return EMPTY(paging);
  return paginate(filtered(db, filter), paging, (q) => q.select([...COLUMNS]).orderBy('a.at', 'desc').orderBy('a.id', 'desc'));
}

/** Up to `limit` newest events for an export. */
export async function auditEventsForExport(db: Kysely<Database>, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  if (filter.schoolIds.length === 0) return [];
  return filtered(db, filter).select([...COLUMNS]).orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
}
