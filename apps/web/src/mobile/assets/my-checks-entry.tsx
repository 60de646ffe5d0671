import { Badge, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useMe } from '../app/session';
import { useApi } from '../lib/use-api';
import type { CheckRoom } from './types';

/** 我的清点 on the home page, only while a round asks this person to check a room. */
export function MyChecksEntry() {
  const me = useMe();
  const navigate = useNavigate();
  const canRead = me.permissions.includes('asset:read');
  const mine = useApi<{ items: CheckRoom[] }>(canRead ? '/asset-checks/mine' : null);
  if (mine.status !== 'ok' || mine.data.items.length === 0) return null;
  const pending = mine.data.items.filter((c) => c.status === 'pending').length;
  return (
    <List mode="card" className="m-home-entries" style={{ margin: 0 }}>
      <List.Item onClick={() => navigate('/m/asset-checks')} extra={pending > 0 ? <Badge content={pending} /> : null}
        description="期初清点：逐件确认班级财产，签字提交">我的清点</List.Item>
    </List>
  );
}
