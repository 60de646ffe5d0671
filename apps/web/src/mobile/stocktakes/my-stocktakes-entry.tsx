import { Badge, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useMe } from '../app/session';
import { useApi } from '../lib/use-api';
import type { StocktakeLite } from './types';

/** 我的盘点 on the home page, only while a stocktake lists this person as a counter. */
export function MyStocktakesEntry() {
  const me = useMe();
  const navigate = useNavigate();
  const canRead = me.permissions.includes('asset_stocktake:read');
  const mine = useApi<{ items: StocktakeLite[] }>(canRead ? '/asset-stocktakes/mine' : null);
  if (mine.status !== 'ok' || mine.data.items.length === 0) return null;
  return (
    <List mode="card" className="m-home-entries" style={{ margin: 0 }}>
      <List.Item onClick={() => navigate('/m/stocktakes')} extra={<Badge content={mine.data.items.length} />}
        description="资产盘点：用相机连续扫资产标签">我的盘点</List.Item>
    </List>
  );
}
