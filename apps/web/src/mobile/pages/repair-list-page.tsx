import { Button, Tabs } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { LoadMore } from '../repairs/load-more';
import { RepairCard } from '../repairs/repair-card';
import type { RepairRequest } from '../repairs/types';
import { usePagedList } from '../repairs/use-paged-list';
import '../repairs/repairs.css';

/** 我的报修: what I reported, the ones still being handled first. */
export function RepairListPage() {
  const navigate = useNavigate();
  const [tab, setTab] = useState<'open' | 'all'>('open');
  const list = usePagedList<RepairRequest>(`/repair-requests?mine=true${tab === 'open' ? '&open=true' : ''}`);
  return (
    <Page title="我的报修" backTo="/m" right={<button type="button" className="m-navbar-link" onClick={() => navigate('/m/repair/new')}>报修</button>}>
      <Tabs activeKey={tab} onChange={(k) => setTab(k === 'all' ? 'all' : 'open')}>
        <Tabs.Tab key="open" title="处理中" />
        <Tabs.Tab key="all" title="全部" />
      </Tabs>
      {list.status === 'loading' && <Loading />}
      {list.status === 'failed' && <LoadFailed failure={list.failure} onRetry={list.reload} />}
      {list.status === 'ok' && list.items.length === 0 && (
        <div className="m-empty">
          <div className="m-empty-title">{tab === 'open' ? '没有处理中的报修' : '还没有报修记录'}</div>
          <div className="m-empty-text">扫描教室门口的二维码即可报修。</div>
          <div className="m-pad"><Button block color="primary" size="large" onClick={() => navigate('/m/scan')}>扫码报修</Button></div>
        </div>
      )}
      {list.status === 'ok' && list.items.length > 0 && (
        <div className="m-stack">
          {list.items.map((r) => <RepairCard key={r.id} item={r} onClick={() => navigate(`/m/repairs/${r.id}`)} />)}
          <LoadMore shown={list.items.length} total={list.total} hasMore={list.hasMore} busy={list.loadingMore} onMore={() => void list.loadMore()} />
        </div>
      )}
    </Page>
  );
}
