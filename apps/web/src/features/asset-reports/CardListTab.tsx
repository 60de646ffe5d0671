import { Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { money } from '../../lib/money';
import { useServerTable } from '../../lib/use-server-table';
import { useSession } from '../../lib/session';
import type { ReportCard } from './asset-reports-api';
import { DownloadButton } from './DownloadButton';

const WITHIN = [30, 60, 90, 180, 365];

/** 闲置资产 or 保修到期: cards to act on (调剂 before buying new; call the supplier before the warranty ends). */
export function CardListTab({ kind, schoolId, ready }: { kind: 'idle' | 'warranty'; schoolId: number | undefined; ready: boolean }) {
  const { can } = useSession();
  const [withinDays, setWithinDays] = useState(90);
  const fixed = kind === 'warranty' ? { schoolId, withinDays } : { schoolId };
  const table = useServerTable<ReportCard>(`/asset-reports/${kind}`, { fixed, enabled: ready });
  const title = kind === 'idle' ? '闲置资产' : '保修到期';
  const empty = kind === 'idle'
    ? '没有闲置的资产。卡片标为「闲置」后会出现在这里，便于在校内调剂使用。'
    : `今后 ${withinDays} 天内没有保修到期的资产（只统计填写了保修截止日期的卡片）。`;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        {kind === 'warranty' ? (
          <Select<number> aria-label="保修到期范围" value={withinDays} onChange={setWithinDays} style={{ width: 160 }}
            options={WITHIN.map((d) => ({ value: d, label: `${d} 天内到期` }))} />
        ) : null}
        <Typography.Text type="secondary">共 {table.total} 张卡片</Typography.Text>
        {can('asset', 'export') ? (
          <DownloadButton kind="xlsx" label="导出 Excel" path={`/asset-reports/${kind}.xlsx`} params={fixed} filename={`${title}.xlsx`} />
        ) : null}
      </Space>
      <Table<ReportCard>
        rowKey="id" size="small" scroll={{ x: 1100 }} locale={{ emptyText: empty }}
        dataSource={table.tableProps.dataSource} loading={table.tableProps.loading} pagination={table.tableProps.pagination}
        columns={[
          { title: '资产编号', dataIndex: 'code', width: 150, render: (v: string, r) => <Link to={`/assets/card/${r.id}`}>{v}</Link> },
          { title: '资产名称', dataIndex: 'name', width: 180 },
          { title: '分类', dataIndex: 'categoryName', width: 140 },
          { title: '规格型号', dataIndex: 'specModel', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '原值', dataIndex: 'originalValueFen', width: 120, align: 'right', render: (v: number) => money(v) },
          { title: '净值', dataIndex: 'netValueFen', width: 120, align: 'right', render: (v: number) => money(v) },
          ...(kind === 'warranty' ? [
            { title: '保修截止', dataIndex: 'warrantyUntil', width: 110 },
            {
              title: '剩余', dataIndex: 'warrantyDaysLeft', width: 90,
              render: (v: number | null) => (v === null ? '—' : <Tag color={v <= 30 ? 'red' : v <= 60 ? 'orange' : 'blue'}>{v === 0 ? '今天到期' : `${v} 天`}</Tag>),
            },
            { title: '供应商', dataIndex: 'supplier', width: 140, render: (v: string | null) => v ?? '—' },
          ] : [
            { title: '取得日期', dataIndex: 'acquiredOn', width: 110 },
          ]),
          { title: '存放地点', dataIndex: 'location', width: 180, render: (v: string) => v || '—' },
          { title: '使用人', dataIndex: 'custodianName', width: 90, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Space>
  );
}
