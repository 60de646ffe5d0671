import { ROLE_KEYS, ROLE_LABELS, type RoleKey } from '@houqin/contracts';
import { type CellParser, optional, textCell } from '../../platform/excel/import-parsers.js';
import type { TemplateExample } from '../../platform/excel/xlsx-template.js';
import type { ImportSpec } from '../../platform/excel/xlsx-import.js';

export interface UserImportValues {
  staffNo: string;
  name: string;
  phone: string | null;
  department: string | null;
  roles: RoleKey[];
}

const ASSIGNABLE: RoleKey[] = ROLE_KEYS.filter((r) => r !== 'inspector');
const ASSIGNABLE_LABELS = ASSIGNABLE.map((r) => ROLE_LABELS[r]).join('、');

// Role names as schools write them: the official label, the key, and common post titles (product.md).
const ROLE_WORDS = new Map<string, RoleKey>([
  ...ROLE_KEYS.map((r) => [ROLE_LABELS[r], r] as const),
  ...ROLE_KEYS.map((r) => [r, r] as const),
  ['班主任', 'teacher'], ['水电工', 'technician'], ['后勤主任', 'logistics_head'], ['总务处主任', 'logistics_head'],
  ['保卫', 'safety_officer'], ['分管校长', 'principal'], ['宿舍管理员', 'dorm_manager'], ['管理员', 'sysadmin'],
]);

const roleList: CellParser<RoleKey[]> = (cell) => {
  const words = cell.text.split(/[、,，;；/|\s]+/).filter(Boolean);
  const roles: RoleKey[] = [];
  for (const word of words) {
    const role = ROLE_WORDS.get(word) ?? ROLE_WORDS.get(word.toLowerCase());
    if (!role) return { error: `不认识的角色「${word}」，可填：${ASSIGNABLE_LABELS}` };
    if (role === 'inspector') return { error: '「教育局督查员」是教育局的账号，不能在学校中分配' };
    if (!roles.includes(role)) roles.push(role);
  }
  return roles.length ? { value: roles } : { error: '不能为空' };
};

const phone: CellParser<string> = (cell) => {
  const digits = cell.text.replace(/[\s-]/g, '');
  return /^1\d{10}$/.test(digits) ? { value: digits } : { error: `「${cell.text}」不是有效的手机号：应为 11 位数字，以 1 开头` };
};

export const USER_IMPORT_SPEC: ImportSpec<UserImportValues> = {
  sheetName: '用户',
  // why: each row costs an argon2 hash; far above any school's staff count.
  maxRows: 2000,
  columns: [
    {
      key: 'staffNo', header: '工号', aliases: ['职工号', '教工号', '员工编号', '编号'], required: true, asText: true,
      parse: textCell({ max: 32, pattern: /^[A-Za-z0-9_-]+$/, patternHint: '只能包含字母、数字、下划线和短横线' }),
      hint: '本校内唯一，可用字母、数字、下划线和短横线，作为登录账号',
    },
    { key: 'name', header: '姓名', aliases: ['名字', '教师姓名', '员工姓名'], required: true, parse: textCell({ max: 40 }), hint: '真实姓名，最多 40 个字' },
    {
      key: 'phone', header: '手机号', aliases: ['手机', '手机号码', '联系电话', '电话'], asText: true, parse: optional(phone),
      hint: '选填；11 位手机号，全系统唯一，可用于登录',
    },
    {
      key: 'department', header: '部门', aliases: ['所在部门', '处室', '科室'], parse: optional(textCell({ max: 60 })),
      hint: '选填；须与「组织机构」中的部门名称一致，如 总务处',
    },
    {
      key: 'roles', header: '角色', aliases: ['岗位', '身份'], required: true, parse: roleList,
      hint: `可填多个，用顿号或逗号分隔。可填：${ASSIGNABLE_LABELS}`, width: 24,
    },
  ],
  instructions: [
    '导入的用户会得到系统生成的初始密码（导入结果中只显示一次，请妥善转交），首次登录时必须修改。',
    '工号或手机号已存在的行不会导入；需要修改已有用户请在用户列表中编辑。',
  ],
};

export const USER_IMPORT_EXAMPLES: TemplateExample<UserImportValues>[] = [
  { staffNo: 'T2024001', name: '张老师', phone: '13800000000', department: '教务处', roles: '教师' },
  { staffNo: 'W2024002', name: '李师傅', phone: '13900000000', department: '总务处', roles: '维修工、保管员' },
];
