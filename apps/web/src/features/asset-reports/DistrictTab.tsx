import { Alert, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { money } from '../../lib/money';
import { ChartCard } from '../repairs/dashboard/Chart';
import { type DistrictSchool, useDistrictAssetSummary } from './asset-reports-api';

function bySchoolOption(schools: DistrictSchool[]): EChartsCoreOption {
  const rows = [...schools].sort((a, b) => a.netValueFen - b.netValueFen);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => `¥${Number(v).toLocaleString('zh-CN')}` },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { hideOverlap: true, formatter: (v: number) => (v >= 10_000 ? `${v / 10_000}万` : String(v)) } },
    yAxis: { type: 'category', data: rows.map((s) => s.schoolName), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: '净值（元）', type: 'bar', stack: 'v', data: rows.map((s) => Math.round(s.netValueFen / 100)), itemStyle: { color: '#5470c6' } },
      { name: '累计折旧（元）', type: 'bar', stack: 'v', data: rows.map((s) => Math.round((s.originalValueFen - s.netValueFen) / 100)), itemStyle: { color: '#c8d3ef' } },
    ],
  };
}

/** 全区对比 (bureau accounts): every school of the district side by side; pick a school above to open its own report. */
export function DistrictTab({ onOpenSchool }: { onOpenSchool: (schoolId: number) => void }) {
  const q = useDistrictAssetSummary(true);
  if (q.isError) return <Alert type="error" showIcon message="全区资产对比加载失败" description={q.error.message} />;
  const d = q.data;
  const schools = d?.schools ?? [];
  const noCards = !d || d.totals.cards === 0;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {d ? `截至 ${d.asOf}，全区 ${d.schoolCount} 所学校共 ${d.totals.cards} 张在账卡片，原值 ${money(d.totals.originalValueFen)}，净值 ${money(d.totals.netValueFen)}。` : '正在统计…'}
      </Typography.Text>
      <ChartCard title="各校资产净值与累计折旧（元）" option={bySchoolOption(schools)} empty={noCards ? '本区各校还没有在账的资产卡片。' : null}
        height={Math.max(260, Math.min(schools.length, 40) * 28 + 60)} />
      <Table<DistrictSchool>
        rowKey="schoolId" size="small" loading={q.isFetching} dataSource={schools} scroll={{ x: 940 }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '本区还没有学校。' }}
        columns={[
          { title: '学校', dataIndex: 'schoolName', width: 200, render: (v: string, r) => <Typography.Link onClick={() => onOpenSchool(r.schoolId)}>{v}</Typography.Link> },
          { title: '卡片数', dataIndex: 'cards', align: 'right', width: 90, sorter: (a, b) => a.cards - b.cards },
          { title: '原值', dataIndex: 'originalValueFen', align: 'right', width: 150, sorter: (a, b) => a.originalValueFen - b.originalValueFen, render: (v: number) => money(v) },
          { title: '净值', dataIndex: 'netValueFen', align: 'right', width: 150, sorter: (a, b) => a.netValueFen - b.netValueFen, render: (v: number) => money(v) },
          { title: '闲置', dataIndex: 'idleCards', align: 'right', width: 80, sorter: (a, b) => a.idleCards - b.idleCards },
          { title: '超过使用年限', dataIndex: 'pastLifeCards', align: 'right', width: 120, sorter: (a, b) => a.pastLifeCards - b.pastLifeCards },
          {
            title: '上次盘点', dataIndex: 'lastStocktakeAt', width: 120,
            render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : <Typography.Text type="danger">未盘点</Typography.Text>),
          },
        ]}
        summary={() => (d && schools.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}><Typography.Text strong>全区合计</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{d.totals.cards}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{money(d.totals.originalValueFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{money(d.totals.netValueFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">{d.totals.idleCards}</Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">{d.totals.pastLifeCards}</Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        ) : null)}
      />
    </Space>
  );
}
