import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { freshCopy } from '../../lib/fresh';
import { useSession } from '../../lib/session';
import { ExportButton } from '../../components/ExportButton';
import { useServerTable } from '../../lib/use-server-table';
import { useBuildings } from '../org/org-api';
import { enumFromLabels, enumOf } from './options';
import { type RepairRequest, REQUEST_STATUS, URGENCY, useCategories } from './repairs-api';
import { type RequestAction, RequestActions } from './RequestActions';
import { RequestDrawer } from './RequestDrawer';
import { SlaText } from './SlaText';
import { type WorkOrderAction, WorkOrderActions } from './WorkOrderActions';
import { WorkOrderDrawer } from './WorkOrderDrawer';

/** 报修单: what people reported, newest first; triage the new ones here. */
export function RequestsPage() {
  const { can } = useSession();
  const table = useServerTable<RepairRequest>('/repair-requests', { defaultSort: '-reportedAt' });
  const categories = useCategories();
  const buildings = useBuildings();
  const [action, setAction] = useState<RequestAction>(null);
  const [woAction, setWoAction] = useState<WorkOrderAction>(null);
  const params = useParams();
  const navigate = useNavigate();
  const [detailId, setDetailId] = useState<number | null>(params.id ? Number(params.id) : null);
  // Opened from a notification link: closing returns to the plain list URL.
  const closeDetail = () => { setDetailId(null); if (params.id) void navigate('/repairs/requests', { replace: true }); };
  const [workOrderId, setWorkOrderId] = useState<number | null>(null);
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');
  const fresh: RequestAction = action && { ...action, request: freshCopy(action.request, table.items) ?? action.request };
  const triage = can('work_order', 'dispatch');

  const columns: ProColumns<RepairRequest>[] = [
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '单号、描述或报修人' } },
    {
      title: '报修单号', dataIndex: 'code', hideInSearch: true, width: 110, fixed: 'left',
      render: (_, r) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDetailId(r.id)}>{r.code}</Button>,
    },
    {
      title: '状态', dataIndex: 'status', width: 130, valueType: 'select', valueEnum: enumFromLabels(REQUEST_STATUS),
      render: (_, r) => <Space size={2}><Tag color={REQUEST_STATUS[r.status]?.color}>{r.status === 'converted' ? r.progressLabel : r.statusLabel}</Tag>{r.isRepeat ? <Tag color="magenta">重复</Tag> : null}</Space>,
    },
    { title: '紧急程度', dataIndex: 'urgency', width: 90, valueType: 'select', valueEnum: enumFromLabels(URGENCY), render: (_, r) => <Tag color={URGENCY[r.urgency]?.color}>{r.urgencyLabel}</Tag> },
    { title: '位置', key: 'place', hideInSearch: true, width: 200, ellipsis: true, render: (_, r) => r.location ?? r.locationText ?? '—' },
    { title: '分类', dataIndex: 'categoryId', width: 100, valueType: 'select', valueEnum: enumOf(categories.data, (c) => c.id, (c) => c.name), render: (_, r) => r.categoryName },
    { title: '问题', dataIndex: 'description', hideInSearch: true, width: 220, ellipsis: true },
    {
      title: '工单', key: 'workOrder', hideInSearch: true, width: 150,
      render: (_, r) => r.workOrder ? <a onClick={() => setWorkOrderId(r.workOrder!.id)}>{r.workOrder.code} · {r.workOrder.assigneeName ?? r.workOrder.teamName ?? r.workOrder.contractorName ?? '待派'}</a> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: '时限', key: 'resolveDueAt', hideInSearch: true, sorter: true, width: 140, render: (_, r) => <SlaText sla={r.sla} /> },
    { title: '楼宇', dataIndex: 'buildingId', hideInTable: true, valueType: 'select', valueEnum: enumOf(buildings.data, (b) => b.id, (b) => b.name) },
    { title: '只看未结束', dataIndex: 'open', hideInTable: true, valueType: 'select', valueEnum: { true: { text: '处理中' }, false: { text: '已结束' } } },
    { title: '报修人', dataIndex: 'requesterName', hideInSearch: true, width: 90 },
    { title: '报修时间', dataIndex: 'reportedAt', key: 'reportedAt', hideInSearch: true, sorter: true, defaultSortOrder: 'descend', width: 130, render: (_, r) => dayjs(r.reportedAt).format('MM-DD HH:mm') },
    {
      title: '操作', valueType: 'option', width: 160, fixed: 'right',
      render: (_, r) => [
        r.abilities.convert ? <a key="convert" onClick={() => setAction({ kind: 'convert', request: r })}>受理转工单</a> : null,
        r.abilities.merge ? <a key="merge" onClick={() => setAction({ kind: 'merge', request: r })}>合并</a> : null,
        r.abilities.decline ? <a key="decline" style={{ color: '#ff4d4f' }} onClick={() => setAction({ kind: 'decline', request: r })}>驳回</a> : null,
      ],
    },
  ];

  return (
    <PageContainer title="报修单">
      <ProTable<RepairRequest>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        search={{ labelWidth: 'auto', defaultCollapsed: true, span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 6, xxl: 6 } }}
        scroll={{ x: 1400 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: true }}
        toolBarRender={() => [can('repair', 'export') ? <ExportButton key="export" path="/repair-requests/export.xlsx" filters={table.filters} filename="报修单.xlsx" /> : null]}
        locale={{
          emptyText: table.query.isError ? <Empty description={`报修单加载失败：${table.query.error.message}`} />
            : anyFilter ? <Empty description="没有符合条件的报修单：换个筛选条件试试。" />
            : <Empty description={triage ? '还没有报修。老师扫房间门口的二维码或在手机“报修”里提交后，会出现在这里等待受理。' : '你还没有报修过。在手机上扫房间二维码即可报修。'} />,
        }}
      />
      <RequestActions action={fresh} onClose={() => setAction(null)} />
      <RequestDrawer id={detailId} onClose={closeDetail} onAction={setAction} onOpenWorkOrder={setWorkOrderId} />
      <WorkOrderDrawer id={workOrderId} onClose={() => setWorkOrderId(null)} onAction={setWoAction} />
      <WorkOrderActions action={woAction} onClose={() => setWoAction(null)} onDone={() => setWoAction(null)} />
    </PageContainer>
  );
}
