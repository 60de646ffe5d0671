import { Badge, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import type { Movement } from '../../features/asset-movements/movements-api';
import { useMe } from '../app/session';
import { useApi } from '../lib/use-api';

/** 待我确认 on the phone home page, only while transfers wait for this person to confirm receipt. */
export function MyMovementsEntry() {
  const me = useMe();
  const navigate = useNavigate();
  const canRead = me.permissions.includes('asset_movement:read');
  const todo = useApi<{ total: number; items: Movement[] }>(canRead ? '/asset-movements?todo=receive&pageSize=1' : null);
  if (todo.status !== 'ok' || todo.data.total === 0) return null;
  return (
    <List mode="card" className="m-home-entries" style={{ margin: 0 }}>
      <List.Item onClick={() => navigate('/m/movements')} extra={<Badge content={todo.data.total} />}
        description="调拨给您的资产，收到实物后确认接收">待我确认</List.Item>
    </List>
  );
}
