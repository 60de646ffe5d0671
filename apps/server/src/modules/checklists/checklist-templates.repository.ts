import { type Kysely, sql } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { DialectName } from '../../platform/db/database.js';
import { containsInsensitive } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import type { TemplateListQuery } from './checklist-templates.schemas.js';

type Conn = Kysely<Database> | Tx;
type Filters = Omit<TemplateListQuery, 'page' | 'pageSize' | 'sort'> & { ids?: number[] };

const SORT_COLUMNS = { name: 't.name', kind: 't.kind', updatedAt: 't.updated_at' } as const;

function baseQuery(db: Conn, dialect: DialectName, schoolIds: number[], f: Filters) {
  // why: "in ()" is a syntax error; -1 matches no school, so an empty scope reads nothing.
  let q = db.selectFrom('checklist_templates as t').where('t.school_id', 'in', schoolIds.length ? schoolIds : [-1]);
  if (f.ids) q = q.where('t.id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.kind) q = q.where('t.kind', '=', f.kind);
  if (f.status === 'archived') q = q.where('t.archived_at', 'is not', null);
  if (f.status === 'published') q = q.where('t.archived_at', 'is', null).where('t.latest_version_no', '>', 0);
  if (f.status === 'draft') q = q.where('t.archived_at', 'is', null).where('t.latest_version_no', '=', 0);
  const needle = f.q?.trim();
  if (needle) q = q.where((eb) => containsInsensitive(dialect, eb.ref('t.name'), needle));
  return q;
}

function withColumns<Q extends ReturnType<typeof baseQuery>>(q: Q) {
  return q
    .select([
      't.id', 't.school_id', 't.name', 't.kind', 't.description', 't.draft_items', 't.has_draft_changes', 't.latest_version_no',
      't.archived_at', 't.updated_at', 't.version',
    ])
    .select((eb) => eb
      .selectFrom('checklist_results as r')
      .select(sql<number>`count(*)`.as('n'))
      .whereRef('r.school_id', '=', 't.school_id')
      .whereRef('r.template_id', '=', 't.id')
      .as('result_count'));
}

export type TemplateRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

export async function listTemplateRows(db: Conn, dialect: DialectName, schoolIds: number[], filters: Filters, sort: string | undefined, paging: Paging) {
  const [key, dir] = parseSort<keyof typeof SORT_COLUMNS>(sort, 'name');
  return paginate(baseQuery(db, dialect, schoolIds, filters), paging, (q) => withColumns(q).orderBy(SORT_COLUMNS[key], dir).orderBy('t.id', dir));
}

export async function findTemplateRow(db: Conn, dialect: DialectName, schoolIds: number[], id: number): Promise<TemplateRow | undefined> {
  return withColumns(baseQuery(db, dialect, schoolIds, { ids: [id] })).executeTakeFirst();
}

const VERSION_COLUMNS = [
  'v.id', 'v.school_id', 'v.template_id', 'v.version_no', 'v.name', 'v.kind', 'v.description', 'v.items', 'v.item_count', 'v.published_by',
  'v.published_at', 'u.name as published_by_name', 't.latest_version_no',
] as const;

function versionsOf(db: Conn, schoolIds: number[], templateId: number) {
  return db
    .selectFrom('checklist_template_versions as v')
    .innerJoin('checklist_templates as t', 't.id', 'v.template_id')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .where('v.school_id', 'in', schoolIds.length ? schoolIds : [-1])
    .where('v.template_id', '=', templateId);
}

export type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersion>['execute']>>[number];
function selectVersion(q: ReturnType<typeof versionsOf>) {
  return q.select(VERSION_COLUMNS);
}

export async function listVersionRows(db: Conn, schoolIds: number[], templateId: number, paging: Paging) {
  return paginate(versionsOf(db, schoolIds, templateId), paging, (q) => selectVersion(q).orderBy('v.version_no', 'desc'));
}

export async function findVersionRow(db: Conn, schoolIds: number[], templateId: number, versionNo: number): Promise<VersionRow | undefined> {
  return selectVersion(versionsOf(db, schoolIds, templateId).where('v.version_no', '=', versionNo)).executeTakeFirst();
}

/** Whether any result (draft or submitted) uses the template: then it may only be archived. */
export async function templateHasResults(db: Conn, schoolId: number, templateId: number): Promise<boolean> {
  const row = await db.selectFrom('checklist_results').select('id').where('school_id', '=', schoolId).where('template_id', '=', templateId).limit(1).executeTakeFirst();
  return row !== undefined;
}
