import type { RoleKey, RoomType } from '@houqin/contracts';

/** Every demo account signs in with this password (and is not asked to change it). */
export const DEMO_PASSWORD = 'Houqin@2026';
export const DEMO_DISTRICT = { name: '示范区教育局', code: 'SFQJYJ' };
export const DEMO_INSPECTOR = { staffNo: 'jyj-inspector', name: '孙建华' };

export interface RoomSpec { name: string; type: RoomType; capacity?: number; area?: number; department?: string; keptBy?: RoleKey }
/** A floor: the named rooms, plus the classrooms of the listed grades. */
export interface FloorSpec { floor: number; grades?: string[]; rooms?: RoomSpec[] }
export interface BuildingSpec { name: string; code: string; floorsAbove: number; floorsBelow?: number; floors: FloorSpec[] }
export interface CampusSpec { name: string; address: string; buildings: BuildingSpec[]; grounds: RoomSpec[] }
export interface StaffSpec { name: string; department: string }

export interface DemoSchoolSpec {
  name: string;
  code: string;
  /** Prefix of the ASCII 工号: sf-teacher, de-admin … */
  prefix: string;
  address: string;
  /** The built-in roles' accounts; the teacher is also the first class's 班主任. */
  staff: Record<Exclude<RoleKey, 'inspector' | 'contractor'>, StaffSpec>;
  grades: { name: string; classes: number }[];
  /** Names of the other 班主任, one per remaining class. */
  headTeachers: string[];
  campuses: CampusSpec[];
}

export const ROLE_STAFF_SUFFIX: Record<Exclude<RoleKey, 'inspector' | 'contractor'>, string> = {
  teacher: 'teacher', technician: 'technician', logistics_head: 'head', storekeeper: 'keeper', safety_officer: 'safety',
  canteen_manager: 'canteen', dorm_manager: 'dorm', finance: 'finance', principal: 'principal', sysadmin: 'admin',
};

const office = (name: string, department?: string): RoomSpec => ({ name, type: 'office', area: 30, ...(department ? { department } : {}) });
const func = (name: string, area = 90, capacity = 50): RoomSpec => ({ name, type: 'function', area, capacity });
const store = (name: string): RoomSpec => ({ name, type: 'storeroom', area: 25, keptBy: 'storekeeper' });
const dorms = (floor: number): RoomSpec[] =>
  [1, 2, 3, 4, 5, 6].map((n) => ({ name: `${floor}0${n}宿舍`, type: 'dorm' as const, capacity: 8, area: 28, keptBy: 'dorm_manager' as const }));

const SIX_GRADES = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'];

