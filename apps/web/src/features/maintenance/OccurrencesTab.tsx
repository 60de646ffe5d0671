import { Button, DatePicker, Empty, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Occurrence, useOccurrences } from './maintenance-api';

const STATUS_COLORS: Record<string, string> = { planned: 'default', open: 'processing', completed: 'success', cancelled: 'error' };

/** 保养日历: one month of generated and upcoming maintenance jobs, with links to their work orders. */
export function OccurrencesTab() {
  const [month, setMonth] = useState(dayjs().startOf('month'));
  const from = month.format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const query = useOccurrences(from, to);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => setMonth(month.subtract(1, 'month'))}>上个月</Button>
        <DatePicker picker="month" value={month} allowClear={false} onChange={(d) => d && setMonth(d.startOf('month'))} />
        <Button onClick={() => setMonth(month.add(1, 'month'))}>下个月</Button>
      </Space>
      <Table<Occurrence>
        rowKey={(o) => `${o.id ?? 'p'}-${o.planId}-${o.dueDate}-${o.targetName}`}
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 860 }}
        locale={{ emptyText: <Empty description="这个月没有保养任务。新建或启用保养计划后，到期的任务会显示在这里" /> }}
        columns={[
          { title: '应完成', dataIndex: 'dueDate', width: 110 },
          { title: '计划', dataIndex: 'planName', ellipsis: true },
          { title: '对象', dataIndex: 'targetName', ellipsis: true },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (_, o) => <Tag color={STATUS_COLORS[o.status]}>{o.statusLabel}</Tag> },
          { title: '工单', width: 160, render: (_, o) => (o.workOrderId ? <Link to={`/repairs/work-orders/${o.workOrderId}`}>{o.workOrderCode} {o.workOrderStatusLabel}</Link> : `${o.visibleFrom} 生成`) },
          { title: '负责人', width: 100, render: (_, o) => o.assigneeName ?? o.teamName ?? '待派单' },
          { title: '节假日调整', dataIndex: 'note', ellipsis: true, render: (n: string | null) => n ?? '' },
        ]}
      />
    </Space>
  );
}
