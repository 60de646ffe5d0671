import { TabBar } from 'antd-mobile';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { HomeIcon, ScanIcon, UserIcon } from '../components/icons';
import { Loading } from '../components/load-state';

const TABS = [
  { key: '/m', title: '首页', icon: <HomeIcon /> },
  { key: '/m/scan', title: '扫码', icon: <ScanIcon /> },
  { key: '/m/profile', title: '我的', icon: <UserIcon /> },
];

/** The three main phone pages with the tab bar fixed at the bottom. */
export function TabLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.key === pathname.replace(/\/$/, ''))?.key ?? '/m';
  return (
    <div className="m-tab-layout">
      <main className="m-tab-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <TabBar className="m-tab-bar" activeKey={active} onChange={(key) => navigate(key)} safeArea>
        {TABS.map((t) => <TabBar.Item key={t.key} title={t.title} icon={t.icon} />)}
      </TabBar>
    </div>
  );
}
