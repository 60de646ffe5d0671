import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Empty, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { formatTime } from '../../lib/format-time';
import { money } from '../../lib/money';
import { useSession } from '../../lib/session';
import { type Filters, useServerTable } from '../../lib/use-server-table';
import { CreateDisposalModal } from './CreateDisposalModal';
import { DisposalDrawer } from './DisposalDrawer';
import { DisposalSettingsTab } from './DisposalSettingsTab';
import { CONDITION_OPTIONS, type Disposal, STATUS_COLORS } from './disposals-api';

const LIST_TABS: { key: string; label: string; fixed: Filters }[] = [
  { key: 'todo', label: '待我审批', fixed: { actionable: true } },
  { key: 'open', label: '审批中', fixed: { status: 'in_approval' } },
  { key: 'approved', label: '待处置', fixed: { status: 'approved' } },
  { key: 'completed', label: '已处置', fixed: { status: 'completed' } },
  { key: 'all', label: '全部', fixed: {} },
];

/** 报废报损: requests, the approval chain, completion; a bureau account sees its district's requests with a school column. */
export function DisposalsPage() {
  const { me, can } = useSession();
  const bureau = me.schoolId === null;
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState(bureau ? 'todo' : 'all');
  const [view, setView] = useState('list');
  const [creating, setCreating] = useState(false);
  const detailId = params.get('id') ? Number(params.get('id')) : null;
  const setDetailId = (id: number | null) => setParams(id === null ? {} : { id: String(id) });
  const fixed = LIST_TABS.find((t) => t.key === tab)?.fixed ?? {};
  const table = useServerTable<Disposal>('/asset-disposals', { fixed });
  const columns: ProColumns<Disposal>[] = [
    { title: '编号', dataIndex: 'id', width: 70, search: false },
    ...(bureau ? [{ title: '学校', dataIndex: 'schoolName', search: false } as ProColumns<Disposal>] : []),
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '资产编号、名称或理由' } },
    { title: '类型', dataIndex: 'kindLabel', width: 70, search: false },
    { title: '资产', dataIndex: 'summary', search: false, render: (_, d) => <a onClick={() => setDetailId(d.id)}>{d.summary}</a> },
    { title: '情形', dataIndex: 'legalConditionLabel', search: false, ellipsis: true, width: 220 },
    { title: '原值合计', dataIndex: 'totalOriginalFen', search: false, align: 'right', render: (_, d) => money(d.totalOriginalFen) },
    { title: '状态', dataIndex: 'statusLabel', search: false, width: 130, render: (_, d) => <span><Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag>{d.currentStepLabel ? <div style={{ fontSize: 12, color: '#666' }}>{d.currentStepLabel}</div> : null}</span> },
    { title: '申请', dataIndex: 'createdAt', search: false, width: 150, render: (_, d) => <span>{d.createdByName ?? ''}<div style={{ fontSize: 12, color: '#666' }}>{formatTime(d.createdAt)}</div></span> },
    { title: '操作', valueType: 'option', width: 90, render: (_, d) => [<a key="open" onClick={() => setDetailId(d.id)}>{d.abilities.act ? '审批' : '查看'}</a>] },
  ];
  const emptyText = table.query.isError ? `加载失败：${table.query.error.message}`
    : tab === 'todo' ? '没有等您办理的报废申请。' : tab === 'completed' ? '还没有处置完成的资产。' : '还没有报废申请。在资产卡片上点“申请报废”，或点右上角“申请报废”。';
  const list = (
    <ProTable<Disposal> rowKey="id" columns={columns} {...table.tableProps}
      search={{ labelWidth: 'auto', defaultCollapsed: true }}
      options={{ reload: () => void table.query.refetch(), density: false, setting: false }}
      onRow={(d) => ({ onDoubleClick: () => setDetailId(d.id) })}
      toolbar={{ menu: { type: 'tab', activeKey: tab, items: LIST_TABS.map((t) => ({ key: t.key, label: t.label })), onChange: (k) => setTab(String(k)) } }}
      toolBarRender={() => [
        can('asset_disposal', 'export') ? <ExportButton key="export" path="/asset-disposals/export.xlsx" filters={table.filters} filename="报废报损申请.xlsx" /> : null,
        can('asset_disposal', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>申请报废</Button> : null,
      ]}
      locale={{ emptyText: <Empty description={emptyText} /> }} />
  );
  return (
    <PageContainer title="报废报损" content={`报废、报损须属于《行政事业性国有资产管理条例》第二十一条的情形之一：${CONDITION_OPTIONS.map((c) => c.label.slice(0, 3)).join('')}；经资产管理员审核、集体决策，按金额报校长、主管部门和财政部门审批后处置销账。`}>
      {bureau ? list : (
        <Tabs activeKey={view} onChange={setView} items={[
          { key: 'list', label: '报废申请', children: list },
          { key: 'settings', label: '审批与赔偿设置', children: <DisposalSettingsTab /> },
        ]} />
      )}
      <CreateDisposalModal open={creating} onClose={() => setCreating(false)} onCreated={(d) => setDetailId(d.disposal.id)} />
      <DisposalDrawer id={detailId} onClose={() => setDetailId(null)} />
    </PageContainer>
  );
}
