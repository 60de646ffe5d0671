import { Col, Row, Space } from 'antd';
import { ChartCard } from '../repairs/dashboard/Chart';
import type { AssetSummary, Breakdown } from './asset-reports-api';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { breakdownPieRows, netPieOption } from './summary-charts';

const asRows = (prefix: string, rows: Breakdown[]): FiguresRow[] => rows.map((r) => ({ ...r, rowKey: `${prefix}${r.key ?? 'none'}` }));

/** 按使用状况、资金来源、使用部门、存放楼宇: the same figures cut four ways, each adding up to the school total. */
export function BreakdownTab({ summary, loading }: { summary: AssetSummary | undefined; loading: boolean }) {
  const t = summary?.totals;
  const empty = '截至这一天还没有在账的资产卡片。';
  const noNet = !summary || summary.totals.netFen === 0 ? '没有净值可画。' : null;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}><ChartCard title="净值按使用状况" option={summary ? netPieOption(breakdownPieRows(summary.byStatus)) : {}} empty={noNet} height={280} /></Col>
        <Col xs={24} md={12}><ChartCard title="净值按资金来源" option={summary ? netPieOption(breakdownPieRows(summary.byFundingSource)) : {}} empty={noNet} height={280} /></Col>
      </Row>
      <FiguresTable title="使用状况" rows={asRows('s', summary?.byStatus ?? [])} totals={t} loading={loading} empty={empty} />
      <FiguresTable title="资金来源" rows={asRows('f', summary?.byFundingSource ?? [])} totals={t} loading={loading} empty={empty} />
      <FiguresTable title="使用部门" rows={asRows('d', summary?.byDepartment ?? [])} totals={t} loading={loading} empty={empty} />
      <FiguresTable title="存放楼宇" rows={asRows('b', summary?.byBuilding ?? [])} totals={t} loading={loading} empty={empty} />
    </Space>
  );
}
