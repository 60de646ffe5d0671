import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { type TimelineEntry } from './repairs-api';
import { money } from '../../lib/money';

function detailText(e: TimelineEntry): string {
  const who = e.data.assigneeName ?? e.data.teamName ?? e.data.contractorName;
  return [who ? `→ ${who}` : null, e.data.quoteFen !== undefined ? `报价 ${money(e.data.quoteFen)}` : null, e.data.targetRequestCode ? `并入 ${e.data.targetRequestCode}` : null,
    e.data.laborHours !== undefined ? `工时 ${e.data.laborHours} 小时` : null, e.data.costFen !== undefined ? `费用 ${money(e.data.costFen)}` : null,
    e.data.rating !== undefined ? `评价 ${e.data.rating} 星` : null].filter(Boolean).join('，');
}

/** Everything that happened to a request and its work order, oldest first, as the requester sees it too. */
export function RepairTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <Empty description="还没有处理记录" />;
  return (
    <Timeline items={entries.map((e) => ({
      key: e.id,
      children: (
        <Space direction="vertical" size={0}>
          <Space wrap>
            <Typography.Text strong>{e.kindLabel}</Typography.Text>
            {e.toStatusLabel ? <Tag>{e.toStatusLabel}</Tag> : null}
            <Typography.Text type="secondary">{e.actorName ?? '系统'} · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
          </Space>
          {detailText(e) ? <span>{detailText(e)}</span> : null}
          {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
        </Space>
      ),
    }))} />
  );
}
