import type { RoleKey } from '@houqin/contracts';
import type { AuditContext } from '../platform/audit/audit.js';
import { type Tx, insertAudited, updateAudited } from '../platform/db/audited-writes.js';
import { notifyUsers } from '../platform/notify/notify-users.js';
import { createSchool } from '../modules/org/use-cases/create-school.js';
import { seedDemoAssets } from '../modules/assets/assets.demo.js';
import { insertUser } from '../modules/users/use-cases/insert-user.js';
import { type DemoSchoolSpec, ROLE_STAFF_SUFFIX, className } from './demo-data.js';
import { seedPlaces } from './seed-demo-places.js';
import { DEMO_CONTRACTOR, seedDemoContractor } from './seed-demo-contractor.js';

export interface DemoSchoolSummary { name: string; code: string; campuses: number; buildings: number; rooms: number; classes: number; users: number }

const SEEDER: AuditContext = { actorId: null, actorName: '演示数据', schoolId: null, ip: null };

// Who leads which default department in the demo.
const LEADERS: Record<string, RoleKey> = { 总务处: 'logistics_head', 校长室: 'principal', 财务室: 'finance', 安全办: 'safety_officer', 办公室: 'sysadmin' };

/** One demo school: departments, accounts, places, grades and classes, all through the audited writes. */
export async function seedDemoSchool(tx: Tx, spec: DemoSchoolSpec, districtId: number, passwordHash: string): Promise<DemoSchoolSummary> {
  const { id: schoolId } = await createSchool(tx, SEEDER, { name: spec.name, code: spec.code, timezone: 'Asia/Shanghai', address: spec.address, districtId });
  const ctx = { ...SEEDER, schoolId };
  const deptRows = await tx.selectFrom('departments').select(['id', 'name', 'version']).where('school_id', '=', schoolId).execute();
  const departments = new Map(deptRows.map((d) => [d.name, d.id]));

  const addUser = async (staffNo: string, name: string, department: string, roles: RoleKey[]) =>
    (await insertUser(tx, ctx, {
      schoolId, staffNo, name, departmentId: departments.get(department) ?? null, passwordHash, mustChangePassword: false, roles,
    })).id;

  const staff = new Map<RoleKey, number>();
  for (const [role, person] of Object.entries(spec.staff) as [keyof typeof ROLE_STAFF_SUFFIX, { name: string; department: string }][]) {
    staff.set(role, await addUser(`${spec.prefix}-${ROLE_STAFF_SUFFIX[role]}`, person.name, person.department, [role]));
  }

  // The role account "teacher" leads the first class; the others get one class each, in order.
  const headTeacherOf = new Map<string, number>();
  const classNames = spec.grades.flatMap((g) => Array.from({ length: g.classes }, (_, i) => className(g.name, i + 1)));
  if (spec.headTeachers.length < classNames.length - 1) throw new Error(`演示数据缺少班主任：${spec.name}`);
  for (const [i, name] of classNames.entries()) {
    const teacherId = i === 0
      ? staff.get('teacher')
      : await addUser(`${spec.prefix}-t${String(i).padStart(2, '0')}`, spec.headTeachers[i - 1] ?? '', '教务处', ['teacher']);
    if (teacherId !== undefined) headTeacherOf.set(name, teacherId);
  }

  for (const dept of deptRows) {
    const leader = LEADERS[dept.name];
    const leaderId = leader ? staff.get(leader) : undefined;
    if (leaderId === undefined) continue;
    await updateAudited(tx, ctx, {
      table: 'departments', entity: 'department', label: '部门', id: dept.id, schoolIds: [schoolId], version: dept.version, patch: { leader_user_id: leaderId },
    });
  }

  const places = await seedPlaces(tx, ctx, spec.campuses, { schoolId, departments, staff, headTeacherOf });
  for (const [sort, grade] of spec.grades.entries()) {
    const gradeRow = await insertAudited(tx, ctx, 'grades', 'grade', { school_id: schoolId, name: grade.name, sort });
    for (let n = 1; n <= grade.classes; n++) {
      const name = className(grade.name, n);
      await insertAudited(tx, ctx, 'classes', 'class', {
        school_id: schoolId, grade_id: gradeRow.id, name, head_teacher_id: headTeacherOf.get(name) ?? null, room_id: places.classrooms.get(name) ?? null,
      });
    }
  }

  if (spec.code === DEMO_CONTRACTOR.schoolCode) staff.set('contractor', await seedDemoContractor(tx, ctx, schoolId, passwordHash));
  if (spec.code === 'SFXX') await seedDemoAssets(tx, ctx, schoolId, staff);
  const userIds = [...staff.values(), ...headTeacherOf.values()];
  await notifyUsers(tx, {
    schoolId, userIds, kind: 'system.welcome', title: '欢迎使用后勤管理系统',
    body: `这是「${spec.name}」的演示数据：校区、楼宇、房间、班级和各岗位账号都已建好，可以随意试用。`, link: '/',
  });
  return {
    name: spec.name, code: spec.code, campuses: places.campuses, buildings: places.buildings, rooms: places.rooms,
    classes: classNames.length, users: new Set(userIds).size,
  };
}
