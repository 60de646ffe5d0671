/** Built-in roles (product.md). Keys are stable identifiers; labels are what users see. */
export const ROLE_KEYS = [
  'teacher',
  'technician',
  'contractor',
  'logistics_head',
  'storekeeper',
  'safety_officer',
  'canteen_manager',
  'dorm_manager',
  'finance',
  'principal',
  'sysadmin',
  'inspector',
] as const;

export type RoleKey = (typeof ROLE_KEYS)[number];

export const ROLE_LABELS: Record<RoleKey, string> = {
  teacher: '教师',
  technician: '维修工',
  contractor: '外包维修人员',
  logistics_head: '总务主任',
  storekeeper: '保管员',
  safety_officer: '安全专干',
  canteen_manager: '食堂管理员',
  dorm_manager: '宿管',
  finance: '财务',
  principal: '校长',
  sysadmin: '系统管理员',
  inspector: '教育局督查员',
};

/** How far a role's reads reach. Writes never leave the actor's own school. */
export const DATA_SCOPES = ['own', 'department', 'school', 'district'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

export const DATA_SCOPE_LABELS: Record<DataScope, string> = {
  own: '本人',
  department: '本部门',
  school: '全校',
  district: '全区（只读）',
};

export const DEFAULT_DATA_SCOPE: Record<RoleKey, DataScope> = {
  teacher: 'own',
  technician: 'own',
  contractor: 'own',
  logistics_head: 'school',
  storekeeper: 'school',
  safety_officer: 'school',
  canteen_manager: 'school',
  dorm_manager: 'school',
  finance: 'school',
  principal: 'school',
  sysadmin: 'school',
  inspector: 'district',
};

export function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}
