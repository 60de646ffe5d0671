import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Progress, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../lib/format-time';
import { useSession } from '../../lib/session';
import { OpenStocktakeModal } from './OpenStocktakeModal';
import { StocktakeSession } from './StocktakeSession';
import { type Stocktake, useStocktakes } from './stocktakes-api';

export const STATUS_COLORS: Record<string, string> = { counting: 'processing', reconciling: 'warning', closed: 'default' };
export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** 资产盘点: open a stocktake over a scope, follow the counters live, reconcile, approve, close, report. */
export function StocktakesPage() {
  const { can } = useSession();
  const list = useStocktakes();
  const [opening, setOpening] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const current = selected ?? list.data?.items[0]?.id ?? null;
  if (list.isError) return <PageContainer title="资产盘点"><Alert type="error" showIcon message="盘点加载失败" description={list.error.message} /></PageContainer>;
  return (
    <PageContainer title="资产盘点" content="按范围拍下应盘清单，盘点人用手机扫资产标签（同一件多人扫只计一次），结束后核对差异、审批调整，得出帐实相符率。"
      extra={can('asset_stocktake', 'create') ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>新建盘点</Button> : null}>
      <Table<Stocktake> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data?.items ?? []} pagination={false}
        rowClassName={(r) => (r.id === current ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '还没有盘点。点击“新建盘点”选择范围和盘点人，盘点人即可在手机首页“我的盘点”里扫码。' }}
        columns={[
          { title: '盘点名称', dataIndex: 'name' },
          { title: '范围', render: (_, r) => `${r.scopeKindLabel}${r.scopeKind === 'school' ? '' : `：${r.scopeNames.join('、')}`}` },
          { title: '盘点人', dataIndex: 'counters', render: (v: Stocktake['counters']) => v.map((c) => c.name).join('、') },
          {
            title: '进度', width: 220,
            render: (_, r) => <span><Progress percent={percent(r.scannedCount, r.expectedCount)} size="small" />{r.scannedCount}/{r.expectedCount} 件</span>,
          },
          { title: '待审批', dataIndex: 'pendingAdjustments', width: 80, render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0) },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string, r) => <Tag color={STATUS_COLORS[r.status]}>{v}</Tag> },
          { title: '发起', dataIndex: 'createdAt', width: 160, render: (v: string, r) => `${r.createdByName ?? ''} ${formatTime(v)}` },
        ]} />
      {current !== null && <StocktakeSession id={current} />}
      <OpenStocktakeModal open={opening} onClose={() => setOpening(false)} onOpened={setSelected} />
    </PageContainer>
  );
}
