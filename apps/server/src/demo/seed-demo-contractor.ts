import type { AuditContext } from '../platform/audit/audit.js';
import { type Tx, insertAudited } from '../platform/db/audited-writes.js';
import { insertUser } from '../modules/users/use-cases/insert-user.js';

/** 示范小学's outside repair firm (委外) and the login its worker uses on the phone. */
export const DEMO_CONTRACTOR = {
  schoolCode: 'SFXX',
  name: '恒安水电维修部',
  contactName: '周立新',
  phone: '0571-86652301',
  licenceNote: '维修服务合同 HA-2026-015，有效期至 2027-08-31；电工证、水暖工证各 2 人',
  categories: ['水', '电'],
  account: { staffNo: 'sf-contractor', name: '周立新' },
} as const;

/** Adds the demo contractor, the categories it handles and its account (role 外包维修人员) to one school. */
export async function seedDemoContractor(tx: Tx, ctx: AuditContext, schoolId: number, passwordHash: string): Promise<number> {
  const c = DEMO_CONTRACTOR;
  const contractor = await insertAudited(tx, ctx, 'contractors', 'contractor', {
    school_id: schoolId, name: c.name, contact_name: c.contactName, phone: c.phone, licence_note: c.licenceNote, active: 1,
  });
  const categories = await tx.selectFrom('repair_categories').select('id').where('school_id', '=', schoolId).where('name', 'in', [...c.categories]).execute();
  if (categories.length) {
    await tx.insertInto('contractor_categories').values(categories.map((cat) => ({ contractor_id: contractor.id, category_id: cat.id, school_id: schoolId }))).execute();
  }
  const user = await insertUser(tx, ctx, {
    schoolId, staffNo: c.account.staffNo, name: c.account.name, phone: null, passwordHash, mustChangePassword: false, roles: ['contractor'],
  });
  await tx.insertInto('contractor_accounts').values({ user_id: user.id, contractor_id: contractor.id, school_id: schoolId, created_at: new Date().toISOString() }).execute();
  return user.id;
}
