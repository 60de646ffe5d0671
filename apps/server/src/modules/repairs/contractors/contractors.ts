import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Tx, deleteAudited, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound, platformError } from '../../../platform/http/errors.js';
import { optionalText, requiredText } from '../use-cases/required-text.js';
import { presentContractor } from './contractors.presenter.js';
import { contractorInUse, contractorParts, listContractorRows, replaceContractorCategories } from './contractors.repository.js';
import type { ContractorDto, CreateContractor, UpdateContractor } from './contractors.schemas.js';

type Conn = Kysely<Database> | Tx;

/** The school's contractors with their categories, accounts and open jobs. */
export async function listContractors(db: Conn, actor: Actor, schoolId: number, f: { active?: boolean | undefined; ids?: number[] } = {}): Promise<ContractorDto[]> {
  const rows = await listContractorRows(db, schoolId, f);
  const parts = await contractorParts(db, schoolId, rows.map((r) => r.id));
  return rows.map((r) => presentContractor(actor, r, parts));
}

export async function showContractor(db: Conn, actor: Actor, schoolId: number, id: number): Promise<ContractorDto> {
  const [dto] = await listContractors(db, actor, schoolId, { ids: [id] });
  if (!dto) throw notFound('外包单位');
  return dto;
}

/** Categories must be the school's own (another school's id reads as absent). */
async function checkCategories(tx: Tx, schoolId: number, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.selectFrom('repair_categories').select('id').where('school_id', '=', schoolId).where('id', 'in', ids).execute();
  if (found.length !== ids.length) throw invalidField('categoryIds', '「承接分类」不存在，请从本校的报修分类中选择');
}

async function setCategories(tx: Tx, actor: Actor, schoolId: number, id: number, categoryIds: number[]): Promise<void> {
  await checkCategories(tx, schoolId, categoryIds);
  const before = await replaceContractorCategories(tx, schoolId, id, categoryIds);
  await recordAudit(tx, auditContextOf(actor), { entity: 'contractor', entityId: id, action: 'categories', before: { categoryIds: before }, after: { categoryIds }, schoolId });
}

/** A unique-name clash answers 409 naming the field, before the index would. */
async function assertNameFree(tx: Tx, schoolId: number, name: string, exceptId?: number): Promise<void> {
  let q = tx.selectFrom('contractors').select('id').where('school_id', '=', schoolId).where('name', '=', name);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (!(await q.executeTakeFirst())) return;
  const message = `外包单位「${name}」已存在`;
  throw platformError('DUPLICATE', message, [{ field: 'name', message }]);
}

export async function createContractor(db: Kysely<Database>, actor: Actor, body: CreateContractor): Promise<ContractorDto> {
  const schoolId = writableSchoolId(actor);
  const name = requiredText(body.name, 'name', '单位名称');
  return runInTransaction(db, async (tx) => {
    await assertNameFree(tx, schoolId, name);
    const row = await insertAudited(tx, auditContextOf(actor), 'contractors', 'contractor', {
      school_id: schoolId, name, contact_name: optionalText(body.contactName ?? undefined), phone: optionalText(body.phone ?? undefined), licence_note: optionalText(body.licenceNote ?? undefined), active: 1,
    });
    if (body.categoryIds?.length) await setCategories(tx, actor, schoolId, row.id, body.categoryIds);
    return showContractor(tx, actor, schoolId, row.id);
  });
}

export async function updateContractor(db: Kysely<Database>, actor: Actor, id: number, body: UpdateContractor): Promise<ContractorDto> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    const patch: Record<string, unknown> = {};
    if (body.name !== undefined) {
      patch.name = requiredText(body.name, 'name', '单位名称');
      await assertNameFree(tx, schoolId, patch.name as string, id);
    }
    if (body.contactName !== undefined) patch.contact_name = optionalText(body.contactName ?? undefined);
    if (body.phone !== undefined) patch.phone = optionalText(body.phone ?? undefined);
    if (body.licenceNote !== undefined) patch.licence_note = optionalText(body.licenceNote ?? undefined);
    if (body.active !== undefined) patch.active = body.active ? 1 : 0;
    await updateAudited(tx, auditContextOf(actor), { table: 'contractors', entity: 'contractor', label: '外包单位', id, schoolIds: [schoolId], version: body.version, patch });
    if (body.categoryIds) await setCategories(tx, actor, schoolId, id, body.categoryIds);
    return showContractor(tx, actor, schoolId, id);
  });
}

/** A contractor that has had work or accounts stays as history: it can only be switched off. */
export async function deleteContractor(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const exists = await tx.selectFrom('contractors').select('id').where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!exists) throw notFound('外包单位');
    if (await contractorInUse(tx, schoolId, id)) throw platformError('IN_USE', '该外包单位已有工单或账号，不能删除，请改为停用');
    await tx.deleteFrom('contractor_categories').where('school_id', '=', schoolId).where('contractor_id', '=', id).execute();
    await deleteAudited(tx, auditContextOf(actor), { table: 'contractors', entity: 'contractor', label: '外包单位', id, schoolIds: [schoolId], version });
  });
}
