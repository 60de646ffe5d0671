import { formatTime } from '../../lib/format-time';
import { Alert, Button, Descriptions, Drawer, Empty, Rate, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { AuditTab } from '../../components/AuditTab';
import { useSession } from '../../lib/session';
import { AssigneeText } from './AssigneeText';
import { PhotoStrip } from './PhotoStrip';
import { RepairTimeline } from './RepairTimeline';
import { URGENCY, useWorkOrder, WORK_ORDER_STATUS, type WorkOrderDetail } from './repairs-api';
import { SlaText } from './SlaText';
import type { WorkOrderAction } from './WorkOrderActions';
import { money } from '../../lib/money';

const fmt = formatTime;

/** The technician's completion record and the requester's verdict. */
export function CompletionTab({ wo }: { wo: Pick<WorkOrderDetail, 'completion' | 'completionPhotos' | 'rating' | 'status'> & Partial<Pick<WorkOrderDetail, 'quoteFen' | 'contractorName'>> }) {
  const c = wo.completion;
  if (!c) return <Empty description="还没有完工登记：维修工在手机上点“完工”后，这里会显示工时、配件和费用。" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label="工时">{c.laborHours} 小时</Descriptions.Item>
        <Descriptions.Item label={wo.contractorName ? '实际费用' : '费用'}>{money(c.costFen)}</Descriptions.Item>
        {wo.contractorName ? <Descriptions.Item label="报价" span={2}><QuoteVsActual quoteFen={wo.quoteFen ?? null} costFen={c.costFen} /></Descriptions.Item> : null}
        <Descriptions.Item label="说明" span={2}>{c.note ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Table size="small" rowKey="id" pagination={false} dataSource={c.parts}
        locale={{ emptyText: '未使用配件' }}
        columns={[
          { title: '配件', dataIndex: 'name' },
          { title: '数量', render: (_, p) => `${p.quantity}${p.unit ?? ''}` },
          { title: '单价', render: (_, p) => money(p.unitCostFen) },
          { title: '小计', render: (_, p) => money(Math.round(p.unitCostFen * p.quantity)) },
        ]} />
      <Typography.Text strong>完工照片</Typography.Text>
      <PhotoStrip photos={wo.completionPhotos} empty="未上传完工照片" />
      <Typography.Text strong>验收评价</Typography.Text>
      {wo.rating ? <Space><Rate disabled value={wo.rating.stars} /><span>{wo.rating.comment ?? ''}</span></Space>
        : <Typography.Text type="secondary">{wo.status === 'completed' ? '等待报修人验收' : '暂无评价'}</Typography.Text>}
    </Space>
  );
}

/** 报价 against the contractor's actual bill: what the head checks before paying. */
function QuoteVsActual({ quoteFen, costFen }: { quoteFen: number | null; costFen: number }) {
  if (quoteFen === null) return <Typography.Text type="secondary">委外时未报价</Typography.Text>;
  const diff = costFen - quoteFen;
  return (
    <Space>
      {money(quoteFen)}
      {diff === 0 ? <Tag color="green">与报价一致</Tag> : diff > 0 ? <Tag color="red">超出报价 {money(diff)}</Tag> : <Tag color="green">低于报价 {money(-diff)}</Tag>}
    </Space>
  );
}

/** The chain of 派单 / 转单 / 委外, first hop first. */
function AssignmentsTab({ wo }: { wo: WorkOrderDetail }) {
  return (
    <Table size="small" rowKey="id" pagination={false} dataSource={wo.assignments} locale={{ emptyText: '还没有派单' }}
      columns={[
        { title: '交给', render: (_, a) => <AssigneeText order={{ assigneeName: a.assigneeName, teamName: a.teamName, contractorName: a.contractorName }} /> },
        { title: '派单人', dataIndex: 'assignedByName', width: 80, render: (v: string | null) => v ?? '系统' },
        { title: '原因 / 说明', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
        { title: '时间', dataIndex: 'assignedAt', width: 140, render: (v: string) => fmt(v) },
        { title: '结束', dataIndex: 'endedAt', width: 140, render: (v: string | null) => (v ? fmt(v) : <Tag color="blue">当前</Tag>) },
      ]} />
  );
}

/** One work order for the dispatcher: what, where, who, the SLA, its history and the repair record. */
export function WorkOrderDrawer({ id, onClose, onAction }: { id: number | null; onClose: () => void; onAction: (a: WorkOrderAction) => void }) {
  const { can } = useSession();
  const query = useWorkOrder(id);
  const wo = query.data;
  const status = wo ? WORK_ORDER_STATUS[wo.status] : undefined;
  return (
    <Drawer open={id !== null} onClose={onClose} width={Math.min(760, window.innerWidth)} destroyOnHidden
      title={wo ? <Space>{wo.code}<Tag color={status?.color}>{wo.statusLabel}</Tag><Tag color={URGENCY[wo.urgency]?.color}>{wo.urgencyLabel}</Tag></Space> : '工单'}
      extra={wo ? (
        <Space>
          {wo.abilities.assign ? <Button type="primary" onClick={() => onAction({ kind: 'assign', orders: [wo] })}>派单</Button> : null}
          {wo.abilities.reassign ? <Button onClick={() => onAction({ kind: 'reassign', orders: [wo] })}>转单</Button> : null}
          {wo.abilities.outsource && !wo.contractorId ? <Button onClick={() => onAction({ kind: 'outsource', orders: [wo] })}>委外</Button> : null}
          {wo.abilities.cancel ? <Button danger onClick={() => onAction({ kind: 'cancel', orders: [wo] })}>取消工单</Button> : null}
        </Space>
      ) : null}>
      {query.isError ? <Alert type="error" showIcon message="工单加载失败" description={query.error.message} /> : null}
      {!wo ? (query.isError ? null : <Skeleton active />) : (
        <Tabs items={[
          {
            key: 'info', label: '工单信息', children: (
              <Space direction="vertical" style={{ width: '100%' }} size="middle">
                <Descriptions size="small" bordered column={2}>
                  <Descriptions.Item label="报修单">{wo.requestCode}</Descriptions.Item>
                  <Descriptions.Item label="分类">{wo.categoryName}</Descriptions.Item>
                  <Descriptions.Item label="位置" span={2}>{wo.location ?? wo.locationText ?? '—'}</Descriptions.Item>
                  {wo.assetName ? <Descriptions.Item label="设备" span={2}>{wo.assetName}（{wo.assetCode}）</Descriptions.Item> : null}
                  {wo.source === 'maintenance' ? <Descriptions.Item label="来源" span={2}>保养计划自动生成，检查表在手机工单页填写</Descriptions.Item> : null}
                  <Descriptions.Item label="问题描述" span={2}>{wo.description}</Descriptions.Item>
                  <Descriptions.Item label="报修人">{wo.requesterName}{wo.requesterPhone ? ` · ${wo.requesterPhone}` : ''}</Descriptions.Item>
                  <Descriptions.Item label="报修时间">{fmt(wo.reportedAt)}</Descriptions.Item>
                  <Descriptions.Item label="维修人"><AssigneeText order={wo} /></Descriptions.Item>
                  <Descriptions.Item label="时限"><SlaText sla={wo.sla} /></Descriptions.Item>
                  {wo.contractorName ? <Descriptions.Item label="委外报价">{wo.quoteFen !== null ? money(wo.quoteFen) : '未报价'}</Descriptions.Item> : null}
                  {wo.contractorName && wo.completion ? <Descriptions.Item label="实际费用">{money(wo.completion.costFen)}</Descriptions.Item> : null}
                  {wo.preferredAt ? <Descriptions.Item label="预约时间">{fmt(wo.preferredAt)}</Descriptions.Item> : null}
                  {wo.pauseReason && wo.status === 'paused' ? <Descriptions.Item label="暂停原因">{wo.pauseReason}</Descriptions.Item> : null}
                  {wo.cancelReason ? <Descriptions.Item label="取消原因" span={2}>{wo.cancelReason}</Descriptions.Item> : null}
                  {wo.reopenCount > 0 ? <Descriptions.Item label="返工次数">{wo.reopenCount}</Descriptions.Item> : null}
                </Descriptions>
                <Typography.Text strong>报修照片</Typography.Text>
                <PhotoStrip photos={wo.photos} empty="报修人没有上传照片" />
              </Space>
            ),
          },
          { key: 'timeline', label: '处理进度', children: <RepairTimeline entries={wo.timeline} /> },
          { key: 'assignments', label: '派单记录', children: <AssignmentsTab wo={wo} /> },
          { key: 'completion', label: '完工与验收', children: <CompletionTab wo={wo} /> },
          ...(can('audit', 'read') ? [{ key: 'audit', label: '变更记录', children: <AuditTab entity="work_order" id={wo.id} /> }] : []),
        ]} />
      )}
    </Drawer>
  );
}
