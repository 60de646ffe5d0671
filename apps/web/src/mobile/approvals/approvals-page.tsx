import { Button, List, Tabs, Tag } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router';
import type { Disposal } from '../../features/asset-disposals/disposals-api';
import type { Movement } from '../../features/asset-movements/movements-api';
import { money } from '../../lib/money';
import { useMe } from '../app/session';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';
import { DISPOSALS_TODO, MOVEMENTS_TODO, approvalRights } from './approvals-api';
import './approvals.css';

type TabKey = 'disposals' | 'movements';

/** 待我审批: disposal requests waiting at a step this person holds, and transfers / loans waiting for approval. */
export function ApprovalsPage() {
  const me = useMe();
  const rights = approvalRights(me);
  const [params, setParams] = useSearchParams();
  // Back from a loan's approval the list opens on 调拨借用 again (?tab=movements).
  const tab: TabKey = params.get('tab') === 'movements' || !rights.disposals ? 'movements' : 'disposals';
  const setTab = (k: TabKey) => setParams(k === 'movements' ? { tab: k } : {}, { replace: true });
  return (
    <Page title="待我审批" backTo="/m">
      {rights.disposals && rights.movements ? (
        <Tabs activeKey={tab} onChange={(k) => setTab(k as TabKey)}>
          <Tabs.Tab key="disposals" title="报废报损" />
          <Tabs.Tab key="movements" title="调拨借用" />
        </Tabs>
      ) : null}
      {tab === 'disposals' && rights.disposals ? <DisposalList /> : null}
      {tab === 'movements' && rights.movements ? <MovementList /> : null}
      {!rights.any ? <Empty text="您的岗位没有资产审批事项。" /> : null}
    </Page>
  );
}

function Empty({ text }: { text: string }) {
  const navigate = useNavigate();
  return (
    <div className="m-empty m-pad">
      <div className="m-empty-title">暂无待审批事项</div>
      <div className="m-empty-text">{text}</div>
      <Button block style={{ marginTop: 16 }} onClick={() => navigate('/m')}>回到首页</Button>
    </div>
  );
}

function DisposalList() {
  const navigate = useNavigate();
  const list = useApi<{ items: Disposal[]; total: number }>(DISPOSALS_TODO);
  if (list.status === 'failed') return <LoadFailed failure={list.failure} onRetry={list.reload} />;
  if (list.status === 'loading') return <Loading />;
  if (list.data.items.length === 0) return <Empty text="报废、报损申请到了您审批的环节时会出现在这里，并在首页提醒您。" />;
  return (
    <List mode="card">
      {list.data.items.map((d) => (
        <List.Item key={d.id} onClick={() => navigate(`/m/approvals/disposals/${d.id}`)}
          description={<>
            <div>{d.legalConditionLabel}</div>
            <div className="m-clamp-2">{d.reason}</div>
            <div>原值 {money(d.totalOriginalFen)} · 净值 {money(d.totalNetFen)} · {d.createdByName ?? ''} 申请</div>
          </>}
          extra={<Tag color="warning">{d.currentStepLabel}</Tag>}>
          {d.kindLabel}：{d.summary}
        </List.Item>
      ))}
    </List>
  );
}

function MovementList() {
  const navigate = useNavigate();
  const list = useApi<{ items: Movement[]; total: number }>(MOVEMENTS_TODO);
  if (list.status === 'failed') return <LoadFailed failure={list.failure} onRetry={list.reload} />;
  if (list.status === 'loading') return <Loading />;
  if (list.data.items.length === 0) return <Empty text="老师提交的调拨、借用申请会出现在这里。" />;
  return (
    <List mode="card">
      {list.data.items.map((m) => (
        <List.Item key={m.id} onClick={() => navigate(`/m/approvals/movements/${m.id}`)}
          description={<>
            <div>{m.kindLabel}单 {m.code} · {m.requesterName} 申请</div>
            <div className="m-clamp-2">事由：{m.reason}</div>
            {m.toText ? <div>{m.kind === 'loan' ? '借用人' : '调入'}：{m.toText}{m.dueDate ? `，${m.dueDate} 前归还` : ''}</div> : null}
          </>}
          extra={<Tag color="warning">{m.statusLabel}</Tag>}>
          {m.assetSummary}
        </List.Item>
      ))}
    </List>
  );
}
