import { type Kysely, sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import type { ResultExportQuery } from './checklist-results.schemas.js';

type Conn = Kysely<Database> | Tx;

/** Whose results an actor reads: schools, narrowed by the data scope of their roles. */
export interface ResultScope {
  schoolIds: number[];
  /** "own": results this user started or submitted. */
  onlyUserId?: number;
  /** "department": results started by someone in this department, plus the actor's own. */
  departmentOf?: { departmentId: number | null; userId: number };
}

export function resultReadScope(actor: Actor): ResultScope {
  const schoolIds = actor.readableSchoolIds;
  if (actor.dataScope === 'own') return { schoolIds, onlyUserId: actor.userId };
  if (actor.dataScope === 'department') return { schoolIds, departmentOf: { departmentId: actor.departmentId, userId: actor.userId } };
  return { schoolIds };
}

export type ResultFilters = Omit<ResultExportQuery, 'sort' | 'from' | 'to'> & { ids?: number[]; fromAt?: string; toAt?: string };

const RECORDED_AT = sql<string>`coalesce(r.submitted_at, r.started_at)`;
const SORT_COLUMNS = { recordedAt: RECORDED_AT, templateName: sql<string>`r.template_name`, failedCount: sql<number>`r.failed_count` } as const;

function baseQuery(db: Conn, scope: ResultScope, f: ResultFilters) {
  let q = db
    .selectFrom('checklist_results as r')
    // A correction points at what it replaces; the unique index keeps this join to one row.
    .leftJoin('checklist_results as c', (j) => j.onRef('c.corrects_result_id', '=', 'r.id').onRef('c.school_id', '=', 'r.school_id'))
    .where('r.school_id', 'in', scope.schoolIds.length ? scope.schoolIds : [-1]);
  if (f.ids) q = q.where('r.id', 'in', f.ids.length ? f.ids : [-1]);
  const only = scope.onlyUserId;
  if (only !== undefined) q = q.where((eb) => eb.or([eb('r.started_by', '=', only), eb('r.submitted_by', '=', only)]));
  const dept = scope.departmentOf;
  if (dept) {
    q = q.where((eb) => eb.or([
      eb('r.started_by', '=', dept.userId),
      ...(dept.departmentId === null ? [] : [eb.exists(eb.selectFrom('users as du').select(sql`1`.as('one'))
        .whereRef('du.id', '=', 'r.started_by').where('du.department_id', '=', dept.departmentId))]),
    ]));
  }
  if (f.templateId !== undefined) q = q.where('r.template_id', '=', f.templateId);
  if (f.ownerType !== undefined) q = q.where('r.owner_type', '=', f.ownerType);
  if (f.ownerId !== undefined) q = q.where('r.owner_id', '=', f.ownerId);
  if (f.outcome !== undefined) q = q.where('r.outcome', '=', f.outcome);
  if (f.status !== undefined) q = q.where('r.status', '=', f.status);
  // Dates are about when the check was recorded as done, so they only match submitted results.
  if (f.fromAt) q = q.where('r.submitted_at', '>=', f.fromAt);
  if (f.toAt) q = q.where('r.submitted_at', '<', f.toAt);
  if (f.current) q = q.where('c.id', 'is', null);
  return q;
}

function withColumns<Q extends ReturnType<typeof baseQuery>>(q: Q) {
  return q
    .leftJoin('users as su', 'su.id', 'r.started_by')
    .leftJoin('users as bu', 'bu.id', 'r.submitted_by')
    .select([
      'r.id', 'r.school_id', 'r.template_id', 'r.template_version_id', 'r.version_no', 'r.template_name', 'r.owner_type', 'r.owner_id', 'r.room_id',
      'r.status', 'r.outcome', 'r.item_count', 'r.failed_count', 'r.draft_answers', 'r.note', 'r.corrects_result_id', 'r.correction_reason',
      'r.started_by', 'r.started_at', 'r.submitted_by', 'r.submitted_at', 'r.version', 'c.id as corrected_by_result_id',
      'su.name as started_by_name', 'bu.name as submitted_by_name',
    ]);
}

export type ResultRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

export async function listResultRows(db: Conn, scope: ResultScope, filters: ResultFilters, sort: string | undefined, paging: Paging) {
  const [key, dir] = sort ? parseSort<keyof typeof SORT_COLUMNS>(sort, 'recordedAt') : (['recordedAt', 'desc'] as const);
  return paginate(baseQuery(db, scope, filters), paging, (q) => withColumns(q).orderBy(SORT_COLUMNS[key], dir).orderBy('r.id', dir));
}

/** Every matching result for an export, a page at a time so a year of checks never sits in one query result. */
export async function* allResultRows(db: Conn, scope: ResultScope, filters: ResultFilters, sort: string | undefined, limit: number) {
  const [key, dir] = sort ? parseSort<keyof typeof SORT_COLUMNS>(sort, 'recordedAt') : (['recordedAt', 'desc'] as const);
  const chunk = 1000;
  for (let offset = 0; offset < limit; offset += chunk) {
    const rows = await withColumns(baseQuery(db, scope, filters)).orderBy(SORT_COLUMNS[key], dir).orderBy('r.id', dir)
      .limit(Math.min(chunk, limit - offset)).offset(offset).execute();
    yield rows;
    if (rows.length < chunk) return;
  }
}

export async function findResultRow(db: Conn, scope: ResultScope, id: number): Promise<ResultRow | undefined> {
  return withColumns(baseQuery(db, scope, { ids: [id] })).executeTakeFirst();
}

export type ResultItemRow = Awaited<ReturnType<typeof findResultItemRows>>[number];

/** Answered items of the given results, in form order. */
export async function findResultItemRows(db: Conn, schoolIds: number[], resultIds: number[], onlyFailing = false) {
  if (resultIds.length === 0 || schoolIds.length === 0) return [];
  let q = db
    .selectFrom('checklist_result_items')
    .select(['id', 'result_id', 'position', 'item_key', 'label', 'item_type', 'answer', 'remark', 'outcome', 'repair_request_id', 'repair_raised_at'])
    .where('school_id', 'in', schoolIds)
    .where('result_id', 'in', resultIds);
  if (onlyFailing) q = q.where('outcome', 'in', ['fail', 'out_of_limit']);
  return q.orderBy('result_id').orderBy('position').execute();
}

/** The frozen items of the versions the given results were filled against. */
export async function findVersionItems(db: Conn, schoolIds: number[], versionIds: number[]): Promise<Map<number, string>> {
  if (versionIds.length === 0 || schoolIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('checklist_template_versions')
    .select(['id', 'items'])
    .where('school_id', 'in', schoolIds)
    .where('id', 'in', [...new Set(versionIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.items]));
}
