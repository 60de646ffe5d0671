import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { formatTime } from '../../lib/format-time';
import { useSession } from '../../lib/session';
import { type Filters, useServerTable } from '../../lib/use-server-table';
import { CreateMovementModal } from './CreateMovementModal';
import { MovementDrawer } from './MovementDrawer';
import { MovementSettingsModal } from './MovementSettingsModal';
import { type Movement, STATUS_COLORS } from './movements-api';

const TABS: { key: string; label: string; filter: Filters; approver?: boolean }[] = [
  { key: 'all', label: '全部', filter: {} },
  { key: 'transfer', label: '调拨', filter: { kind: 'transfer' } },
  { key: 'loan', label: '借用', filter: { kind: 'loan' } },
  { key: 'store_return', label: '退库', filter: { kind: 'store_return' } },
  { key: 'approve', label: '待我审批', filter: { todo: 'approve' }, approver: true },
  { key: 'receive', label: '待我确认', filter: { todo: 'receive' } },
  { key: 'overdue', label: '逾期未还', filter: { overdue: true } },
];

const STATUS_OPTIONS: Record<string, { text: string }> = {
  draft: { text: '草稿' }, submitted: { text: '待审批 / 待确认' }, approved: { text: '待接收 / 待借出' }, lent: { text: '借出中' },
  done: { text: '已完成' }, returned: { text: '已归还' }, rejected: { text: '已驳回' }, cancelled: { text: '已撤销' },
};

/** 调拨借用: every 调拨单, 借用单 and 退库单 the reader may see, with tabs for what waits for them. */
export function MovementsPage() {
  const { can } = useSession();
  const [search, setSearch] = useSearchParams();
  const [tab, setTab] = useState('all');
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState(false);
  const openId = search.get('open');
  const [detailId, setDetailId] = useState<number | null>(openId ? Number(openId) : null);
  const tabs = TABS.filter((t) => !t.approver || can('asset_movement', 'approve'));
  const table = useServerTable<Movement>('/asset-movements', { fixed: tabs.find((t) => t.key === tab)?.filter ?? {} });
  const close = () => { setDetailId(null); if (openId) setSearch({}, { replace: true }); };

  const columns: ProColumns<Movement>[] = [
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '单号、事由、资产编号或名称' } },
    { title: '单号', dataIndex: 'code', key: 'code', sorter: true, hideInSearch: true, width: 130,
      render: (_, m) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDetailId(m.id)}>{m.code}</Button> },
    { title: '类型', dataIndex: 'kindLabel', hideInSearch: true, width: 70 },
    { title: '状态', dataIndex: 'status', width: 120, valueType: 'select', valueEnum: STATUS_OPTIONS,
      render: (_, m) => <span><Tag color={STATUS_COLORS[m.status]}>{m.statusLabel}</Tag>{m.overdue ? <Tag color="red">逾期</Tag> : null}{m.extensionRequested ? <Tag color="orange">申请续借</Tag> : null}</span> },
    { title: '资产', dataIndex: 'assetSummary', hideInSearch: true, ellipsis: true, render: (_, m) => `${m.assetSummary}（${m.assetCount} 件）` },
    { title: '接收 / 借用', dataIndex: 'toText', hideInSearch: true, ellipsis: true, render: (_, m) => m.toText || '—' },
    { title: '申请人', dataIndex: 'requesterName', hideInSearch: true, width: 90 },
    { title: '归还期限', dataIndex: 'dueDate', key: 'dueDate', sorter: true, hideInSearch: true, width: 110,
      render: (_, m) => (m.dueDate ? <span style={m.overdue ? { color: '#cf1322' } : undefined}>{m.dueDate}</span> : '—') },
    { title: '填单时间', dataIndex: 'createdAt', key: 'createdAt', sorter: true, hideInSearch: true, width: 150, render: (_, m) => formatTime(m.createdAt) },
  ];

  return (
    <PageContainer title="调拨借用" content="资产调拨、借用归还和退库：审批后由接收人确认收到，确认时才变更资产的使用人和存放地点。">
      <ProTable<Movement>
        rowKey="id" columns={columns} {...table.tableProps}
        search={{ labelWidth: 'auto', defaultCollapsed: true }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: false }}
        onRow={(m) => ({ onDoubleClick: () => setDetailId(m.id) })}
        toolbar={{ menu: { type: 'tab', activeKey: tab, items: tabs.map((t) => ({ key: t.key, label: t.label })), onChange: (k) => setTab(String(k)) } }}
        toolBarRender={() => [
          can('asset_settings', 'update') ? <Button key="settings" icon={<SettingOutlined />} onClick={() => setSettings(true)}>设置</Button> : null,
          can('asset_movement', 'export') ? <ExportButton key="export" path="/asset-movements/export.xlsx" filters={table.filters} filename="调拨借用记录.xlsx" /> : null,
          can('asset_movement', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建单据</Button> : null,
        ]}
        locale={{ emptyText: table.query.isError ? <Empty description={`加载失败：${table.query.error.message}`} />
          : tab === 'approve' ? <Empty description="没有等您审批的单据。" />
          : tab === 'receive' ? <Empty description="没有等您确认接收的资产。" />
          : tab === 'overdue' ? <Empty description="没有逾期未还的借用。" />
          : <Empty description={can('asset_movement', 'create') ? '还没有调拨、借用或退库单。点击“新建单据”，选择资产和接收人即可发起。' : '没有与您有关的调拨、借用单。'} /> }}
      />
      {creating ? <CreateMovementModal open onClose={() => setCreating(false)} onCreated={(d) => setDetailId(d.movement.id)} /> : null}
      <MovementSettingsModal open={settings} onClose={() => setSettings(false)} />
      <MovementDrawer id={detailId} onClose={close} />
    </PageContainer>
  );
}
