import { Segmented, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { money } from '../../lib/money';
import { useServerTable } from '../../lib/use-server-table';
import type { HolderKind, HolderRow } from './asset-reports-api';

const KINDS: { value: HolderKind; label: string }[] = [
  { value: 'person', label: '按使用人' }, { value: 'room', label: '按存放地点' }, { value: 'department', label: '按使用部门' },
];
const COLUMN_TITLE: Record<HolderKind, string> = { person: '使用人', room: '存放地点', department: '使用部门' };
const DETAIL_TITLE: Record<HolderKind, string> = { person: '所在部门', room: '楼宇楼层', department: '' };

/** 按保管人: who or which room holds how much, each opening its 财产责任清单 to print and sign. */
export function HolderTab({ schoolId, ready }: { schoolId: number | undefined; ready: boolean }) {
  const [kind, setKind] = useState<HolderKind>('person');
  const table = useServerTable<HolderRow>('/asset-reports/by-holder', { fixed: { schoolId, kind }, defaultSort: '-originalValueFen', enabled: ready });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Segmented<HolderKind> options={KINDS} value={kind} onChange={setKind} />
      <Table<HolderRow>
        rowKey={(r) => String(r.holderId ?? 'none')} size="small" scroll={{ x: 720 }}
        locale={{ emptyText: '还没有在账的资产卡片。' }}
        dataSource={table.tableProps.dataSource} loading={table.tableProps.loading} pagination={table.tableProps.pagination}
        onChange={table.tableProps.onChange}
        columns={[
          {
            title: COLUMN_TITLE[kind], key: 'name', dataIndex: 'name', sorter: true, width: 200,
            render: (v: string, r) => (r.link ? <Link to={r.link}>{v}</Link> : v),
          },
          ...(kind === 'department' ? [] : [{ title: DETAIL_TITLE[kind], dataIndex: 'detail', key: 'detail', width: 160, render: (v: string | null) => v ?? '—' }]),
          { title: '卡片数', dataIndex: 'cards', key: 'cards', align: 'right', sorter: true, width: 100 },
          { title: '原值', dataIndex: 'originalValueFen', key: 'originalValueFen', align: 'right', sorter: true, defaultSortOrder: 'descend', width: 140, render: (v: number) => money(v) },
          { title: '净值', dataIndex: 'netValueFen', key: 'netValueFen', align: 'right', width: 140, render: (v: number) => money(v) },
          { title: '', key: 'open', width: 110, render: (_, r) => (r.link ? <Link to={r.link}>责任清单</Link> : null) },
        ]}
      />
    </Space>
  );
}
