import { useQuery } from '@tanstack/react-query';
import { Alert, List, Tag, Typography } from 'antd';
import { isApiError } from '../../lib/api';
import { previewSchedule } from './maintenance-api';

/** The next ten dates of the rule as typed, with the school calendar's holidays applied and explained. */
export function PreviewList({ body }: { body: Record<string, unknown> | null }) {
  const query = useQuery({ queryKey: ['/maintenance-plans/preview', body], queryFn: () => previewSchedule(body ?? {}), enabled: body !== null, retry: false });
  if (body === null) return <Typography.Text type="secondary">填好重复规则和开始日期后，这里显示接下来的 10 个日期</Typography.Text>;
  if (query.error) return <Alert type="warning" showIcon message={isApiError(query.error) ? query.error.body.message : '无法预览'} />;
  return (
    <List
      size="small"
      loading={query.isFetching}
      header={<Typography.Text strong>接下来的日期（{query.data?.scheduleText ?? '…'}）</Typography.Text>}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: '在开始和结束日期之间没有日期' }}
      renderItem={(item) => (
        <List.Item data-testid="preview-item">
          <span>{item.skipped ? <Typography.Text delete>{item.nominalDate}</Typography.Text> : item.dueDate}</span>
          {item.note && <Tag color={item.skipped ? 'default' : 'orange'}>{item.note}</Tag>}
        </List.Item>
      )}
    />
  );
}
