import { Alert, Col, Progress, Row, Space, Statistic, Table } from 'antd';
import { ExportButton } from '../../components/ExportButton';
import { money } from '../../lib/money';
import { type ReportRow, type Stocktake, useReport } from './stocktakes-api';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** 盘点报告: 帐实相符率 overall, by category and by room, with what is missing and its value; exports to Excel. */
export function ReportTab({ st }: { st: Stocktake }) {
  const report = useReport(st.id);
  const r = report.data;
  if (report.isError) return <Alert type="error" showIcon message="报告加载失败" description={report.error.message} />;
  if (!r) return null;
  const columns = (first: string) => [
    { title: first, dataIndex: 'name' },
    { title: '应盘', dataIndex: 'expected', width: 70 },
    { title: '实盘', dataIndex: 'found', width: 70 },
    { title: '帐实相符', dataIndex: 'matched', width: 90 },
    { title: '盘亏', dataIndex: 'missing', width: 70 },
    { title: '盘亏金额', dataIndex: 'missingValueFen', width: 120, align: 'right' as const, render: (v: number) => money(v) },
    { title: '帐实相符率', dataIndex: 'matchRate', width: 140, render: (v: number) => <Progress percent={Math.round(v * 1000) / 10} size="small" /> },
  ];
  return (
    <>
      {st.status !== 'closed' && <Alert style={{ marginBottom: 12 }} type="info" showIcon message="盘点尚未结束，报告按当前结果计算" />}
      <Row gutter={16} style={{ marginBottom: 16 }} align="middle">
        <Col span={6}><Statistic title="帐实相符率" value={pct(r.matchRate)} valueStyle={{ color: r.matchRate >= 0.95 ? '#389e0d' : '#d46b08' }} /></Col>
        <Col span={4}><Statistic title="帐实相符" value={r.matchedCount} suffix={`/ ${r.expectedCount}`} /></Col>
        <Col span={4}><Statistic title="盘亏" value={r.missingCount} suffix="件" /></Col>
        <Col span={5}><Statistic title="盘亏金额" value={money(r.missingValueFen)} /></Col>
        <Col span={5}><Space direction="vertical" size={0}><span>盘盈：范围外 {r.unexpectedCount} 件，无卡 {r.extraCount} 件</span><span>位置不符 {r.wrongRoomCount}，使用人不符 {r.wrongCustodianCount}，状况异常 {r.damagedCount}</span></Space></Col>
      </Row>
      <Space style={{ marginBottom: 12 }}>
        {st.abilities.export && <ExportButton path={`/asset-stocktakes/${st.id}/report.xlsx`} filename={`${st.name}-盘点报告.xlsx`} />}
      </Space>
      <Table<ReportRow> size="small" rowKey={(x) => `c${String(x.id)}`} dataSource={r.byCategory} pagination={false} title={() => '按分类'} columns={columns('分类')} />
      <Table<ReportRow> size="small" style={{ marginTop: 16 }} rowKey={(x) => `r${String(x.id)}`} dataSource={r.byRoom} pagination={{ pageSize: 20, hideOnSinglePage: true }} title={() => '按房间'} columns={columns('房间')} />
    </>
  );
}
