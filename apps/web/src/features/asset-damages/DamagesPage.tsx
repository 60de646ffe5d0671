import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { money } from '../../lib/money';
import { useSession } from '../../lib/session';
import { type Filters, useServerTable } from '../../lib/use-server-table';
import { DamageDrawer } from './DamageDrawer';
import { CAUSE_OPTIONS, DAMAGE_STATUS_COLORS, type Damage } from './damages-api';
import { RecordDamageModal } from './RecordDamageModal';

const TABS: { key: string; label: string; fixed: Filters }[] = [
  { key: 'all', label: '全部', fixed: {} },
  { key: 'proposed', label: '待审批', fixed: { status: 'proposed' } },
  { key: 'approved', label: '待缴费', fixed: { status: 'approved' } },
  { key: 'paid', label: '已缴费', fixed: { status: 'paid' } },
  { key: 'waived', label: '已免赔', fixed: { status: 'waived' } },
];

/** 损坏赔偿: record who damaged which card, propose an amount from its net value, approve or waive, record the payment. */
export function DamagesPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState('all');
  const [creating, setCreating] = useState(false);
  const detailId = params.get('id') ? Number(params.get('id')) : null;
  const setDetailId = (id: number | null) => setParams(id === null ? {} : { id: String(id) });
  const table = useServerTable<Damage>('/asset-damages', { fixed: TABS.find((t) => t.key === tab)?.fixed ?? {} });
  const columns: ProColumns<Damage>[] = [
    { title: '编号', dataIndex: 'id', width: 70, search: false },
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '资产编号、名称或责任人' } },
    { title: '原因', dataIndex: 'cause', hideInTable: true, valueType: 'select', fieldProps: { options: CAUSE_OPTIONS } },
    { title: '资产', dataIndex: 'assetName', search: false, render: (_, d) => <a onClick={() => setDetailId(d.id)}>{d.assetCode} {d.assetName}</a> },
    { title: '损坏日期', dataIndex: 'occurredOn', width: 110, search: false },
    { title: '原因', dataIndex: 'causeLabel', width: 90, search: false },
    { title: '责任人', dataIndex: 'partyText', search: false },
    { title: '建议 / 核定金额', search: false, align: 'right', render: (_, d) => (d.approvedFen !== null ? money(d.approvedFen) : d.proposedFen !== null ? money(d.proposedFen) : '—') },
    { title: '状态', dataIndex: 'statusLabel', width: 90, search: false, render: (_, d) => <Tag color={DAMAGE_STATUS_COLORS[d.status]}>{d.statusLabel}</Tag> },
    { title: '操作', valueType: 'option', width: 80, render: (_, d) => [<a key="open" onClick={() => setDetailId(d.id)}>{['propose', 'approve', 'waive', 'pay'].some((k) => d.abilities[k as keyof Damage['abilities']]) ? '办理' : '查看'}</a>] },
  ];
  return (
    <PageContainer title="损坏赔偿" content="谁损坏谁赔偿：登记损坏后，系统按资产净值（或维修费用）和原因比例提出赔偿建议，由校长或财务批准或免赔，再登记缴费。">
      <ProTable<Damage> rowKey="id" columns={columns} {...table.tableProps}
        search={{ labelWidth: 'auto', defaultCollapsed: true }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: false }}
        onRow={(d) => ({ onDoubleClick: () => setDetailId(d.id) })}
        toolbar={{ menu: { type: 'tab', activeKey: tab, items: TABS.map((t) => ({ key: t.key, label: t.label })), onChange: (k) => setTab(String(k)) } }}
        toolBarRender={() => [
          can('asset_damage', 'export') ? <ExportButton key="export" path="/asset-damages/export.xlsx" filters={table.filters} filename="损坏赔偿.xlsx" /> : null,
          can('asset_damage', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记损坏</Button> : null,
        ]}
        locale={{ emptyText: <Empty description={table.query.isError ? `加载失败：${table.query.error.message}` : '没有损坏记录。资产损坏时点“登记损坏”，或在资产卡片上点“报损坏”。'} /> }} />
      <RecordDamageModal open={creating} onClose={() => setCreating(false)} onCreated={(d) => setDetailId(d.damage.id)} />
      <DamageDrawer id={detailId} onClose={() => setDetailId(null)} />
    </PageContainer>
  );
}
