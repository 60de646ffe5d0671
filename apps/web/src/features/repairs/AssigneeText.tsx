import { Space, Tag, Typography } from 'antd';
import type { WorkOrder } from './repairs-api';

/** Who holds the job: a person, a team, or a contractor (委外) — and which of its people took it. */
export function AssigneeText({ order }: { order: Pick<WorkOrder, 'assigneeName' | 'teamName' | 'contractorName'> }) {
  if (order.contractorName) {
    return (
      <Space size={2} wrap>
        <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>委外</Tag>
        <span>{order.contractorName}{order.assigneeName ? ` · ${order.assigneeName}` : ''}</span>
      </Space>
    );
  }
  if (order.assigneeName) return <>{order.assigneeName}</>;
  if (order.teamName) return <>{order.teamName}（班组）</>;
  return <Typography.Text type="warning">未派</Typography.Text>;
}
