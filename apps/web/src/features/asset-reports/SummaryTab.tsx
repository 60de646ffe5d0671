import { Alert, Card, Col, Row, Space, Statistic } from 'antd';
import { money } from '../../lib/money';
import { ChartCard } from '../repairs/dashboard/Chart';
import type { AssetSummary } from './asset-reports-api';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { categoryPieRows, equipmentClasses, netByCategoryOption, netPieOption } from './summary-charts';

const NO_CARDS = '截至这一天还没有在账的资产卡片。请先在「资产台账」建卡或导入原有台账。';

/** 年报汇总: the totals, where the value sits (by 大类 and 门类) and the table by 门类 and 大类 with subtotals. */
export function SummaryTab({ summary, loading, error }: { summary: AssetSummary | undefined; loading: boolean; error: Error | null }) {
  if (error) return <Alert type="error" showIcon message="资产汇总加载失败" description={error.message} />;
  const t = summary?.totals;
  const rows: FiguresRow[] = (summary?.categories ?? []).map((c) => ({
    ...c, rowKey: `c${c.categoryId}`, label: `${c.code} ${c.name}`,
    children: c.children.map((m) => ({ ...m, rowKey: `m${m.categoryId}`, label: `${m.code} ${m.name}` })),
  }));
  const empty = !summary || summary.totals.cards === 0;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" loading={loading && !summary}>
        <Row gutter={[16, 12]}>
          <Col xs={12} md={4}><Statistic title="在账卡片" value={t?.cards ?? 0} suffix="张" /></Col>
          <Col xs={12} md={5}><Statistic title="原值" value={money(t?.originalFen ?? 0)} /></Col>
          <Col xs={12} md={5}><Statistic title="累计折旧" value={money(t?.accumulatedFen ?? 0)} /></Col>
          <Col xs={12} md={5}><Statistic title="净值" value={money(t?.netFen ?? 0)} valueStyle={{ color: '#1d39c4' }} /></Col>
          <Col xs={12} md={5}><Statistic title={`${summary?.year ?? ''}年新增 / 处置`} value={`${t?.addedCards ?? 0} / ${t?.disposedCards ?? 0}`} suffix="张" /></Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <ChartCard title="净值与累计折旧（按大类，不含房屋和构筑物，元）" option={summary ? netByCategoryOption(summary) : {}} height={320}
            empty={empty ? NO_CARDS : summary && equipmentClasses(summary).length === 0 ? '除房屋和构筑物外还没有在账的资产。' : null} />
        </Col>
        <Col xs={24} lg={10}>
          <ChartCard title="净值构成（按门类）" option={summary ? netPieOption(categoryPieRows(summary)) : {}} empty={empty || (t?.netFen ?? 0) === 0 ? '没有净值可画：卡片都已提足折旧或还没有卡片。' : null} height={320} />
        </Col>
      </Row>
      <FiguresTable title="资产分类（门类 / 大类）" rows={rows} totals={t} loading={loading} empty={NO_CARDS} />
    </Space>
  );
}
