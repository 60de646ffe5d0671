import { Button, List, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router';
import type { CheckRoom } from '../assets/types';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';

/** 我的清点: the rooms this teacher or room keeper answers for in the open check rounds. */
export function MyAssetChecksPage() {
  const navigate = useNavigate();
  const mine = useApi<{ items: CheckRoom[] }>('/asset-checks/mine');
  if (mine.status === 'failed') return <Page title="我的清点" backTo="/m"><LoadFailed failure={mine.failure} onRetry={mine.reload} /></Page>;
  if (mine.status !== 'ok') return <Page title="我的清点" backTo="/m"><Loading /></Page>;
  return (
    <Page title="我的清点" backTo="/m">
      {mine.data.items.length === 0 ? (
        <div className="m-empty m-pad">
          <div className="m-empty-title">暂无需要清点的房间</div>
          <div className="m-empty-text">学期初资产管理员发起清点后，您负责的班级教室或房间会出现在这里。</div>
          <Button block onClick={() => navigate('/m')}>回到首页</Button>
        </div>
      ) : (
        <List mode="card">
          {mine.data.items.map((c) => (
            <List.Item key={c.id} onClick={() => navigate(`/m/asset-checks/${c.id}`)}
              description={`${c.roundName} · 截止 ${c.dueDate} · 共 ${c.expectedCount} 件`}
              extra={<Tag color={c.status === 'submitted' ? 'success' : 'warning'}>{c.statusLabel}</Tag>}>
              {c.roomName}
            </List.Item>
          ))}
        </List>
      )}
    </Page>
  );
}
