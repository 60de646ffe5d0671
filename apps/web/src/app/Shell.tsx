import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Button, Dropdown, Grid, Result, Spin, Tag, Typography } from 'antd';
import { type ReactNode, Suspense, useMemo, useState } from 'react';
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Logo } from '../components/Logo';
import { t } from '../lib/i18n';
import { useSession } from '../lib/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useLocale } from './LocaleProvider';
import { ROUTES, type AppRoute } from './routes';

function allowed(route: AppRoute, can: ReturnType<typeof useSession>['can']): boolean {
  return !route.resource || can(route.resource, 'read');
}

/** In the menu: allowed, and school-wide pages only for accounts that see the whole school or district (the page itself still explains why to anyone who opens its address). */
function listed(route: AppRoute, can: ReturnType<typeof useSession>['can'], dataScope: string): boolean {
  return allowed(route, can) && (!route.wholeSchool || dataScope === 'school' || dataScope === 'district');
}

function PageFallback() {
  return <div style={{ padding: 48, textAlign: 'center' }}><Spin /></div>;
}

/** The signed-in frame: side menu from permissions, header with school, bell, language and user. */
/** Menu sections in the order of a school's day: its places, repairs, property, then administration. */
const GROUP_ORDER = ['学校', '报修与维修', '校产', '系统'];

interface MenuEntry { path: string; name: string; icon?: ReactNode; hideInMenu?: boolean; children?: MenuEntry[] }

/** Top-level entries first, then one section per group with its visible entries (empty sections are left out). */
function menuOf(routes: AppRoute[]): MenuEntry[] {
  const entry = (r: AppRoute): MenuEntry => ({ path: r.path, name: t(r.name), icon: r.icon, ...(r.hideInMenu ? { hideInMenu: true } : {}) });
  const top = routes.filter((r) => !r.group).map(entry);
  const groups = GROUP_ORDER.map((g) => ({ g, items: routes.filter((r) => r.group === g) }))
    .filter(({ items }) => items.some((r) => !r.hideInMenu))
    .map(({ g, items }) => ({ path: `/__section/${g}`, name: t(g), children: items.map(entry) }));
  return [...top, ...groups];
}

export function Shell() {
  const { me, can, signOut } = useSession();
  const { locale } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isMobile = !screens.md;
  const [collapsed, setCollapsed] = useState(isMobile);

  // locale is a dependency because t() reads the current language.
  const menu = useMemo(() => menuOf(ROUTES.filter((r) => listed(r, can, me.dataScope))), [can, locale, me.dataScope]);

  // "/org" must not light up while on "/org/school": pick the longest matching menu path.
  const selected = [...ROUTES].filter((r) => !r.hideInMenu && (r.path === '/' ? location.pathname === '/' : location.pathname === r.path || location.pathname.startsWith(`${r.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;

  return (
    <ProLayout
      title={me.schoolName ?? t('后勤管理')}
      logo={<Logo />}
      layout="mix"
      token={{ pageContainer: { paddingInlinePageContainerContent: isMobile ? 12 : 40, paddingBlockPageContainerContent: isMobile ? 12 : 24 } }}
      fixSiderbar
      fixedHeader
      locale={locale}
      collapsed={collapsed}
      onCollapse={setCollapsed}
      location={{ pathname: location.pathname }}
      route={{ path: '/', children: menu }}
      menu={{ type: 'group' }}
      menuProps={{ selectedKeys: selected ? [selected] : [] }}
      selectedKeys={selected ? [selected] : []}
      onMenuHeaderClick={() => void navigate('/')}
      menuItemRender={(item, dom) => (
        <Link to={item.path ?? '/'} onClick={() => { if (isMobile) setCollapsed(true); }}>{dom}</Link>
      )}
      actionsRender={() => [
        <NotificationBell key="bell" />,
        isMobile ? null : <LanguageSwitch key="lang" />,
      ]}
      avatarProps={{
        icon: <UserOutlined />,
        size: 'small',
        title: (
          <span>
            {me.name}
            {isMobile ? null : me.roleLabels.map((label) => <Tag key={label} style={{ marginLeft: 6, marginRight: 0 }}>{label}</Tag>)}
          </span>
        ),
        render: (_props, dom) => (
          <Dropdown
            menu={{
              items: [
                { key: 'profile', icon: <UserOutlined />, label: t('个人中心') },
                ...(isMobile ? [{ key: 'lang', label: <LanguageSwitch /> }] : []),
                { type: 'divider' as const },
                { key: 'logout', icon: <LogoutOutlined />, label: t('退出登录'), danger: true },
              ],
              onClick: ({ key }) => {
                if (key === 'profile') void navigate('/profile');
                if (key === 'logout') void signOut();
              },
            }}
          >
            {dom}
          </Dropdown>
        ),
      }}
      menuFooterRender={(props) => props?.collapsed ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12, padding: '0 16px' }}>后勤管理 · Houqin</Typography.Text>
      )}
    >
      <Suspense fallback={<PageFallback />}>
        <Routes>
          {ROUTES.map((r) => (
            <Route key={r.path} path={r.path} element={allowed(r, can) ? <r.page /> : <Forbidden />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </ProLayout>
  );
}

function Forbidden() {
  return <Result status="403" title={t('没有权限查看此页面')} subTitle="如需访问，请联系学校系统管理员在「角色权限」中开通" extra={<Link to="/"><Button type="primary">{t('返回首页')}</Button></Link>} />;
}

function NotFound() {
  return <Result status="404" title={t('页面不存在')} extra={<Link to="/"><Button type="primary">{t('返回首页')}</Button></Link>} />;
}
