import type { RoleKey } from './roles.js';

/** Everything a permission can be about. Modules add their resources here. */
export const RESOURCES = [
  'school',
  'org',
  'room',
  'user',
  'role',
  'calendar',
  'qr',
  'file',
  'audit',
  'notification',
  'repair',
  'work_order',
  'maintenance_plan',
  'checklist',
  'repair_settings',
  'asset', 'asset_category', 'asset_settings',
  'asset_movement', 'asset_damage', 'asset_disposal', 'asset_stocktake',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete', 'import', 'export', 'print', 'dispatch', 'approve'] as const;
export type Action = (typeof ACTIONS)[number];

export const RESOURCE_LABELS: Record<Resource, string> = {
  school: '学校信息',
  org: '组织机构（校区、楼宇、部门、班级）',
  room: '房间',
  user: '用户',
  role: '角色权限',
  calendar: '校历',
  qr: '二维码',
  file: '附件',
  audit: '变更记录',
  notification: '消息',
  repair: '报修单',
  work_order: '维修工单',
  maintenance_plan: '保养计划',
  checklist: '检查表',
  repair_settings: '报修设置（分类、派单规则、时限）',
  asset: '校产（资产卡片、保管、折旧）', asset_category: '资产分类与折旧年限', asset_settings: '校产设置（编号规则、入账标准、折旧）',
  asset_movement: '资产调拨、借用与归还', asset_damage: '损坏赔偿', asset_disposal: '资产报废报损', asset_stocktake: '资产盘点',
};

export const ACTION_LABELS: Record<Action, string> = {
  read: '查看',
  create: '新建',
  update: '修改',
  delete: '删除',
  import: '导入',
  export: '导出',
  print: '打印',
  dispatch: '派单',
  approve: '审批',
};

/** A permission as stored and sent: "resource:action". */
export type Permission = `${Resource}:${Action}`;

export type PermissionMatrix = Record<RoleKey, Partial<Record<Resource, readonly Action[]>>>;

const ALL: readonly Action[] = ACTIONS;
const READ: readonly Action[] = ['read'];
const READ_EXPORT: readonly Action[] = ['read', 'export'];

/**
 * Default role × resource × action table. Every role must appear (the type enforces it);
 * anything absent is denied. Schools edit their own copy on the 角色权限 page.
 */
export const DEFAULT_PERMISSIONS: PermissionMatrix = {
  teacher: { school: READ, org: READ, room: READ, calendar: READ, qr: READ, file: ['read', 'create'], notification: READ, repair: ['read', 'create', 'update'], asset: READ,
    asset_movement: ['read', 'create', 'update'], asset_stocktake: ['read', 'update'] },
  technician: {
    school: READ, org: READ, room: READ, calendar: READ, qr: READ, file: ['read', 'create'], notification: READ,
    repair: ['read', 'create'], work_order: ['read', 'update'], checklist: READ,
  },
  contractor: { file: ['read', 'create'], notification: READ, repair: READ, work_order: ['read', 'update'] },
  logistics_head: {
    asset: ALL, asset_category: ALL, asset_settings: ALL, asset_movement: ALL, asset_damage: ALL, asset_disposal: ALL, asset_stocktake: ALL,
    school: READ, org: ALL, room: ALL, user: READ_EXPORT, calendar: ALL, qr: ALL, file: ALL,
    audit: READ_EXPORT, notification: READ, repair: ALL, work_order: ALL, maintenance_plan: ALL, checklist: ALL, repair_settings: ALL,
  },
  storekeeper: {
    asset: ALL, asset_category: READ, asset_settings: READ, asset_movement: ALL, asset_stocktake: ALL,
    asset_damage: ['read', 'create', 'update', 'export', 'print'], asset_disposal: ['read', 'create', 'update', 'export', 'print'],
    school: READ, org: READ, room: ['read', 'update', 'export', 'print'], user: READ, calendar: READ, qr: ALL,
    file: ['read', 'create'], audit: READ, notification: READ,
  },
  safety_officer: { school: READ, org: READ, room: READ_EXPORT, calendar: READ, qr: READ, file: ['read', 'create'], notification: READ, repair: ['read', 'create'], checklist: READ },
  canteen_manager: { school: READ, org: READ, room: READ, calendar: READ, qr: READ, file: ['read', 'create'], notification: READ, repair: ['read', 'create'] },
  dorm_manager: { school: READ, org: READ, room: READ_EXPORT, calendar: READ, qr: READ, file: ['read', 'create'], notification: READ, repair: ['read', 'create'] },
  finance: {
    asset: ['read', 'export', 'approve'], asset_category: ['read', 'update'], asset_settings: ['read', 'update'],
    asset_movement: READ_EXPORT, asset_damage: ['read', 'update', 'export', 'approve'], asset_disposal: ['read', 'export', 'approve'], asset_stocktake: ['read', 'export', 'approve'],
    school: READ, org: READ, room: READ_EXPORT, user: READ, calendar: READ, file: ['read', 'create'], audit: READ, notification: READ,
    work_order: READ_EXPORT,
  },
  principal: {
    asset: ['read', 'export', 'print', 'approve'], asset_category: READ, asset_settings: READ,
    asset_movement: ['read', 'approve'], asset_damage: ['read', 'export', 'approve'], asset_disposal: ['read', 'export', 'approve'], asset_stocktake: ['read', 'export', 'approve'],
    school: READ, org: READ_EXPORT, room: READ_EXPORT, user: READ_EXPORT, role: READ, calendar: READ, qr: READ,
    file: READ, audit: READ_EXPORT, notification: READ, repair: READ_EXPORT, work_order: READ_EXPORT, maintenance_plan: READ, checklist: READ,
  },
  sysadmin: {
    asset: READ, asset_category: ALL, asset_settings: ALL,
    school: ['read', 'update'], org: ALL, room: ALL, user: ALL, role: ['read', 'update'], calendar: ALL, qr: ALL,
    file: ALL, audit: READ_EXPORT, notification: READ, repair_settings: ALL, repair: READ, work_order: READ,
  },
  inspector: { school: READ, org: READ, room: READ, calendar: READ, audit: READ, notification: READ, repair: READ, work_order: READ, asset: ['read', 'export', 'print'],
    asset_movement: READ, asset_damage: READ, asset_disposal: ['read', 'approve'], asset_stocktake: READ },
};

export function permissionsOf(matrix: Partial<Record<Resource, readonly Action[]>>): Permission[] {
  const out: Permission[] = [];
  for (const resource of RESOURCES) {
    for (const action of matrix[resource] ?? []) out.push(`${resource}:${action}`);
  }
  return out;
}

export function isPermission(value: string): value is Permission {
  const [resource, action, extra] = value.split(':');
  return (
    extra === undefined &&
    (RESOURCES as readonly string[]).includes(resource ?? '') &&
    (ACTIONS as readonly string[]).includes(action ?? '')
  );
}

/** Deny by default: only an explicit grant allows. */
export function can(granted: ReadonlySet<string>, resource: Resource, action: Action): boolean {
  return granted.has(`${resource}:${action}`);
}
