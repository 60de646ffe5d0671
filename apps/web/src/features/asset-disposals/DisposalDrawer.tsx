import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Input, Popconfirm, Space, Steps, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FilesTab } from '../../components/FilesTab';
import { formatTime } from '../../lib/format-time';
import { money } from '../../lib/money';
import { CompleteModal } from './CompleteModal';
import { type ChainStep, type Disposal, type DisposalItem, STATUS_COLORS, useDisposal, useWithdrawDisposal } from './disposals-api';
import { StepModal } from './StepModal';

const STEP_STATUS: Record<ChainStep['state'], 'finish' | 'process' | 'wait' | 'error'> = { done: 'finish', current: 'process', pending: 'wait', rejected: 'error' };

/** One request: its cards and values, the approval chain as Steps, the log, attachments and the actions the server allows. */
export function DisposalDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const detail = useDisposal(id);
  const d = detail.data?.disposal;
  const [acting, setActing] = useState(false);
  const [completing, setCompleting] = useState(false);
  const chain = detail.data?.chain ?? [];
  return (
    <Drawer open={id !== null} onClose={onClose} width={860} title={d ? `${d.kindLabel}申请 ${d.id}：${d.summary}` : '报废申请'}
      extra={d ? <DisposalActions d={d} onAct={() => setActing(true)} onComplete={() => setCompleting(true)} /> : null}>
      {detail.isError ? <Alert type="error" showIcon message="加载失败" description={detail.error.message} /> : null}
      {d ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Steps size="small" labelPlacement="vertical" current={Math.max(0, chain.findIndex((c) => c.state === 'current' || c.state === 'rejected'))}
            items={[
              { title: '提交申请', status: 'finish', description: <span>{d.createdByName ?? ''}<br />{dayjs(d.createdAt).format('MM-DD HH:mm')}</span> },
              ...chain.map((c) => ({ title: c.label, status: STEP_STATUS[c.state], description: c.actorName ? <span>{c.actorName}<br />{c.at ? dayjs(c.at).format('MM-DD HH:mm') : ''}</span> : c.state === 'current' ? '待办理' : '' })),
              { title: '处置完成', status: d.status === 'completed' ? 'finish' as const : 'wait' as const, description: d.disposedOn ?? '' },
            ]} />
          <Descriptions size="small" bordered column={2} items={[
            { key: 'school', label: '学校', children: d.schoolName },
            { key: 'status', label: '状态', children: <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}{d.currentStepLabel ? `：${d.currentStepLabel}` : ''}</Tag> },
            { key: 'cond', label: '报废报损情形', span: 2, children: d.legalConditionLabel },
            { key: 'reason', label: '申请理由', span: 2, children: d.reason },
            { key: 'appr', label: '技术鉴定意见', span: 2, children: d.appraisal ?? '—' },
            { key: 'orig', label: '原值合计', children: money(d.totalOriginalFen) },
            { key: 'net', label: '净值合计', children: money(d.totalNetFen) },
            { key: 'method', label: '拟处置方式', children: d.proposedMethodLabel },
            { key: 'by', label: '申请人', children: `${d.createdByName ?? ''} ${formatTime(d.createdAt)}` },
            ...(d.status === 'completed' ? [
              { key: 'done', label: '处置结果', span: 2, children: `${d.methodLabel ?? ''}，${d.disposedOn ?? ''}，处置收入 ${money(d.proceedsFen ?? 0)}${d.proceedsNote ? `（${d.proceedsNote}）` : ''}${d.recipient ? `，接收单位：${d.recipient}` : ''}` },
            ] : []),
          ]} />
          <Tabs items={[
            {
              key: 'items', label: `资产（${d.cardCount}）`, children: (
                <Table<DisposalItem> rowKey="assetId" size="small" pagination={false} dataSource={detail.data?.items ?? []} columns={[
                  { title: '资产编号', dataIndex: 'code' }, { title: '名称', dataIndex: 'name' }, { title: '分类', dataIndex: 'categoryName' },
                  { title: '取得日期', dataIndex: 'acquiredOn' },
                  { title: '原值', dataIndex: 'originalValueFen', align: 'right', render: (v: number) => money(v) },
                  { title: '净值', dataIndex: 'netValueFen', align: 'right', render: (v: number) => money(v) },
                  { title: '卡片状态', dataIndex: 'statusLabel', render: (v: string) => <Tag>{v}</Tag> },
                ]} />
              ),
            },
            {
              key: 'log', label: '办理记录', children: (
                <Timeline items={(detail.data?.log ?? []).map((l) => ({
                  color: l.action === 'reject' ? 'red' : l.action === 'withdraw' ? 'gray' : 'green',
                  children: (
                    <div>
                      <Typography.Text strong>{l.stepLabel} · {l.actionLabel}</Typography.Text> <Typography.Text type="secondary">{l.actorName} {formatTime(l.at)}</Typography.Text>
                      {l.note ? <div>{l.note}</div> : null}
                      {l.meetingDate ? <div>会议日期：{l.meetingDate}</div> : null}
                      {l.docNo ? <div>批复文号：{l.docNo}（{l.docDate}）</div> : null}
                      {l.mode === 'online' && l.step === 'bureau' ? <Tag color="blue">教育局在线审批</Tag> : null}
                    </div>
                  ),
                }))} />
              ),
            },
            { key: 'files', label: '附件（鉴定报告、会议纪要、批复）', children: <FilesTab ownerType="asset_disposal" ownerId={d.id} /> },
          ]} />
        </Space>
      ) : null}
      {acting && d ? <StepModal disposal={d} onClose={() => setActing(false)} /> : null}
      {completing && d ? <CompleteModal disposal={d} onClose={() => setCompleting(false)} /> : null}
    </Drawer>
  );
}

function DisposalActions({ d, onAct, onComplete }: { d: Disposal; onAct: () => void; onComplete: () => void }) {
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawDisposal(d);
  return (
    <Space>
      <Button icon={<FilePdfOutlined />} href={`/api/v1/asset-disposals/${d.id}/form.pdf`} target="_blank">打印申请表</Button>
      {d.abilities.withdraw ? (
        <Popconfirm title="撤回申请？资产恢复原状态" description={<Input placeholder="撤回原因" value={reason} onChange={(e) => setReason(e.target.value)} />}
          okButtonProps={{ disabled: !reason.trim() }} onConfirm={() => withdraw.mutate(reason.trim())}>
          <Button>撤回</Button>
        </Popconfirm>
      ) : null}
      {d.abilities.complete ? <Button type="primary" onClick={onComplete}>处置完成</Button> : null}
      {d.abilities.act ? <Button type="primary" onClick={onAct}>{d.abilities.documentOnly ? '登记批复' : `办理：${d.currentStepLabel ?? ''}`}</Button> : null}
    </Space>
  );
}
