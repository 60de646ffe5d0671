import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { QUEUE_STATUSES } from '../work-order.state.js';

type Conn = Kysely<Database> | Tx;

/** The contractor the actor's account works for (in their own school), or null for everyone else. */
export async function contractorIdOfUser(db: Conn, actor: Actor): Promise<number | null> {
  if (actor.schoolId === null) return null;
  const row = await db.selectFrom('contractor_accounts').select('contractor_id')
    .where('user_id', '=', actor.userId).where('school_id', '=', actor.schoolId).executeTakeFirst();
  return row?.contractor_id ?? null;
}

/** Which of these users are contractor accounts (they are given work only through 委外). */
export async function contractorAccountIds(db: Conn, schoolId: number, userIds: number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.selectFrom('contractor_accounts').select('user_id').where('school_id', '=', schoolId).where('user_id', 'in', userIds).execute();
  return new Set(rows.map((r) => r.user_id));
}

export async function findContractor(db: Conn, schoolId: number, id: number) {
  return db.selectFrom('contractors').selectAll().where('school_id', '=', schoolId).where('id', '=', id).executeTakeFirst();
}

export type ContractorRow = NonNullable<Awaited<ReturnType<typeof findContractor>>>;

/** The school's contractors by name; `ids` narrows to those (for presenting one after a write). */
export async function listContractorRows(db: Conn, schoolId: number, f: { active?: boolean | undefined; ids?: number[] } = {}) {
  let q = db.selectFrom('contractors').selectAll().where('school_id', '=', schoolId);
  if (f.active) q = q.where('active', '=', 1);
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : [-1]);
  return q.orderBy('name').orderBy('id').execute();
}

/** Categories, accounts and open outsourced jobs of the given contractors: three queries for any number of them. */
export async function contractorParts(db: Conn, schoolId: number, contractorIds: number[]) {
  const ids = contractorIds.length ? contractorIds : [-1];
  const categories = await db.selectFrom('contractor_categories as cc').innerJoin('repair_categories as c', 'c.id', 'cc.category_id')
    .select(['cc.contractor_id', 'c.id', 'c.name']).where('cc.school_id', '=', schoolId).where('cc.contractor_id', 'in', ids)
    .orderBy('c.sort').orderBy('c.id').execute();
  const accounts = await db.selectFrom('contractor_accounts as ca').innerJoin('users as u', 'u.id', 'ca.user_id')
    .select(['ca.contractor_id', 'u.id', 'u.staff_no', 'u.name', 'u.phone', 'u.active', 'u.last_login_at'])
    .where('ca.school_id', '=', schoolId).where('ca.contractor_id', 'in', ids).orderBy('u.name').orderBy('u.id').execute();
  const open = await db.selectFrom('work_orders').select(['contractor_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('school_id', '=', schoolId).where('contractor_id', 'in', ids).where('status', 'in', [...QUEUE_STATUSES])
    .groupBy('contractor_id').execute();
  return { categories, accounts, open };
}

/** Replaces the categories a contractor handles. */
export async function replaceContractorCategories(tx: Tx, schoolId: number, contractorId: number, categoryIds: number[]): Promise<number[]> {
  const before = (await tx.selectFrom('contractor_categories').select('category_id').where('school_id', '=', schoolId).where('contractor_id', '=', contractorId).execute())
    .map((r) => r.category_id);
  await tx.deleteFrom('contractor_categories').where('school_id', '=', schoolId).where('contractor_id', '=', contractorId).execute();
  if (categoryIds.length) {
    await tx.insertInto('contractor_categories').values(categoryIds.map((categoryId) => ({ contractor_id: contractorId, category_id: categoryId, school_id: schoolId }))).execute();
  }
  return before;
}

/** Has the contractor a history (work orders, 转单 hops or accounts)? Then it can only be switched off. */
export async function contractorInUse(tx: Tx, schoolId: number, id: number): Promise<boolean> {
  const used = await tx.selectFrom('work_orders').select('id').where('school_id', '=', schoolId).where('contractor_id', '=', id).limit(1).executeTakeFirst()
    ?? await tx.selectFrom('work_order_assignments').select('id').where('school_id', '=', schoolId).where('contractor_id', '=', id).limit(1).executeTakeFirst()
    ?? await tx.selectFrom('contractor_accounts').select('user_id').where('school_id', '=', schoolId).where('contractor_id', '=', id).limit(1).executeTakeFirst();
  return !!used;
}

/** Active accounts of a contractor: who hears of work outsourced to it. */
export async function activeContractorAccountIds(db: Conn, schoolId: number, contractorId: number): Promise<number[]> {
  const rows = await db.selectFrom('contractor_accounts as ca').innerJoin('users as u', 'u.id', 'ca.user_id').select('u.id')
    .where('ca.school_id', '=', schoolId).where('ca.contractor_id', '=', contractorId).where('u.active', '=', 1).execute();
  return rows.map((r) => r.id);
}
