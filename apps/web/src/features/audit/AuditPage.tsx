import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Empty, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { AuditChanges } from '../../components/AuditChanges';
import type { AuditEntry } from '../../components/audit-types';
import { ExportButton } from '../../components/ExportButton';
import { UserSelect } from '../../components/RemoteSelect';
import { get } from '../../lib/api';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { dateRangeFilters } from '../../lib/date-range-filters';
import { useServerTable } from '../../lib/use-server-table';

interface Vocabulary { entities: { key: string; label: string }[]; actions: { key: string; label: string }[] }
const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', login_failed: 'orange' };

export function AuditPage() {
  const { can } = useSession();
  const table = useServerTable<AuditEntry>('/audit', { mapFilters: dateRangeFilters });
  const vocabulary = useQuery({ queryKey: ['/audit/vocabulary'], queryFn: () => get<Vocabulary>('/audit/vocabulary'), staleTime: Infinity });
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');

  const columns: ProColumns<AuditEntry>[] = [
    { title: '时间', dataIndex: 'at', hideInSearch: true, width: 170, render: (_, e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss') },
    { title: '日期', dataIndex: 'range', valueType: 'dateRange', hideInTable: true },
    { title: '操作人', dataIndex: 'actorId', width: 120, renderFormItem: () => <UserSelect params={{ active: undefined }} />, render: (_, e) => e.actorName },
    {
      title: '对象', dataIndex: 'entity', width: 160, valueType: 'select',
      fieldProps: { options: (vocabulary.data?.entities ?? []).map((o) => ({ value: o.key, label: o.label })), showSearch: true },
      render: (_, e) => <span>{e.entityLabel}<Typography.Text type="secondary"> #{e.entityId}</Typography.Text></span>,
    },
    {
      title: '操作', dataIndex: 'action', width: 120, valueType: 'select',
      fieldProps: { options: (vocabulary.data?.actions ?? []).map((o) => ({ value: o.key, label: o.label })), showSearch: true },
      render: (_, e) => <Tag color={ACTION_COLORS[e.action]}>{e.actionLabel}</Tag>,
    },
    {
      title: '改动', key: 'changes', hideInSearch: true, ellipsis: true,
      render: (_, e) => e.changes.length ? e.changes.map((c) => c.fieldLabel || c.field).join('、') : <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: 'IP', dataIndex: 'ip', hideInSearch: true, width: 130 },
  ];

  return (
    <PageContainer title={t('变更记录')} content="系统里每一次新建、修改、删除和登录都记录在这里：谁、什么时候、改了什么。记录不能修改或删除。">
      <ProTable<AuditEntry>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        search={{ labelWidth: 'auto', span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 6, xxl: 6 } }}
        scroll={{ x: 1000 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: true }}
        expandable={{ expandedRowRender: (e) => <AuditChanges changes={e.changes} />, rowExpandable: (e) => e.changes.length > 0 }}
        toolBarRender={() => [can('audit', 'export') ? <ExportButton key="export" path="/audit/export.xlsx" filters={table.filters} filename="变更记录.xlsx" /> : null]}
        locale={{
          emptyText: table.query.isError ? <Empty description={`变更记录加载失败：${table.query.error.message}`} />
            : anyFilter ? <Empty description="这段时间没有符合条件的记录，换个日期或清空筛选试试。" />
            : <Empty description="还没有变更记录。" />,
        }}
      />
    </PageContainer>
  );
}
