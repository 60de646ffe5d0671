import { Alert, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../lib/format-time';
import { type ExtensionRequest, type MovementDetail, useMovementStep } from './movements-api';
import { StepModal } from './StepModal';

const STATUS_COLOR: Record<string, string> = { pending: 'processing', granted: 'success', declined: 'error', lapsed: 'default' };

/**
 * 申请续借 on the desktop loan: the waiting request (who, until when, why) with 同意续借 / 不同意
 * for the storekeeper, then every request and its answer. Nothing for a loan nobody asked to extend.
 */
export function ExtensionRequestPanel({ detail }: { detail: MovementDetail }) {
  const m = detail.movement;
  const [declining, setDeclining] = useState(false);
  const step = useMovementStep(m);
  const requests = detail.extensionRequests;
  if (requests.length === 0) return null;
  const waiting = requests.find((r) => r.status === 'pending');
  return (
    <div data-testid="extension-requests">
      {waiting ? (
        <Alert type="warning" showIcon style={{ marginTop: 16 }}
          message={`${waiting.requesterName} 申请续借至 ${waiting.toDate}（现归还期限 ${m.dueDate ?? waiting.fromDate}）`}
          description={<span>理由：{waiting.reason}<br /><Typography.Text type="secondary">{formatTime(waiting.createdAt)} 提出</Typography.Text></span>}
          action={m.abilities.decideExtension ? (
            <Space direction="vertical">
              <Popconfirm title={`同意续借至 ${waiting.toDate}？借用人会收到通知`} onConfirm={() => void step.submit({ action: 'grant-extension' })}>
                <Button type="primary" size="small" loading={step.isPending}>同意续借</Button>
              </Popconfirm>
              <Button danger size="small" onClick={() => setDeclining(true)}>不同意</Button>
            </Space>
          ) : null} />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 20 }}>续借申请</Typography.Title>
      <Table<ExtensionRequest> rowKey="id" size="small" pagination={false} dataSource={requests}
        columns={[
          { title: '申请时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatTime(v) },
          { title: '申请人', dataIndex: 'requesterName', width: 90 },
          { title: '希望归还日期', dataIndex: 'toDate', width: 115 },
          { title: '理由', dataIndex: 'reason' },
          { title: '结果', width: 190, render: (_, r) => (
            <span><Tag color={STATUS_COLOR[r.status]}>{r.statusLabel}</Tag>{r.decidedByName ? <Typography.Text type="secondary">{r.decidedByName}</Typography.Text> : null}
              {r.decisionNote ? <div style={{ fontSize: 12 }}>{r.decisionNote}</div> : null}</span>
          ) },
        ]} />
      <StepModal detail={detail} action={declining ? 'decline-extension' : null} onClose={() => setDeclining(false)} />
    </div>
  );
}
