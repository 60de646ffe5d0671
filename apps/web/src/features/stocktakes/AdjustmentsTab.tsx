import { Button, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../lib/format-time';
import { money } from '../../lib/money';
import { PhotoThumbs } from './PhotoThumbs';
import { type Adjustment, type Photo, type Stocktake, useAdjustments, useDecide } from './stocktakes-api';

const STATUS_COLOR: Record<string, string> = { pending: 'orange', approved: 'green', rejected: 'default' };

/** Reconciliation's proposals; approving applies each to its card (place, custodian, 待处置) with a timeline entry. */
export function AdjustmentsTab({ st }: { st: Stocktake }) {
  const [status, setStatus] = useState<string>('pending');
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<number[]>([]);
  const list = useAdjustments(st.id, status === 'all' ? undefined : status, page);
  const decide = useDecide();
  const items = list.data?.items ?? [];
  const picked = items.filter((a) => chosen.includes(a.id) && a.abilities.decide);
  const run = (decision: 'approve' | 'reject', rows: Adjustment[]) => decide.mutate({ stocktakeId: st.id, items: rows, decision }, { onSuccess: () => setChosen([]) });
  const decidable = items.some((a) => a.abilities.decide);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented value={status} onChange={(v) => { setStatus(String(v)); setPage(1); }}
          options={[{ value: 'pending', label: '待审批' }, { value: 'approved', label: '已批准' }, { value: 'rejected', label: '已驳回' }, { value: 'all', label: '全部' }]} />
        {decidable && (
          <>
            <Button type="primary" disabled={picked.length === 0} loading={decide.isPending} onClick={() => run('approve', picked)}>批准所选（{picked.length}）</Button>
            <Button disabled={picked.length === 0} loading={decide.isPending} onClick={() => run('reject', picked)}>驳回所选</Button>
          </>
        )}
      </Space>
      <Table<Adjustment> size="small" rowKey="id" scroll={{ x: 1210 }} loading={list.isLoading} dataSource={items}
        rowSelection={decidable ? { selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(Number)), getCheckboxProps: (r) => ({ disabled: !r.abilities.decide }) } : undefined}
        locale={{ emptyText: status === 'pending' ? '没有待审批的调整建议，可以结束盘点' : '没有记录' }}
        pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { title: '类别', dataIndex: 'kindLabel', width: 100, render: (v: string, r) => <Tag color={r.kind === 'missing' ? 'red' : r.kind === 'surplus' || r.kind === 'unexpected' ? 'blue' : 'orange'}>{v}</Tag> },
          { title: '资产', width: 200, render: (_, r) => (r.assetName ? `${r.assetName}（${r.assetCode ?? ''}）` : `${r.extraName ?? ''} ×${r.quantity}${r.extraNote ? `（${r.extraNote}）` : ''}`) },
          { title: '账面', dataIndex: 'fromText', width: 170, render: (v: string | null) => v ?? '—' },
          { title: '盘点', dataIndex: 'toText', width: 130, render: (v: string | null) => v ?? '—' },
          { title: '原值', dataIndex: 'valueFen', width: 100, align: 'right', render: (v: number) => (v ? money(v) : '—') },
          // The counter's photos: what the approver decides on.
          { title: '照片', dataIndex: 'photos', width: 110, render: (v: Photo[]) => <PhotoThumbs photos={v} /> },
          { title: '批准后', dataIndex: 'effectLabel', width: 190 },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string, r) => <Tag color={STATUS_COLOR[r.status]}>{v}</Tag> },
          // Undecided proposals have no approver yet: the column would only take room from the others.
          ...(status === 'pending' ? [] : [{ title: '审批', width: 150, render: (_: unknown, r: Adjustment) => (r.decidedAt ? `${r.decidedByName ?? ''} ${formatTime(r.decidedAt)}` : '') }]),
          {
            title: '操作', width: 120, render: (_, r) => (r.abilities.decide ? (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => run('approve', [r])}>批准</Button>
                <Button size="small" type="link" danger onClick={() => run('reject', [r])}>驳回</Button>
              </Space>
            ) : null),
          },
        ]} />
    </>
  );
}
