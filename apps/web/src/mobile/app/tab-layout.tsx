import { TabBar } from 'antd-mobile';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { HomeIcon, ScanIcon, UserIcon } from '../components/icons';
import { Loading } from '../components/load-state';
import { useMe } from './session';

const TABS = [
  { key: '/m', title: '首页', icon: <HomeIcon /> },
  { key: '/m/scan', title: '扫码', icon: <ScanIcon /> },
  { key: '/m/profile', title: '我的', icon: <UserIcon /> },
];

/** The main phone pages with the tab bar fixed at the bottom; 扫码 only for those a scan can serve (not a contractor's account). */
export function TabLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const canScan = me.permissions.includes('repair:create') || me.permissions.includes('qr:read');
  const tabs = TABS.filter((t) => t.key !== '/m/scan' || canScan);
  const active = tabs.find((t) => t.key === pathname.replace(/\/$/, ''))?.key ?? '/m';
  return (
    <div className="m-tab-layout">
      <main className="m-tab-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <TabBar className="m-tab-bar" activeKey={active} onChange={(key) => navigate(key)} safeArea>
        {tabs.map((t) => <TabBar.Item key={t.key} title={t.title} icon={t.icon} />)}
      </TabBar>
    </div>
  );
}
