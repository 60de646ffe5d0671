import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Page } from '@houqin/contracts';
import { get, itemsOf } from '../lib/api';
import { AuditChanges } from './AuditChanges';
import type { AuditEntry } from './audit-types';

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

/** The change history of one record, newest first: who, when, what changed. */
export function AuditTab({ entity, id }: { entity: string; id: number | string }) {
  const query = useQuery({
    queryKey: ['/audit/entity', entity, String(id)],
    queryFn: () => get<AuditEntry[] | Page<AuditEntry>>(`/audit/entity/${encodeURIComponent(entity)}/${encodeURIComponent(String(id))}`),
    retry: false,
  });
  if (query.isError) return <Alert type="warning" showIcon message="变更记录暂时无法加载" description={query.error.message} />;
  const entries = itemsOf(query.data);
  if (!query.isLoading && entries.length === 0) return <Empty description="还没有变更记录。之后每次新建、修改、删除都会记下是谁、在什么时候、改了什么。" />;
  return (
    <Timeline
      pending={query.isLoading ? '加载中…' : undefined}
      items={entries.map((e) => ({
        key: e.id,
        color: ACTION_COLORS[e.action] ?? 'gray',
        children: (
          <Space direction="vertical" style={{ width: '100%' }} size={4}>
            <Space wrap>
              <Tag color={ACTION_COLORS[e.action]}>{e.actionLabel || e.action}</Tag>
              <Typography.Text strong>{e.actorName}</Typography.Text>
              <Typography.Text type="secondary">{dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}</Typography.Text>
            </Space>
            {e.changes.length > 0 ? <AuditChanges changes={e.changes} /> : null}
          </Space>
        ),
      }))}
    />
  );
}
