import { Badge, Button, Card, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { post } from '../../lib/api';
import { useMe } from '../app/session';
import { ScanIcon } from '../components/icons';
import { LoadFailed } from '../components/load-state';
import type { NotificationItem, PageOf } from '../lib/api-types';
import { formatRelativeTime, greeting } from '../lib/format';
import { followHref } from '../lib/navigate-href';
import { useApi } from '../lib/use-api';
import { RepairCard } from '../repairs/repair-card';
import type { WorkOrder } from '../repairs/types';
import '../repairs/repairs.css';
import { MyChecksEntry } from '../assets/my-checks-entry';
import { MyMovementsEntry } from '../movements/my-movements-entry';
import { MyApprovalsEntry } from '../approvals/my-approvals-entry';
import { MyStocktakesEntry } from '../stocktakes/my-stocktakes-entry';

/**
 * 首页: who I am, a big scan button, and my to-dos (unread notifications until task lists exist).
 * Someone who repairs but does not report (a contractor's worker) gets their job queue instead of the scan button.
 */
export function HomePage() {
  const me = useMe();
  const navigate = useNavigate();
  const canReport = me.permissions.includes('repair:create');
  const canScan = canReport || me.permissions.includes('qr:read');
  const fieldOnly = !canReport && me.permissions.includes('work_order:update');
  return (
    <div className="m-home">
      <header className="m-hero">
        <div className="m-hero-greeting">{greeting(me.schoolTimezone)}，{me.name}</div>
        <div className="m-hero-school">{[me.schoolName, me.departmentName].filter(Boolean).join(' · ') || '未分配学校'}</div>
        <div className="m-hero-roles">
          {me.roleLabels.map((r) => <span key={r} className="m-hero-tag">{r}</span>)}
        </div>
      </header>
      <div className="m-stack m-pad">
        {canScan && (
          <Button className="m-scan-button" block color="primary" size="large" onClick={() => navigate('/m/scan')}>
            <span className="m-scan-button-inner"><ScanIcon size={28} />扫码报修</span>
          </Button>
        )}
        {fieldOnly ? <QueuePreview /> : <RepairEntries />}
        <MyChecksEntry />
        <MyApprovalsEntry />
        <MyMovementsEntry />
        <MyStocktakesEntry />
        <TaskList emptyText={canReport ? '扫描教室门口的二维码即可报修，处理进度会在这里提醒您。' : '派给您的维修任务和处理进度会在这里提醒您。'} />
      </div>
    </div>
  );
}

/** 我的报修 for anyone who may report, 我的工单 for whoever does the repairs, each with its open count. */
function RepairEntries() {
  const me = useMe();
  const navigate = useNavigate();
  const canReport = me.permissions.includes('repair:create');
  const canRepair = me.permissions.includes('work_order:update');
  const mine = useApi<PageOf<unknown>>(canReport ? '/repair-requests?mine=true&open=true&pageSize=1' : null);
  const queue = useApi<PageOf<unknown>>(canRepair ? '/work-orders/queue?pageSize=1' : null);
  if (!canReport && !canRepair) return null;
  const count = (s: typeof mine) => (s.status === 'ok' && s.data.total > 0 ? <Badge content={s.data.total} /> : null);
  return (
    <List mode="card" className="m-home-entries" style={{ margin: 0 }}>
      {canRepair && <List.Item onClick={() => navigate('/m/work-orders')} extra={count(queue)} description="派给我和班组的维修任务">我的工单</List.Item>}
      {canReport && <List.Item onClick={() => navigate('/m/repairs')} extra={count(mine)} description="我报修的进度、验收">我的报修</List.Item>}
    </List>
  );
}

const PREVIEW = 5;

/** The job queue on the home page itself, for people whose whole job here is repairs (外包维修人员). */
function QueuePreview() {
  const navigate = useNavigate();
  const queue = useApi<PageOf<WorkOrder>>(`/work-orders/queue?pageSize=${PREVIEW}`);
  const total = queue.status === 'ok' ? queue.data.total : 0;
  return (
    <Card className="m-card" title={<span className="m-card-title">我的工单 {total > 0 && <Badge content={total} />}</span>}
      extra={<a className="m-navbar-link" onClick={() => navigate('/m/work-orders')}>全部</a>}>
      {queue.status === 'loading' && <div className="m-muted m-pad-y">加载中…</div>}
      {queue.status === 'failed' && <LoadFailed failure={queue.failure} onRetry={queue.reload} title="工单加载失败" />}
      {queue.status === 'ok' && queue.data.items.length === 0 && (
        <div className="m-empty">
          <div className="m-empty-title">暂无待处理的工单</div>
          <div className="m-empty-text">学校委外给本单位的维修任务会出现在这里，接单后按步骤处理、完工。</div>
        </div>
      )}
      {queue.status === 'ok' && queue.data.items.length > 0 && (
        <div className="m-stack m-stack-tight">
          {queue.data.items.map((w) => <RepairCard key={w.id} item={w} onClick={() => navigate(`/m/work-orders/${w.id}`)} />)}
          {total > PREVIEW && <Button block fill="none" color="primary" onClick={() => navigate('/m/work-orders')}>查看全部 {total} 张工单</Button>}
        </div>
      )}
    </Card>
  );
}

function TaskList({ emptyText }: { emptyText: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const tasks = useApi<PageOf<NotificationItem>>('/notifications?unread=true&pageSize=20');

  const open = async (n: NotificationItem) => {
    // Reading the item counts as handling the reminder; a failed mark must not block the link.
    await post(`/notifications/${n.id}/read`).catch(() => undefined);
    if (n.link) followHref(navigate, n.link);
    else tasks.reload();
  };

  const count = tasks.status === 'ok' ? tasks.data.total : 0;
  return (
    <Card className="m-card" title={<span className="m-card-title">我的待办 {count > 0 && <Badge content={count} />}</span>}>
      {tasks.status === 'loading' && <div className="m-muted m-pad-y">加载中…</div>}
      {tasks.status === 'failed' && (
        <LoadFailed failure={tasks.failure} onRetry={tasks.reload} title="待办加载失败" />
      )}
      {tasks.status === 'ok' && tasks.data.items.length === 0 && (
        <div className="m-empty">
          <div className="m-empty-title">暂无待办</div>
          <div className="m-empty-text">{emptyText}</div>
        </div>
      )}
      {tasks.status === 'ok' && tasks.data.items.length > 0 && (
        <List className="m-task-list">
          {tasks.data.items.map((n) => (
            <List.Item key={n.id} onClick={() => void open(n)} arrowIcon={Boolean(n.link)}
              description={
                <>
                  {n.body && <span className="m-clamp-2">{n.body}</span>}
                  <span className="m-time">{formatRelativeTime(n.createdAt, me.schoolTimezone)}</span>
                </>
              }>
              <span className="m-task-title">{n.title}</span>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
