import type { RoleKey } from '@houqin/contracts';
import type { Db } from '../src/platform/db/database.js';
import { hashPassword } from '../src/platform/auth/passwords.js';
import { createSchool } from '../src/modules/org/use-cases/create-school.js';
import { insertUser } from '../src/modules/users/use-cases/insert-user.js';

export const TEST_PASSWORD = 'Houqin2026';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

const SYSTEM = { actorId: null, actorName: '测试', schoolId: null, ip: null };

export async function makeSchool(db: Db, name: string, code: string, districtId: number | null = null): Promise<number> {
  return db.kysely.transaction().execute(async (tx) => (await createSchool(tx, SYSTEM, { name, code, timezone: 'Asia/Shanghai', districtId })).id);
}

export async function makeDistrict(db: Db, name = '示范区教育局', code = 'D01'): Promise<number> {
  const row = await db.kysely.insertInto('districts').values({ name, code, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function makeUser(
  db: Db,
  opts: { schoolId: number | null; staffNo: string; name?: string; roles: RoleKey[]; districtId?: number | null; mustChangePassword?: boolean; phone?: string },
): Promise<number> {
  const hash = await passwordHash();
  return db.kysely.transaction().execute(async (tx) => {
    const user = await insertUser(tx, { ...SYSTEM, schoolId: opts.schoolId }, {
      schoolId: opts.schoolId, districtId: opts.districtId ?? null, staffNo: opts.staffNo, name: opts.name ?? opts.staffNo,
      phone: opts.phone ?? null, passwordHash: hash, mustChangePassword: opts.mustChangePassword ?? false, roles: opts.roles,
    });
    return user.id;
  });
}