export const DEMO_SCHOOLS: DemoSchoolSpec[] = [
  {
    name: '示范小学',
    code: 'SFXX',
    prefix: 'sf',
    address: '示范区学府路 18 号',
    staff: {
      teacher: { name: '李晓梅', department: '教务处' },
      technician: { name: '张国强', department: '总务处' },
      logistics_head: { name: '王建国', department: '总务处' },
      storekeeper: { name: '陈丽华', department: '总务处' },
      safety_officer: { name: '刘志刚', department: '安全办' },
      canteen_manager: { name: '赵秀英', department: '总务处' },
      dorm_manager: { name: '周桂兰', department: '德育处' },
      finance: { name: '吴静', department: '财务室' },
      principal: { name: '郑文华', department: '校长室' },
      sysadmin: { name: '黄海涛', department: '办公室' },
    },
    grades: SIX_GRADES.map((name, i) => ({ name, classes: i < 4 ? 4 : 3 })),
    headTeachers: [
      '杨帆', '徐丽', '孙浩', '朱红梅', '高峰', '林晓燕', '何志强', '郭芳', '马骏', '罗雪', '梁伟',
      '宋雨', '郑洁', '谢婷', '韩冰', '唐敏', '冯涛', '于洋', '董慧', '程亮', '曹颖',
    ],
    campuses: [
      {
        name: '本部',
        address: '示范区学府路 18 号',
        buildings: [
          {
            name: '教学楼A', code: 'A', floorsAbove: 5,
            floors: [
              { floor: 1, grades: ['一年级'], rooms: [office('一年级教师办公室', '教务处'), store('体育器材室')] },
              { floor: 2, grades: ['二年级'], rooms: [office('二年级教师办公室', '教务处')] },
              { floor: 3, grades: ['三年级'], rooms: [office('三年级教师办公室', '教务处')] },
              { floor: 4, grades: ['四年级'], rooms: [office('四年级教师办公室', '教务处')] },
              { floor: 5, rooms: [func('多媒体教室', 100, 60), func('教师阅览室', 60, 20)] },
            ],
          },
          {
            name: '教学楼B', code: 'B', floorsAbove: 4,
            floors: [
              { floor: 1, rooms: [func('科学实验室', 96, 48), func('科学准备室', 30, 4)] },
              { floor: 2, rooms: [func('音乐室'), func('舞蹈室', 120, 40)] },
              { floor: 3, rooms: [func('美术室'), func('书法室')] },
              { floor: 4, rooms: [func('计算机房', 100, 50), func('图书室', 150, 80)] },
            ],
          },
          {
            name: '综合楼', code: 'Z', floorsAbove: 3,
            floors: [
              { floor: 1, rooms: [{ name: '校医室', type: 'other', area: 40, department: '总务处' }, func('心理辅导室', 40, 6), store('教学器材室')] },
              { floor: 2, rooms: [func('录播教室', 90, 45), func('科技活动室')] },
              { floor: 3, rooms: [func('多功能报告厅', 400, 300)] },
            ],
          },
          {
            name: '行政楼', code: 'X', floorsAbove: 3,
            floors: [
              { floor: 1, rooms: [office('总务处办公室', '总务处'), office('财务室', '财务室'), store('档案室')] },
              { floor: 2, rooms: [office('校长室', '校长室'), office('校长办公室', '办公室'), office('教务处办公室', '教务处'), office('德育处办公室', '德育处')] },
              { floor: 3, rooms: [office('第一会议室', '办公室'), office('安全办公室', '安全办'), { name: '监控室', type: 'other', area: 20, department: '安全办' }] },
            ],
          },
          {
            name: '食堂', code: 'S', floorsAbove: 2,
            floors: [
              {
                floor: 1,
                rooms: [
                  { name: '学生餐厅', type: 'canteen', capacity: 400, area: 600, keptBy: 'canteen_manager' },
                  { name: '厨房操作间', type: 'canteen', area: 180, keptBy: 'canteen_manager' },
                  { name: '食品留样间', type: 'canteen', area: 10, keptBy: 'canteen_manager' },
                  { name: '餐具洗消间', type: 'canteen', area: 40, keptBy: 'canteen_manager' },
                  { name: '食品库房', type: 'storeroom', area: 50, keptBy: 'canteen_manager' },
                ],
              },
              { floor: 2, rooms: [{ name: '教工餐厅', type: 'canteen', capacity: 120, area: 200, keptBy: 'canteen_manager' }] },
            ],
          },
          {
            name: '学生宿舍', code: 'D', floorsAbove: 3,
            floors: [
              { floor: 1, rooms: [...dorms(1), { name: '宿管值班室', type: 'office', area: 15, keptBy: 'dorm_manager' }] },
              { floor: 2, rooms: dorms(2) },
              { floor: 3, rooms: dorms(3) },
            ],
          },
        ],
        grounds: [
          { name: '操场', type: 'outdoor', area: 6000 },
          { name: '篮球场', type: 'outdoor', area: 900 },
          { name: '升旗广场', type: 'outdoor', area: 800 },
          { name: '门卫室', type: 'office', area: 15, department: '安全办' },
          { name: '配电房', type: 'other', area: 30, keptBy: 'technician' },
          store('总务仓库'),
        ],
      },
      {
        name: '东校区',
        address: '示范区东湖路 6 号',
        buildings: [
          {
            name: '东校区教学楼', code: 'E', floorsAbove: 3,
            floors: [
              { floor: 1, grades: ['五年级'], rooms: [office('五年级教师办公室', '教务处')] },
              { floor: 2, grades: ['六年级'], rooms: [office('六年级教师办公室', '教务处')] },
              { floor: 3, rooms: [func('计算机房', 100, 50), func('科学实验室', 96, 48)] },
            ],
          },
          {
            name: '东校区综合楼', code: 'EZ', floorsAbove: 2,
            floors: [
              { floor: 1, rooms: [{ name: '东校区餐厅', type: 'canteen', capacity: 200, area: 300, keptBy: 'canteen_manager' }, { name: '卫生室', type: 'other', area: 20 }] },
              { floor: 2, rooms: [func('图书室', 120, 60), func('音乐室')] },
            ],
          },
        ],
        grounds: [
          { name: '东校区操场', type: 'outdoor', area: 3000 },
          { name: '东校区门卫室', type: 'office', area: 12, department: '安全办' },
          { name: '东校区配电房', type: 'other', area: 20, keptBy: 'technician' },
          store('东校区器材仓库'),
        ],
      },
    ],
  },
  {
    name: '第二实验小学',
    code: 'DEXX',
    prefix: 'de',
    address: '示范区实验路 2 号',
    staff: {
      teacher: { name: '马丽娟', department: '教务处' },
      technician: { name: '胡德明', department: '总务处' },
      logistics_head: { name: '林志强', department: '总务处' },
      storekeeper: { name: '何秀珍', department: '总务处' },
      safety_officer: { name: '高勇', department: '安全办' },
      canteen_manager: { name: '罗春花', department: '总务处' },
      dorm_manager: { name: '梁玉兰', department: '德育处' },
      finance: { name: '宋佳', department: '财务室' },
      principal: { name: '谢明远', department: '校长室' },
      sysadmin: { name: '韩磊', department: '办公室' },
    },
    grades: SIX_GRADES.map((name) => ({ name, classes: 3 })),
    headTeachers: [
      '沈燕', '曾琳', '彭博', '吕娜', '苏晴', '卢刚', '蒋欣', '蔡文', '贾宁', '薛梅', '叶青', '余佳', '杜鹃', '戴琳', '夏雪', '钟敏', '田甜',
    ],
    campuses: [
      {
        name: '本部',
        address: '示范区实验路 2 号',
        buildings: [
          {
            name: '教学楼', code: 'J', floorsAbove: 4,
            floors: [
              { floor: 1, grades: ['一年级', '二年级'], rooms: [office('低年级教师办公室', '教务处'), store('体育器材室')] },
              { floor: 2, grades: ['三年级', '四年级'], rooms: [office('中年级教师办公室', '教务处')] },
              { floor: 3, grades: ['五年级', '六年级'], rooms: [office('高年级教师办公室', '教务处')] },
              { floor: 4, rooms: [func('多媒体教室', 100, 60)] },
            ],
          },
          {
            name: '综合楼', code: 'Z', floorsAbove: 3,
            floors: [
              { floor: 1, rooms: [func('科学实验室', 96, 48), { name: '校医室', type: 'other', area: 30 }] },
              { floor: 2, rooms: [func('音乐室'), func('美术室')] },
              { floor: 3, rooms: [func('计算机房', 100, 50), func('图书室', 150, 80)] },
            ],
          },
          {
            name: '行政楼', code: 'X', floorsAbove: 2,
            floors: [
              { floor: 1, rooms: [office('总务处办公室', '总务处'), office('财务室', '财务室'), office('安全办公室', '安全办')] },
              { floor: 2, rooms: [office('校长室', '校长室'), office('校长办公室', '办公室'), office('会议室', '办公室')] },
            ],
          },
          {
            name: '食堂', code: 'S', floorsAbove: 1,
            floors: [
              {
                floor: 1,
                rooms: [
                  { name: '学生餐厅', type: 'canteen', capacity: 300, area: 450, keptBy: 'canteen_manager' },
                  { name: '厨房操作间', type: 'canteen', area: 120, keptBy: 'canteen_manager' },
                  { name: '食品留样间', type: 'canteen', area: 8, keptBy: 'canteen_manager' },
                  { name: '食品库房', type: 'storeroom', area: 40, keptBy: 'canteen_manager' },
                ],
              },
            ],
          },
        ],
        grounds: [
          { name: '操场', type: 'outdoor', area: 4500 },
          { name: '门卫室', type: 'office', area: 12, department: '安全办' },
          { name: '配电房', type: 'other', area: 25, keptBy: 'technician' },
          store('总务仓库'),
        ],
      },
    ],
  },
];

/** "一年级", 2 → "一(2)班". */
export function className(grade: string, n: number): string {
  return `${grade.slice(0, 1)}(${n})班`;
}
