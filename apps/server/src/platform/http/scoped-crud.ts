import type { Resource } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import { type TObject, type TSchema, Type } from 'typebox';
import { auditContextOf } from '../authz/load-actor.js';
import { type Actor, requirePermission, writableSchoolId } from '../authz/actor.js';
import { type Tx, deleteAudited, insertAudited, runInTransaction, updateAudited } from '../db/audited-writes.js';
import type { Database, TableName } from '../db/schema.js';
import { notFound } from './errors.js';
import type { TypedApp } from './typed-app.js';

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647, title: '编号' }) }, { additionalProperties: false });
export const VersionQuery = Type.Object({ version: Type.Integer({ minimum: 1, title: '版本' }) }, { additionalProperties: false });
export const Deleted = Type.Object({ id: Type.Integer(), deleted: Type.Boolean() });

export interface WriteContext { tx: Tx; actor: Actor; schoolId: number }

/**
 * Create / update / delete routes for a school-scoped table whose rows people edit.
 * The module supplies validation of references (`toValues`, `toPatch`), a loader that
 * presents one record, and optional delete guards; the helper supplies the authorisation,
 * transaction, optimistic version check and audit event every such route needs.
 */
export interface ScopedCrudSpec<C, U extends { version: number }, D> {
  path: string;
  table: TableName;
  entity: string;
  label: string;
  resource: Resource;
  tags: string[];
  createBody: TObject;
  updateBody: TObject;
  response: TSchema;
  toValues(body: C, ctx: WriteContext): Promise<Record<string, unknown>>;
  toPatch(body: U, ctx: WriteContext & { current: Record<string, unknown> }): Promise<Record<string, unknown>>;
  load(db: Kysely<Database> | Tx, actor: Actor, id: number): Promise<D | undefined>;
  beforeDelete?(ctx: WriteContext & { id: number }): Promise<void>;
}

export function registerScopedCrud<C, U extends { version: number }, D>(app: TypedApp, db: Kysely<Database>, spec: ScopedCrudSpec<C, U, D>): void {
  const loadOrThrow = async (conn: Kysely<Database> | Tx, actor: Actor, id: number): Promise<D> => {
    const dto = await spec.load(conn, actor, id);
    if (dto === undefined) throw notFound(spec.label);
    return dto;
  };

  app.post(spec.path, {
    schema: { tags: spec.tags, summary: `新建${spec.label}`, body: spec.createBody, response: { 200: spec.response } },
  }, async (req) => {
    const actor = requirePermission(req.actor, spec.resource, 'create');
    const schoolId = writableSchoolId(actor);
    return runInTransaction(db, async (tx) => {
      const values = await spec.toValues(req.body as C, { tx, actor, schoolId });
      const row = await insertAudited(tx, auditContextOf(actor), spec.table, spec.entity, { ...values, school_id: schoolId });
      return loadOrThrow(tx, actor, row.id);
    });
  });

  app.patch(`${spec.path}/:id`, {
    schema: { tags: spec.tags, summary: `修改${spec.label}`, params: IdParams, body: spec.updateBody, response: { 200: spec.response } },
  }, async (req) => {
    const actor = requirePermission(req.actor, spec.resource, 'update');
    const schoolId = writableSchoolId(actor);
    const body = req.body as U;
    return runInTransaction(db, async (tx) => {
      const current = await tx.selectFrom(spec.table).selectAll().where('id', '=', req.params.id).where('school_id' as never, '=', schoolId as never).executeTakeFirst();
      if (!current) throw notFound(spec.label);
      const patch = await spec.toPatch(body, { tx, actor, schoolId, current: current as Record<string, unknown> });
      await updateAudited(tx, auditContextOf(actor), {
        table: spec.table, entity: spec.entity, label: spec.label, id: req.params.id, schoolIds: [schoolId], version: body.version, patch,
      });
      return loadOrThrow(tx, actor, req.params.id);
    });
  });

  app.delete(`${spec.path}/:id`, {
    schema: { tags: spec.tags, summary: `删除${spec.label}`, params: IdParams, querystring: VersionQuery, response: { 200: Deleted } },
  }, async (req) => {
    const actor = requirePermission(req.actor, spec.resource, 'delete');
    const schoolId = writableSchoolId(actor);
    await runInTransaction(db, async (tx) => {
      if (spec.beforeDelete) {
        const exists = await tx.selectFrom(spec.table).select('id').where('id', '=', req.params.id).where('school_id' as never, '=', schoolId as never).executeTakeFirst();
        if (!exists) throw notFound(spec.label);
        await spec.beforeDelete({ tx, actor, schoolId, id: req.params.id });
      }
      await deleteAudited(tx, auditContextOf(actor), {
        table: spec.table, entity: spec.entity, label: spec.label, id: req.params.id, schoolIds: [schoolId], version: req.query.version,
      });
    });
    return { id: req.params.id, deleted: true };
  });
}

/** Picks the keys present in a PATCH body and renames them to columns. */
export function pickPatch(body: Record<string, unknown>, columns: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) if (key in body) out[column] = body[key];
  return out;
}

/** Throws 404 unless the referenced row exists in the school (a foreign id from another school looks absent). */
export async function requireInSchool(tx: Tx | Kysely<Database>, table: TableName, id: number, schoolId: number, label: string): Promise<void> {
  const row = await tx.selectFrom(table).select('id').where('id', '=', id).where('school_id' as never, '=', schoolId as never).executeTakeFirst();
  if (!row) throw notFound(label);
}
