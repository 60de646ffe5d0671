import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Empty, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { dateRangeFilters } from '../../lib/date-range-filters';
import { useSession } from '../../lib/session';
import { useServerTable } from '../../lib/use-server-table';
import { enumOf } from '../repairs/options';
import { type ChecklistResultSummary, useChecklistTemplates } from './checklist-results-api';
import { ChecklistResultDrawer } from './ChecklistResultDrawer';

const OUTCOMES = { pass: { text: '合格', status: 'Success' }, fail: { text: '不合格', status: 'Error' } } as const;

/** 检查记录台账: every submitted maintenance or inspection checklist, for the head and for inspectors. */
export function ChecklistResultsPage() {
  const { can } = useSession();
  const table = useServerTable<ChecklistResultSummary>('/checklist-results', { defaultSort: '-recordedAt', mapFilters: dateRangeFilters, fixed: { status: 'submitted' } });
  const templates = useChecklistTemplates();
  const [openId, setOpenId] = useState<number | null>(null);
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && k !== 'status' && v !== undefined && v !== '');

  const columns: ProColumns<ChecklistResultSummary>[] = [
    { title: '检查表', dataIndex: 'templateId', width: 180, valueType: 'select', valueEnum: enumOf(templates.data?.items, (t) => t.id, (t) => t.name),
      render: (_, r) => <a onClick={() => setOpenId(r.id)}>{r.templateName}</a> },
    { title: '检查对象', key: 'owner', hideInSearch: true, width: 200, ellipsis: true, render: (_, r) => `${r.ownerTypeLabel}：${r.ownerName ?? `#${r.ownerId}`}` },
    { title: '结论', dataIndex: 'outcome', width: 90, valueType: 'select', valueEnum: OUTCOMES,
      render: (_, r) => r.outcome ? <Tag color={r.outcome === 'pass' ? 'green' : 'red'}>{r.outcomeLabel}</Tag> : '—' },
    { title: '不合格项', key: 'failed', hideInSearch: true, width: 260, ellipsis: true,
      render: (_, r) => r.failedCount ? <Typography.Text type="danger">{r.failedLabels.join('、')}</Typography.Text> : <Typography.Text type="secondary">无</Typography.Text> },
    { title: '检查人', dataIndex: 'submittedByName', hideInSearch: true, width: 100 },
    { title: '检查时间', dataIndex: 'submittedAt', key: 'recordedAt', hideInSearch: true, sorter: true, defaultSortOrder: 'descend', width: 140,
      render: (_, r) => r.submittedAt ? dayjs(r.submittedAt).format('YYYY-MM-DD HH:mm') : '—' },
    { title: '更正', key: 'correction', hideInSearch: true, width: 110,
      render: (_, r) => r.correctedByResultId ? <Tag>已被更正</Tag> : r.correctsResultId ? <Tag color="blue">更正记录</Tag> : null },
    { title: '日期', dataIndex: 'range', valueType: 'dateRange', hideInTable: true },
    { title: '只看有效记录', dataIndex: 'current', hideInTable: true, valueType: 'select', valueEnum: { true: { text: '是（不含被更正的）' } } },
  ];

  return (
    <PageContainer title="检查记录" content="保养和检查表提交后的记录，可按检查表、结论和日期筛选并导出台账（记录与明细两张表）。">
      <ProTable<ChecklistResultSummary>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        search={{ labelWidth: 'auto', span: { xs: 24, sm: 12, md: 8, lg: 8, xl: 6, xxl: 6 } }}
        scroll={{ x: 1100 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: false }}
        toolBarRender={() => [can('checklist', 'export')
          ? <ExportButton key="export" path="/checklist-results/export.xlsx" filters={table.filters} filename="检查记录台账.xlsx" /> : null]}
        locale={{
          emptyText: table.query.isError ? <Empty description={`检查记录加载失败：${table.query.error.message}`} />
            : anyFilter ? <Empty description="没有符合条件的检查记录：换个筛选条件试试。" />
            : <Empty description="还没有提交的检查记录。维修工在手机上完成保养工单的检查表后，记录会出现在这里。" />,
        }}
      />
      <ChecklistResultDrawer id={openId} onClose={() => setOpenId(null)} />
    </PageContainer>
  );
}
