import {
  ApartmentOutlined, AuditOutlined, BankOutlined, CalendarOutlined, FileTextOutlined, HomeOutlined, QrcodeOutlined, SafetyCertificateOutlined,
  SettingOutlined, TableOutlined, TeamOutlined, ToolOutlined,
} from '@ant-design/icons';
import type { Resource } from '@houqin/contracts';
import { DashboardOutlined, FileDoneOutlined } from '@ant-design/icons';
import { ClusterOutlined, DatabaseOutlined, FallOutlined, ProfileOutlined, ControlOutlined } from '@ant-design/icons';
import { PieChartOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export interface AppRoute {
  path: string;
  /** Chinese menu label, translated through t(). */
  name: string;
  icon?: ReactNode;
  /** The page (and its menu item) needs `<resource>:read`; none means every signed-in user. */
  resource?: Resource;
  hideInMenu?: boolean;
  /** Menu section the entry is listed under (报修与维修, 校产 …); none: top level. */
  group?: string;
  /** Listed in the menu only for accounts that see the whole school or district (data scope school/district), e.g. school-wide reports. */
  wholeSchool?: boolean;
  page: LazyExoticComponent<ComponentType>;
}

// Each page is its own chunk, so the first load carries only the shell.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export const ROUTES: AppRoute[] = [
  { path: '/', name: '首页', icon: <HomeOutlined />, page: page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage') },
  { path: '/org/school', name: '学校信息', icon: <BankOutlined />, resource: 'school', group: '学校', page: page(() => import('../features/school/SchoolPage'), 'SchoolPage') },
  { path: '/org', name: '组织机构', icon: <ApartmentOutlined />, resource: 'org', group: '学校', page: page(() => import('../features/org/OrgPage'), 'OrgPage') },
  { path: '/rooms', name: '房间', icon: <TableOutlined />, resource: 'room', group: '学校', page: page(() => import('../features/rooms/RoomsPage'), 'RoomsPage') },
  { path: '/users', name: '用户', icon: <TeamOutlined />, resource: 'user', group: '系统', page: page(() => import('../features/users/UsersPage'), 'UsersPage') },
  { path: '/roles', name: '角色权限', icon: <SafetyCertificateOutlined />, resource: 'role', group: '系统', page: page(() => import('../features/roles/RolesPage'), 'RolesPage') },
  { path: '/calendar', name: '校历', icon: <CalendarOutlined />, resource: 'calendar', group: '学校', page: page(() => import('../features/calendar/CalendarPage'), 'CalendarPage') },
  { path: '/qr', name: '二维码', icon: <QrcodeOutlined />, resource: 'qr', group: '学校', page: page(() => import('../features/qr/QrPage'), 'QrPage') },
  { path: '/repairs/dashboard', name: '维修看板', icon: <DashboardOutlined />, resource: 'work_order', group: '报修与维修', page: page(() => import('../features/repairs/DashboardPage'), 'DashboardPage') },
  { path: '/repairs/board', name: '派单台', icon: <ToolOutlined />, resource: 'work_order', group: '报修与维修', page: page(() => import('../features/repairs/DispatchBoardPage'), 'DispatchBoardPage') },
  { path: '/repairs/requests', name: '报修单', icon: <FileTextOutlined />, resource: 'repair', group: '报修与维修', page: page(() => import('../features/repairs/RequestsPage'), 'RequestsPage') },
  // Notification links open one record over its list.
  { path: '/repairs/work-orders/:id', name: '工单', hideInMenu: true, resource: 'work_order', group: '报修与维修', page: page(() => import('../features/repairs/DispatchBoardPage'), 'DispatchBoardPage') },
  { path: '/repairs/requests/:id', name: '报修单', hideInMenu: true, resource: 'repair', group: '报修与维修', page: page(() => import('../features/repairs/RequestsPage'), 'RequestsPage') },
  { path: '/repairs/settings', name: '报修设置', icon: <SettingOutlined />, resource: 'repair_settings', group: '报修与维修', page: page(() => import('../features/repairs/RepairSettingsPage'), 'RepairSettingsPage') },
  { path: '/maintenance', name: '保养计划', icon: <CalendarOutlined />, resource: 'maintenance_plan', group: '报修与维修', page: page(() => import('../features/maintenance/MaintenancePage'), 'MaintenancePage') },
  { path: '/maintenance/records', name: '检查记录', icon: <FileDoneOutlined />, resource: 'checklist', group: '报修与维修', page: page(() => import('../features/checklist-results/ChecklistResultsPage'), 'ChecklistResultsPage') },
  { path: '/assets', name: '资产台账', icon: <DatabaseOutlined />, resource: 'asset', group: '校产', page: page(() => import('../features/assets/AssetsPage'), 'AssetsPage') },
  { path: '/assets/mine', name: '我的资产', icon: <ProfileOutlined />, resource: 'asset', group: '校产', page: page(() => import('../features/assets/CustodyListPage'), 'MyAssetsPage') },
  { path: '/assets/card/:id', name: '资产卡片', hideInMenu: true, resource: 'asset', group: '校产', page: page(() => import('../features/assets/AssetsPage'), 'AssetsPage') },
  { path: '/assets/holders/:type/:id', name: '责任清单', hideInMenu: true, resource: 'asset', group: '校产', page: page(() => import('../features/assets/CustodyListPage'), 'CustodyListPage') },
  { path: '/assets/categories', name: '资产分类', icon: <ClusterOutlined />, resource: 'asset_category', group: '校产', page: page(() => import('../features/assets/CategoriesPage'), 'CategoriesPage') },
  { path: '/assets/depreciation', name: '折旧', icon: <FallOutlined />, resource: 'asset_settings', group: '校产', page: page(() => import('../features/assets/DepreciationPage'), 'DepreciationPage') },
  { path: '/assets/settings', name: '校产设置', icon: <ControlOutlined />, resource: 'asset_settings', group: '校产', page: page(() => import('../features/assets/SettingsPage'), 'SettingsPage') },
  { path: '/assets/checks', name: '期初清点', icon: <ProfileOutlined />, resource: 'asset', group: '校产', page: page(() => import('../features/asset-checks/AssetChecksPage'), 'AssetChecksPage') },
  { path: '/assets/movements', name: '调拨借用', icon: <ProfileOutlined />, resource: 'asset_movement', group: '校产', page: page(() => import('../features/asset-movements/MovementsPage'), 'MovementsPage') },
  { path: '/assets/stocktakes', name: '资产盘点', icon: <ProfileOutlined />, resource: 'asset_stocktake', group: '校产', page: page(() => import('../features/stocktakes/StocktakesPage'), 'StocktakesPage') },
  { path: '/assets/reports', name: '资产报表', icon: <PieChartOutlined />, resource: 'asset', wholeSchool: true, group: '校产', page: page(() => import('../features/asset-reports/AssetReportsPage'), 'AssetReportsPage') },
  { path: '/assets/damages', name: '损坏赔偿', icon: <ProfileOutlined />, resource: 'asset_damage', group: '校产', page: page(() => import('../features/asset-damages/DamagesPage'), 'DamagesPage') },
  { path: '/assets/disposals', name: '报废报损', icon: <ProfileOutlined />, resource: 'asset_disposal', group: '校产', page: page(() => import('../features/asset-disposals/DisposalsPage'), 'DisposalsPage') },
  { path: '/audit', name: '变更记录', icon: <AuditOutlined />, resource: 'audit', group: '系统', page: page(() => import('../features/audit/AuditPage'), 'AuditPage') },
  { path: '/profile', name: '个人中心', hideInMenu: true, page: page(() => import('../features/profile/ProfilePage'), 'ProfilePage') },
];
