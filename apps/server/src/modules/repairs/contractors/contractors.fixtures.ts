import { makeUser } from '../../../../test/factories.js';
import type { Db } from '../../../platform/db/database.js';

/** Test-only: a contractor worker's login (password TEST_PASSWORD, no forced change), linked to the contractor. */
export async function makeContractorAccount(db: Db, schoolId: number, contractorId: number, staffNo: string, name = staffNo): Promise<number> {
  const userId = await makeUser(db, { schoolId, staffNo, name, roles: ['contractor'] });
  await db.kysely.insertInto('contractor_accounts').values({ user_id: userId, contractor_id: contractorId, school_id: schoolId, created_at: new Date().toISOString() }).execute();
  return userId;
}
