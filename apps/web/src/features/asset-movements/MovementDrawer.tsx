import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { download } from '../../lib/api';
import { formatTime } from '../../lib/format-time';
import { showServerErrors } from '../../lib/form-errors';
import { money } from '../../lib/money';
import { type MovementDetail, type MovementLine, STATUS_COLORS, type StepAction, useMovement, useMovementStep } from './movements-api';
import { ExtendLoanModal } from './ExtendLoanModal';
import { ExtensionRequestPanel } from './ExtensionRequestPanel';
import { StepModal } from './StepModal';

/** A document: what moves from where to where, who did what when, and the steps the reader may take now. */
export function MovementDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const query = useMovement(id);
  const d = query.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width={820} destroyOnHidden
      title={d ? <Space>{d.movement.kindLabel}单 {d.movement.code}<Tag color={STATUS_COLORS[d.movement.status]}>{d.movement.statusLabel}</Tag>{d.movement.overdue ? <Tag color="red">逾期</Tag> : null}{d.movement.extensionRequested ? <Tag color="orange">申请续借</Tag> : null}</Space> : '单据'}
      extra={d ? <Actions detail={d} /> : null}>
      {query.isError ? <Alert type="error" showIcon message="单据加载失败" description={query.error.message} /> : null}
      {d ? <Body detail={d} /> : null}
    </Drawer>
  );
}

function Body({ detail: d }: { detail: MovementDetail }) {
  const m = d.movement;
  return (
    <>
      {d.hint ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={d.hint} /> : null}
      <Descriptions size="small" column={2} bordered items={[
        { key: 'req', label: '申请人', children: m.requesterName },
        { key: 'created', label: '填单时间', children: formatTime(m.createdAt) },
        { key: 'to', label: m.kind === 'loan' ? '借用人 / 使用地点' : m.kind === 'store_return' ? '交回' : '调入', children: m.toText || '—', span: 2 },
        { key: 'reason', label: '事由', children: m.reason, span: 2 },
        ...(m.kind === 'loan' ? [{
          key: 'due', label: '归还期限', children: (
            <span style={m.overdue ? { color: '#cf1322' } : undefined}>{m.dueDate}{d.extensions.length ? <Tag color="blue" style={{ marginLeft: 8 }}>已续借 {d.extensions.length} 次</Tag> : null}</span>
          ),
        }] : []),
        ...(m.expectedDate ? [{ key: 'exp', label: '预计日期', children: m.expectedDate }] : []),
        { key: 'approval', label: '审批', children: m.needsApproval ? (m.kind === 'store_return' ? '保管员确认' : '需要审批') : '低值耐用品免审批' },
      ]} />
      <ExtensionRequestPanel detail={d} />
      <Typography.Title level={5} style={{ marginTop: 20 }}>资产清单（{d.lines.length} 件）</Typography.Title>
      <Table<MovementLine> rowKey="id" size="small" dataSource={d.lines} pagination={d.lines.length > 10 ? { pageSize: 10 } : false}
        columns={[
          { title: '编号', dataIndex: 'code', width: 140 },
          { title: '名称', dataIndex: 'name', render: (v: string, l) => <span>{v}{l.specModel ? <div style={{ color: '#888', fontSize: 12 }}>{l.specModel}</div> : null}</span> },
          { title: '原值', dataIndex: 'originalValueFen', width: 110, align: 'right', render: (v: number) => money(v) },
          { title: '原使用人 / 地点', dataIndex: 'fromText' },
          { title: '现在', render: (_, l) => <span>{[l.custodianName, l.location].filter(Boolean).join(' · ') || '—'}<div><Tag>{l.statusLabel}</Tag></div></span> },
          ...(m.kind === 'loan' ? [{ title: '归还状况', width: 100, render: (_: unknown, l: MovementLine) => (l.returnConditionLabel ? <Tag color={l.returnCondition === 'damaged' ? 'red' : 'green'}>{l.returnConditionLabel}</Tag> : '—') }] : []),
        ]} />
      {d.extensions.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>续借记录</Typography.Title>
          <Table rowKey="id" size="small" pagination={false} dataSource={d.extensions}
            columns={[
              { title: '原归还期限', dataIndex: 'fromDate', width: 120 },
              { title: '新归还期限', dataIndex: 'toDate', width: 120 },
              { title: '理由', dataIndex: 'reason' },
              { title: '办理人', dataIndex: 'actorName', width: 100 },
              { title: '时间', dataIndex: 'at', width: 160, render: (v: string) => formatTime(v) },
            ]} />
        </>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 20 }}>办理记录</Typography.Title>
      <Timeline items={d.steps.map((s) => ({
        color: s.action === 'reject' || s.action === 'cancel' ? 'red' : s.action === 'remind' ? 'orange' : 'blue',
        children: <span><b>{s.actionLabel}</b>　{s.actorName}　<Typography.Text type="secondary">{formatTime(s.at)}</Typography.Text>{s.note ? <div>{s.note}</div> : null}</span>,
      }))} />
    </>
  );
}

/** Buttons from the document's abilities; steps that need words open a dialog. */
export function Actions({ detail }: { detail: MovementDetail }) {
  const m = detail.movement;
  const a = m.abilities;
  const [dialog, setDialog] = useState<StepAction | null>(null);
  const [extending, setExtending] = useState(false);
  const step = useMovementStep(m);
  const quick = (action: StepAction) => void step.submit({ action });
  const print = async () => {
    try { await download(`/asset-movements/${m.id}.pdf`, `${m.kindLabel}单-${m.code}.pdf`); } catch (err) { showServerErrors(err); }
  };
  return (
    <Space wrap>
      {a.submit ? <Button type="primary" loading={step.isPending} onClick={() => quick('submit')}>提交</Button> : null}
      {a.approve ? <Popconfirm title="审批通过后通知接收人（或保管员）办理" onConfirm={() => quick('approve')}><Button type="primary" loading={step.isPending}>审批通过</Button></Popconfirm> : null}
      {a.receive ? <Button type="primary" onClick={() => setDialog('receive')}>{m.kind === 'store_return' ? '确认退库' : '确认接收'}</Button> : null}
      {a.lend ? <Popconfirm title="确认已把资产交给借用人？" onConfirm={() => quick('lend')}><Button type="primary" loading={step.isPending}>借出</Button></Popconfirm> : null}
      {a.return ? <Button type="primary" onClick={() => setDialog('return')}>归还</Button> : null}
      {a.extend ? <Button onClick={() => setExtending(true)}>续借</Button> : null}
      {a.reject ? <Button danger onClick={() => setDialog('reject')}>{m.status === 'approved' ? '拒收' : '驳回'}</Button> : null}
      {a.cancel ? <Popconfirm title="撤销后资产可以重新办理，确定撤销？" onConfirm={() => quick('cancel')}><Button>撤销</Button></Popconfirm> : null}
      <Button icon={<PrinterOutlined />} onClick={() => void print()}>打印</Button>
      <StepModal detail={detail} action={dialog} onClose={() => setDialog(null)} />
      {extending ? <ExtendLoanModal movement={m} onClose={() => setExtending(false)} /> : null}
    </Space>
  );
}
