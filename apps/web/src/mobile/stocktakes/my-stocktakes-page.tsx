import { Button, List, ProgressBar } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';
import type { StocktakeLite } from './types';

/** 我的盘点: the counting stocktakes that list this person. */
export function MyStocktakesPage() {
  const navigate = useNavigate();
  const mine = useApi<{ items: StocktakeLite[] }>('/asset-stocktakes/mine');
  if (mine.status === 'failed') return <Page title="我的盘点" backTo="/m"><LoadFailed failure={mine.failure} onRetry={mine.reload} /></Page>;
  if (mine.status !== 'ok') return <Page title="我的盘点" backTo="/m"><Loading /></Page>;
  return (
    <Page title="我的盘点" backTo="/m">
      {mine.data.items.length === 0 ? (
        <div className="m-empty m-pad">
          <div className="m-empty-title">暂无进行中的盘点</div>
          <div className="m-empty-text">资产管理员发起盘点并把您列为盘点人后，盘点任务会出现在这里。</div>
          <Button block onClick={() => navigate('/m')}>回到首页</Button>
        </div>
      ) : (
        <List mode="card">
          {mine.data.items.map((s) => (
            <List.Item key={s.id} onClick={() => navigate(`/m/stocktakes/${s.id}`)}
              description={<div><div>{s.scopeKindLabel}：{s.scopeNames.join('、')} · 已盘 {s.scannedCount}/{s.expectedCount} 件</div>
                <ProgressBar percent={s.expectedCount ? (s.scannedCount / s.expectedCount) * 100 : 0} style={{ marginTop: 6 }} /></div>}>
              {s.name}
            </List.Item>
          ))}
        </List>
      )}
    </Page>
  );
}
