import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, List, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { AuditTab } from '../../components/AuditTab';
import { get } from '../../lib/api';
import { useSession } from '../../lib/session';
import { PhotoStrip } from './PhotoStrip';
import { RepairTimeline } from './RepairTimeline';
import { type Completion, type FileDto, type RepairRequest, REQUEST_STATUS, type TimelineEntry, URGENCY } from './repairs-api';
import { SlaText } from './SlaText';
import type { RequestAction } from './RequestActions';
import { formatTime as fmt } from '../../lib/format-time';
import { CompletionTab } from './WorkOrderDrawer';

interface RequestDetail extends RepairRequest {
  photos: FileDto[]; completionPhotos: FileDto[]; timeline: TimelineEntry[];
  mergedRequests: { id: number; code: string; requesterName: string; description: string; reportedAt: string }[];
  completion: Completion | null; rating: { stars: number; comment: string | null } | null;
  cancelReason: string | null; closedAt: string | null;
}

/** One request as reported, with its progress, whatever was merged into it and its history. */
export function RequestDrawer({ id, onClose, onAction, onOpenWorkOrder }: {
  id: number | null; onClose: () => void; onAction: (a: RequestAction) => void; onOpenWorkOrder: (id: number) => void;
}) {
  const { can } = useSession();
  const query = useQuery({ queryKey: ['/repair-requests', id], queryFn: () => get<RequestDetail>(`/repair-requests/${id}`), enabled: id !== null });
  const r = query.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width={Math.min(760, window.innerWidth)} destroyOnHidden
      title={r ? <Space>{r.code}<Tag color={REQUEST_STATUS[r.status]?.color}>{r.statusLabel}</Tag><Tag color={URGENCY[r.urgency]?.color}>{r.urgencyLabel}</Tag></Space> : '报修单'}
      extra={r ? (
        <Space>
          {r.abilities.convert ? <Button type="primary" onClick={() => onAction({ kind: 'convert', request: r })}>受理转工单</Button> : null}
          {r.abilities.merge ? <Button onClick={() => onAction({ kind: 'merge', request: r })}>合并</Button> : null}
          {r.abilities.decline ? <Button danger onClick={() => onAction({ kind: 'decline', request: r })}>驳回</Button> : null}
        </Space>
      ) : null}>
      {query.isError ? <Alert type="error" showIcon message="报修单加载失败" description={query.error.message} /> : null}
      {!r ? (query.isError ? null : <Skeleton active />) : (
        <Tabs items={[
          {
            key: 'info', label: '报修信息', children: (
              <Space direction="vertical" style={{ width: '100%' }} size="middle">
                <Descriptions size="small" bordered column={2}>
                  <Descriptions.Item label="分类">{r.categoryName}</Descriptions.Item>
                  <Descriptions.Item label="进度">{r.progressLabel}</Descriptions.Item>
                  <Descriptions.Item label="位置" span={2}>{r.location ?? r.locationText ?? '—'}</Descriptions.Item>
                  {r.assetName ? <Descriptions.Item label="设备" span={2}>{r.assetName}（{r.assetCode}）</Descriptions.Item> : null}
                  <Descriptions.Item label="问题描述" span={2}>{r.description}</Descriptions.Item>
                  <Descriptions.Item label="报修人">{r.requesterName}</Descriptions.Item>
                  <Descriptions.Item label="报修时间">{fmt(r.reportedAt)}</Descriptions.Item>
                  <Descriptions.Item label="工单">{r.workOrder ? <a onClick={() => onOpenWorkOrder(r.workOrder!.id)}>{r.workOrder.code}（{r.workOrder.statusLabel}）</a> : '未转工单'}</Descriptions.Item>
                  <Descriptions.Item label="时限"><SlaText sla={r.sla} /></Descriptions.Item>
                  {r.declineReason ? <Descriptions.Item label="驳回原因" span={2}>{r.declineReason}</Descriptions.Item> : null}
                  {r.cancelReason ? <Descriptions.Item label="撤回原因" span={2}>{r.cancelReason}</Descriptions.Item> : null}
                </Descriptions>
                <Typography.Text strong>报修照片</Typography.Text>
                <PhotoStrip photos={r.photos} empty="报修人没有上传照片" />
                {r.mergedRequests.length > 0 ? (
                  <List size="small" header={<Typography.Text strong>已并入本单的报修（{r.mergedRequests.length}）</Typography.Text>} bordered dataSource={r.mergedRequests}
                    renderItem={(m) => <List.Item>{m.code} · {m.requesterName} · {fmt(m.reportedAt)}：{m.description}</List.Item>} />
                ) : null}
              </Space>
            ),
          },
          { key: 'timeline', label: '处理进度', children: <RepairTimeline entries={r.timeline} /> },
          ...(r.workOrder ? [{ key: 'completion', label: '完工与验收', children: <CompletionTab wo={{ ...r, status: r.progress }} /> }] : []),
          ...(can('audit', 'read') ? [{ key: 'audit', label: '变更记录', children: <AuditTab entity="repair_request" id={r.id} /> }] : []),
        ]} />
      )}
    </Drawer>
  );
}
