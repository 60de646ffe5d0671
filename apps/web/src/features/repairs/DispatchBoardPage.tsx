import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Empty, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { freshCopy } from '../../lib/fresh';
import { ExportButton } from '../../components/ExportButton';
import { useSession } from '../../lib/session';
import { useServerTable } from '../../lib/use-server-table';
import { useBuildings } from '../org/org-api';
import { enumFromLabels, enumOf } from './options';
import { AssigneeText } from './AssigneeText';
import { URGENCY, useCategories, useTechnicians, WORK_ORDER_STATUS, type WorkOrder } from './repairs-api';
import { SlaText } from './SlaText';
import { type WorkOrderAction, WorkOrderActions } from './WorkOrderActions';
import { WorkOrderDrawer } from './WorkOrderDrawer';
import { money } from '../../lib/money';

const STATES = { open: { text: '未完成' }, completed: { text: '待验收' }, closed: { text: '已结束' }, all: { text: '全部' } };

/** 派单台: open work first, most urgent deadline on top; dispatch one by one or in a batch. */
export function DispatchBoardPage() {
  const table = useServerTable<WorkOrder>('/work-orders', { defaultSort: 'resolveDueAt' });
  const { can } = useSession();
  const categories = useCategories();
  const buildings = useBuildings();
  const techs = useTechnicians();
  const [selected, setSelected] = useState<WorkOrder[]>([]);
  const [action, setAction] = useState<WorkOrderAction>(null);
  const params = useParams();
  const navigate = useNavigate();
  const [detailId, setDetailId] = useState<number | null>(params.id ? Number(params.id) : null);
  // Opened from a notification link: closing returns to the plain list URL.
  const closeDetail = () => { setDetailId(null); if (params.id) void navigate('/repairs/board', { replace: true }); };
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');
  // After a 409 the list refetches; the dialog then carries the current versions.
  // A batch drops the rows that can no longer be dispatched (the server said which one and why).
  const fresh = (a: WorkOrderAction): WorkOrderAction => {
    if (!a) return null;
    const orders = a.orders.map((o) => freshCopy(o, table.items) ?? o);
    if (a.kind !== 'assign') return { ...a, orders } as WorkOrderAction;
    const still = orders.filter((o) => o.abilities.assign);
    return still.length > 0 ? { kind: 'assign', orders: still } : null;
  };
  const assignable = selected.map((o) => freshCopy(o, table.items) ?? o).filter((o) => o.abilities.assign);

  const columns: ProColumns<WorkOrder>[] = [
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '单号、描述或报修人' } },
    { title: '范围', dataIndex: 'state', hideInTable: true, valueType: 'select', valueEnum: STATES, initialValue: 'open', fieldProps: { allowClear: false } },
    {
      title: '工单号', dataIndex: 'code', hideInSearch: true, width: 110, fixed: 'left',
      render: (_, r) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDetailId(r.id)}>{r.code}</Button>,
    },
    { title: '时限', key: 'resolveDueAt', hideInSearch: true, sorter: true, defaultSortOrder: 'ascend', width: 140, render: (_, r) => <SlaText sla={r.sla} /> },
    {
      title: '状态', dataIndex: 'status', width: 100, valueType: 'select', valueEnum: enumFromLabels(WORK_ORDER_STATUS),
      render: (_, r) => <Space size={2}><Tag color={WORK_ORDER_STATUS[r.status]?.color}>{r.statusLabel}</Tag>{r.isRepeat ? <Tag color="magenta">重复</Tag> : null}{r.source === 'maintenance' ? <Tag color="green">保养</Tag> : null}</Space>,
    },
    {
      title: '维修人', dataIndex: 'assigneeId', width: 170, valueType: 'select', valueEnum: enumOf(techs.data, (t) => t.id, (t) => t.name),
      render: (_, r) => <AssigneeText order={r} />,
    },
    {
      title: '报价', key: 'quoteFen', hideInSearch: true, width: 90, align: 'right',
      render: (_, r) => (r.quoteFen !== null ? money(r.quoteFen) : r.contractorName ? '未报价' : '—'),
    },
    {
      title: '紧急程度', dataIndex: 'urgency', width: 90, valueType: 'select', valueEnum: enumFromLabels(URGENCY),
      render: (_, r) => <Tag color={URGENCY[r.urgency]?.color}>{r.urgencyLabel}</Tag>,
    },
    {
      title: '位置', key: 'place', hideInSearch: true, width: 180, ellipsis: true,
      render: (_, r) => r.location ?? r.locationText ?? [r.buildingName, r.roomName].filter(Boolean).join(' · '),
    },
    { title: '分类', dataIndex: 'categoryId', width: 100, valueType: 'select', valueEnum: enumOf(categories.data, (c) => c.id, (c) => c.name), render: (_, r) => r.categoryName },
    { title: '问题', dataIndex: 'description', hideInSearch: true, width: 180, ellipsis: true },
    { title: '楼宇', dataIndex: 'buildingId', hideInTable: true, valueType: 'select', valueEnum: enumOf(buildings.data, (b) => b.id, (b) => b.name) },
    { title: '只看超时', dataIndex: 'overdue', hideInTable: true, valueType: 'select', valueEnum: { true: { text: '已超时' } } },
    { title: '报修时间', dataIndex: 'reportedAt', key: 'reportedAt', hideInSearch: true, sorter: true, width: 130, render: (_, r) => dayjs(r.reportedAt).format('MM-DD HH:mm') },
    {
      title: '操作', valueType: 'option', width: 160, fixed: 'right',
      render: (_, r) => [
        r.abilities.assign ? <a key="assign" onClick={() => setAction({ kind: 'assign', orders: [r] })}>派单</a> : null,
        r.abilities.reassign ? <a key="reassign" onClick={() => setAction({ kind: 'reassign', orders: [r] })}>转单</a> : null,
        r.abilities.outsource && !r.contractorId ? <a key="outsource" onClick={() => setAction({ kind: 'outsource', orders: [r] })}>委外</a> : null,
        r.abilities.cancel ? <a key="cancel" style={{ color: '#ff4d4f' }} onClick={() => setAction({ kind: 'cancel', orders: [r] })}>取消</a> : null,
      ],
    },
  ];

  return (
    <PageContainer title="派单台">
      <ProTable<WorkOrder>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        search={{ labelWidth: 'auto', defaultCollapsed: true, span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 6, xxl: 6 } }}
        scroll={{ x: 1400 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: true }}
        toolBarRender={() => [can('work_order', 'export') ? <ExportButton key="export" path="/work-orders/export.xlsx" filters={table.filters} filename="维修工单.xlsx" /> : null]}
        rowSelection={{
          selectedRowKeys: selected.map((o) => o.id),
          onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
          getCheckboxProps: (r) => ({ disabled: !r.abilities.assign }),
        }}
        tableAlertOptionRender={() => (
          <Space>
            <Button size="small" type="primary" disabled={assignable.length === 0} onClick={() => setAction({ kind: 'assign', orders: assignable })}>批量派单（{assignable.length}）</Button>
            <Button size="small" onClick={() => setSelected([])}>取消选择</Button>
          </Space>
        )}
        locale={{
          emptyText: table.query.isError ? <Empty description={`工单加载失败：${table.query.error.message}`} />
            : anyFilter ? <Empty description="没有符合条件的工单：换个筛选条件，或把“范围”改为“全部”。" />
            : <Empty description="没有待处理的工单。老师扫房间二维码或在手机上报修后，受理的报修会出现在这里等待派单。" />,
        }}
      />
      <WorkOrderActions action={fresh(action)} onClose={() => setAction(null)} onDone={() => { setAction(null); setSelected([]); }} />
      <WorkOrderDrawer id={detailId} onClose={closeDetail} onAction={setAction} />
    </PageContainer>
  );
}
