import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table, Tag } from 'antd';
import type { Page } from '@houqin/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { get, qs } from '../../../lib/api';
import { WORK_ORDER_STATUS, type WorkOrder } from '../repairs-api';
import { SlaText } from '../SlaText';

type Show = 'overdue' | 'open';

/** 未完工与超时: the most urgent deadlines first, each a link to the work order over the dispatch board. */
export function OpenWorkTable({ overdue, open, schoolId }: { overdue: number; open: number; schoolId?: number | undefined }) {
  const [show, setShow] = useState<Show>(overdue > 0 ? 'overdue' : 'open');
  const list = useQuery({
    queryKey: ['/work-orders', 'dashboard', show, schoolId],
    queryFn: () => get<Page<WorkOrder>>(`/work-orders${qs({ state: 'open', overdue: show === 'overdue' ? true : undefined, sort: 'resolveDueAt', pageSize: 10, schoolId })}`),
  });
  const empty = show === 'overdue' ? '没有超时的工单' : '没有未完工的工单，所有报修都已处理';
  return (
    <Card size="small" title="未完工与超时工单" extra={(
      <Segmented<Show> size="small" value={show} onChange={setShow}
        options={[{ value: 'overdue', label: `已超时 ${overdue}` }, { value: 'open', label: `全部未完工 ${open}` }]} />
    )}>
      <Table<WorkOrder>
        size="small" rowKey="id" loading={list.isLoading} dataSource={list.data?.items ?? []} pagination={false} locale={{ emptyText: empty }}
        scroll={{ x: 720 }}
        columns={[
          { title: '工单号', dataIndex: 'code', width: 100, render: (_, r) => <Link to={`/repairs/work-orders/${r.id}`}>{r.code}</Link> },
          { title: '时限', key: 'sla', width: 140, render: (_, r) => <SlaText sla={r.sla} /> },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (_, r) => <Tag color={WORK_ORDER_STATUS[r.status]?.color}>{r.statusLabel}</Tag> },
          { title: '分类', dataIndex: 'categoryName', width: 70 },
          { title: '地点', dataIndex: 'location', ellipsis: true, render: (_, r) => r.location ?? r.locationText ?? '—' },
          { title: '维修人', key: 'assignee', width: 100, render: (_, r) => r.assigneeName ?? r.teamName ?? '未派' },
        ]}
        footer={(list.data?.total ?? 0) > 10 ? () => <Link to="/repairs/board">在派单台查看全部 {list.data?.total} 张</Link> : undefined}
      />
    </Card>
  );
}
