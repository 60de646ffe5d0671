import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { get } from '../../lib/api';
import { useSession } from '../../lib/session';

interface CalendarNow {
  isWorking: boolean;
  localDate: string;
  dayKind: 'workday' | 'weekend' | 'holiday' | 'makeup';
  dayKindLabel: string;
  dayName: string | null;
  term: { id: number; name: string } | null;
  teachingWeek: number | null;
}

const KIND_COLORS: Record<CalendarNow['dayKind'], string> = { holiday: 'red', makeup: 'orange', weekend: 'default', workday: 'blue' };

/** Today on the school calendar: term, teaching week, holiday or working time. */
export function TodayCard() {
  const { can } = useSession();
  const now = useQuery({
    queryKey: ['/calendar/query', 'now'],
    queryFn: () => get<CalendarNow>(`/calendar/query?at=${encodeURIComponent(new Date().toISOString())}`),
    enabled: can('calendar', 'read'),
    retry: false,
    refetchInterval: 300_000,
  });
  const d = now.data;
  return (
    <Card title="今天" size="small" style={{ height: '100%' }}>
      <Typography.Title level={3} style={{ margin: '0 0 8px' }}>{dayjs().format('M月D日 dddd')}</Typography.Title>
      {d ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="学期">{d.term ? d.term.name : <Typography.Text type="secondary">不在学期内（假期）</Typography.Text>}</Descriptions.Item>
          <Descriptions.Item label="教学周">{d.teachingWeek ? `第 ${d.teachingWeek} 周` : '—'}</Descriptions.Item>
          <Descriptions.Item label="日子">
            <Tag color={KIND_COLORS[d.dayKind]}>{d.dayKindLabel}</Tag>
            {d.dayName}
          </Descriptions.Item>
          <Descriptions.Item label="现在">{d.isWorking ? <Tag color="green">工作时间</Tag> : <Tag>非工作时间</Tag>}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">
          {now.isLoading ? '正在读取校历…' : '校历暂未就绪：在「校历」里设置学年学期后，这里会显示今天是第几教学周。'}
        </Typography.Text>
      )}
    </Card>
  );
}
