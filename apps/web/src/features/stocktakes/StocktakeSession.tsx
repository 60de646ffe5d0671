import { Button, Card, Col, Descriptions, Popconfirm, Progress, Row, Space, Statistic, Table, Tabs, Tag } from 'antd';
import { formatTime } from '../../lib/format-time';
import { AdjustmentsTab } from './AdjustmentsTab';
import { ReportTab } from './ReportTab';
import { ResultsTab } from './ResultsTab';
import { type ProgressRow, useStocktake, useStocktakeStep } from './stocktakes-api';
import { STATUS_COLORS, percent } from './StocktakesPage';

/** One stocktake: live progress by room and counter while counting, then results, adjustments and the report. */
export function StocktakeSession({ id }: { id: number }) {
  const detail = useStocktake(id);
  const step = useStocktakeStep();
  const d = detail.data;
  if (!d) return <Card loading style={{ marginTop: 16 }} />;
  const st = d.stocktake;
  const actions = (
    <Space>
      {st.abilities.finish && (
        <Popconfirm title="结束清点后盘点人不能再扫码，确定？" onConfirm={() => step.mutate({ st, step: 'finish-counting' })}>
          <Button type="primary" loading={step.isPending}>结束清点</Button>
        </Popconfirm>
      )}
      {st.abilities.reconcile && <Button type="primary" loading={step.isPending} onClick={() => step.mutate({ st, step: 'reconcile' })}>核对，生成调整建议</Button>}
      {st.status === 'reconciling' && st.reconciledAt !== null && (
        <Popconfirm title="结束后不能再调整，确定结束盘点？" disabled={!st.abilities.close} onConfirm={() => step.mutate({ st, step: 'close' })}>
          <Button disabled={!st.abilities.close} title={st.pendingAdjustments ? `还有 ${st.pendingAdjustments} 条调整建议待审批` : undefined}>结束盘点</Button>
        </Popconfirm>
      )}
    </Space>
  );
  const live = st.status === 'counting';
  return (
    <Card style={{ marginTop: 16 }} title={<span>{st.name} <Tag color={STATUS_COLORS[st.status]}>{st.statusLabel}</Tag></span>} extra={actions}>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}><Statistic title="应盘" value={st.expectedCount} suffix="件" /></Col>
        <Col span={6}><Statistic title="已盘" value={st.scannedCount} suffix={`件（${percent(st.scannedCount, st.expectedCount)}%）`} /></Col>
        <Col span={6}><Statistic title="范围外资产" value={st.unexpectedCount} suffix="件" /></Col>
        <Col span={6}><Statistic title="待审批调整" value={st.pendingAdjustments} suffix="条" /></Col>
      </Row>
      <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="范围">{st.scopeKindLabel}{st.scopeKind === 'school' ? '' : `：${st.scopeNames.join('、')}`}</Descriptions.Item>
        <Descriptions.Item label="发起">{st.createdByName} {formatTime(st.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="进度刷新">{live ? '每 3 秒自动刷新' : '已结束清点'}</Descriptions.Item>
      </Descriptions>
      <Tabs items={[
        { key: 'progress', label: '进度', children: <ProgressTables rooms={d.rooms} counters={d.counters} /> },
        { key: 'results', label: '结果', children: <ResultsTab id={st.id} live={live} /> },
        { key: 'adjustments', label: `调整建议${st.pendingAdjustments ? `（${st.pendingAdjustments}）` : ''}`, disabled: st.reconciledAt === null, children: <AdjustmentsTab st={st} /> },
        { key: 'report', label: '报告', children: <ReportTab st={st} /> },
      ]} />
    </Card>
  );
}

function ProgressTables({ rooms, counters }: { rooms: ProgressRow[]; counters: { userId: number; name: string; scanned: number }[] }) {
  return (
    <Row gutter={16}>
      <Col span={15}>
        <Table<ProgressRow> size="small" rowKey={(r) => String(r.id)} dataSource={rooms} pagination={{ pageSize: 20, hideOnSinglePage: true }} title={() => '按房间（账面存放地点）'}
          columns={[
            { title: '房间', dataIndex: 'name' },
            { title: '应盘', dataIndex: 'expected', width: 70 },
            { title: '已盘', dataIndex: 'scanned', width: 70 },
            { title: '进度', width: 180, render: (_, r) => <Progress percent={percent(r.scanned, r.expected)} size="small" /> },
          ]} />
      </Col>
      <Col span={9}>
        <Table size="small" rowKey="userId" dataSource={counters} pagination={false} title={() => '按盘点人'}
          locale={{ emptyText: '还没有人扫码' }}
          columns={[{ title: '盘点人', dataIndex: 'name' }, { title: '已扫', dataIndex: 'scanned', width: 80 }]} />
      </Col>
    </Row>
  );
}
