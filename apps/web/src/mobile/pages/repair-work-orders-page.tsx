import { Tabs } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { LoadMore } from '../repairs/load-more';
import { RepairCard } from '../repairs/repair-card';
import type { WorkOrder } from '../repairs/types';
import { usePagedList } from '../repairs/use-paged-list';
import '../repairs/repairs.css';

/** 我的工单: the technician's jobs and the team's unclaimed ones, most urgent deadline first. */
export function RepairWorkOrdersPage() {
  const navigate = useNavigate();
  const [tab, setTab] = useState<'todo' | 'withDone'>('todo');
  const queue = usePagedList<WorkOrder>(`/work-orders/queue${tab === 'withDone' ? '?includeCompleted=true' : ''}`);
  return (
    <Page title="我的工单" backTo="/m">
      <Tabs activeKey={tab} onChange={(k) => setTab(k === 'withDone' ? 'withDone' : 'todo')}>
        <Tabs.Tab key="todo" title="待处理" />
        <Tabs.Tab key="withDone" title="含待验收" />
      </Tabs>
      {queue.status === 'loading' && <Loading />}
      {queue.status === 'failed' && <LoadFailed failure={queue.failure} onRetry={queue.reload} />}
      {queue.status === 'ok' && queue.items.length === 0 && (
        <div className="m-empty">
          <div className="m-empty-title">暂无工单</div>
          <div className="m-empty-text">派给您或您所在班组的工单会出现在这里。</div>
        </div>
      )}
      {queue.status === 'ok' && queue.items.length > 0 && (
        <div className="m-stack">
          {queue.items.map((w) => <RepairCard key={w.id} item={w} onClick={() => navigate(`/m/work-orders/${w.id}`)} />)}
          <LoadMore shown={queue.items.length} total={queue.total} hasMore={queue.hasMore} busy={queue.loadingMore} onMore={() => void queue.loadMore()} />
        </div>
      )}
    </Page>
  );
}
