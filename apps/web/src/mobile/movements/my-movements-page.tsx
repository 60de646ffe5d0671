import { Button, List, Tabs, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Movement } from '../../features/asset-movements/movements-api';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';

const TABS = [
  { key: 'receive', title: '待我确认', url: '/asset-movements?todo=receive&pageSize=100', empty: '没有等您确认接收的资产。保管员调拨给您或您班级教室的资产审批后会出现在这里。' },
  { key: 'mine', title: '我的单据', url: '/asset-movements?mine=true&pageSize=50', empty: '您还没有调拨、借用或退库单。' },
] as const;

/** 待我确认: transfers waiting for this person (or their classroom) to confirm receipt, and their own documents. */
export function MyMovementsPage() {
  const navigate = useNavigate();
  const [tab, setTab] = useState<(typeof TABS)[number]['key']>('receive');
  const current = TABS.find((t) => t.key === tab) ?? TABS[0];
  const list = useApi<{ items: Movement[]; total: number }>(current.url);
  return (
    <Page title="调拨借用" backTo="/m">
      <Tabs activeKey={tab} onChange={(k) => setTab(k as typeof tab)}>
        {TABS.map((t) => <Tabs.Tab key={t.key} title={t.title} />)}
      </Tabs>
      {list.status === 'failed' ? <LoadFailed failure={list.failure} onRetry={list.reload} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'ok' && list.data.items.length === 0 ? (
        <div className="m-empty m-pad">
          <div className="m-empty-title">暂无单据</div>
          <div className="m-empty-text">{current.empty}</div>
          <Button block onClick={() => navigate('/m')}>回到首页</Button>
        </div>
      ) : null}
      {list.status === 'ok' && list.data.items.length > 0 ? (
        <List mode="card">
          {list.data.items.map((m) => (
            <List.Item key={m.id} onClick={() => navigate(`/m/movements/${m.id}`)}
              description={`${m.kindLabel}单 ${m.code} · ${m.assetCount} 件${m.toText ? ` · ${m.toText}` : ''}`}
              extra={<Tag color={m.overdue ? 'danger' : m.abilities.receive || m.extensionRequested ? 'warning' : 'default'}>{m.overdue ? '逾期' : m.extensionRequested ? '续借待处理' : m.statusLabel}</Tag>}>
              {m.assetSummary}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Page>
  );
}
