import type { Db } from '../platform/db/database.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { recordAudit } from '../platform/audit/audit.js';
import { runInTransaction } from '../platform/db/audited-writes.js';
import { nowIso } from '../platform/db/dialect-helpers.js';
import { insertUser } from '../modules/users/use-cases/insert-user.js';
import { DEMO_DISTRICT, DEMO_INSPECTOR, DEMO_PASSWORD, DEMO_SCHOOLS, ROLE_STAFF_SUFFIX } from './demo-data.js';
import { type DemoSchoolSummary, seedDemoSchool } from './seed-demo-school.js';
import { seedDemoRepairs } from './seed-demo-repairs.js';
import { seedDemoMaintenance } from './seed-demo-maintenance.js';
import { runDepreciationJob } from '../modules/assets/jobs/depreciation-job.js';

const SEEDER = { actorId: null, actorName: '演示数据', schoolId: null, ip: null };
const DEMO_REPAIR_HISTORY = 60;

async function hasAnySchool(db: Db): Promise<boolean> {
  return !!(await db.kysely.selectFrom('schools').select('id').limit(1).executeTakeFirst());
}

/**
 * Loads the demo district (two schools, every role's account, rooms and classes) into an
 * empty database, in one transaction. Does nothing, and returns false, once any school exists.
 */
export async function seedDemoIfEmpty(db: Db, log: (line: string) => void = console.log): Promise<boolean> {
  if (await hasAnySchool(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let schools: DemoSchoolSummary[];
  try {
    schools = await runInTransaction(db.kysely, async (tx) => {
      const district = await tx.insertInto('districts').values({ name: DEMO_DISTRICT.name, code: DEMO_DISTRICT.code, created_at: nowIso() })
        .returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, SEEDER, { entity: 'district', entityId: district.id, action: 'create', after: district });
      const out: DemoSchoolSummary[] = [];
      for (const spec of DEMO_SCHOOLS) out.push(await seedDemoSchool(tx, spec, district.id, passwordHash));
      // The first school gets half a year of repairs for the dashboards; the second stays new, to show the empty states.
      const first = await tx.selectFrom('schools').select('id').where('code', '=', DEMO_SCHOOLS[0]?.code ?? '').executeTakeFirstOrThrow();
      await seedDemoRepairs(tx, { ...SEEDER, schoolId: first.id }, first.id, DEMO_REPAIR_HISTORY);
      await seedDemoMaintenance(tx, { ...SEEDER, schoolId: first.id }, first.id);
      await insertUser(tx, SEEDER, {
        schoolId: null, districtId: district.id, staffNo: DEMO_INSPECTOR.staffNo, name: DEMO_INSPECTOR.name,
        passwordHash, mustChangePassword: false, roles: ['inspector'],
      });
      return out;
    });
  } catch (err) {
    // Another process seeding at the same moment wins the unique school codes; that is fine.
    if (await hasAnySchool(db)) return false;
    throw err;
  }
  // The demo cards were bought years ago: book their depreciation through last month now, as the
  // hourly job would, so net values are real from the first look.
  await runDepreciationJob(db.kysely);
  log(`已导入演示数据：${DEMO_DISTRICT.name}，${schools.map((s) =>
    `${s.name}（${s.code}）${s.campuses} 个校区 ${s.buildings} 栋楼 ${s.rooms} 间房 ${s.classes} 个班 ${s.users} 个账号`).join('；')}`);
  const suffixes = Object.values(ROLE_STAFF_SUFFIX).join('/');
  log(`演示账号（密码均为 ${DEMO_PASSWORD}）：${DEMO_SCHOOLS.map((s) => `${s.prefix}-{${suffixes}}（学校代码 ${s.code}）`).join('、')}，教育局 ${DEMO_INSPECTOR.staffNo}`);
  return true;
}
