import { Alert, Empty, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { AuditChanges } from '../../components/AuditChanges';
import { useAssetHistory } from './assets-api';

const KIND_COLORS: Record<string, string> = {
  created: 'green', imported: 'green', custody: 'blue', updated: 'gray', check: 'cyan', repair: 'orange', maintenance: 'orange', disposal: 'red',
};

/** 履历: the card's life, newest first — built, moved, handed over, repaired — with who and why. */
export function AssetHistory({ id }: { id: number }) {
  const query = useAssetHistory(id);
  if (query.isError) return <Alert type="error" showIcon message="履历加载失败" description={query.error.message} />;
  const items = query.data ?? [];
  if (!query.isLoading && items.length === 0) return <Empty description="还没有履历。建卡、变更保管、维修、盘点都会记在这里。" />;
  return (
    <Timeline
      pending={query.isLoading ? '加载中…' : undefined}
      items={items.map((e) => ({
        key: e.id,
        color: KIND_COLORS[e.kind] ?? 'gray',
        children: (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={KIND_COLORS[e.kind]}>{e.kindLabel}</Tag>
              <Typography.Text strong>{e.actorName}</Typography.Text>
              <Typography.Text type="secondary">{dayjs(e.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
            </Space>
            {e.note ? <Typography.Text>原因：{e.note}</Typography.Text> : null}
            {e.changes.length > 0 ? <AuditChanges changes={e.changes} /> : null}
          </Space>
        ),
      }))}
    />
  );
}
