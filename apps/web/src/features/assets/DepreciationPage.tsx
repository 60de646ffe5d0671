import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, DatePicker, Empty, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { type DepreciationReport, useDepreciationReport } from './assets-api';
import { DepreciationRunCard } from './DepreciationRunCard';
import { money } from '../../lib/money';

type Row = DepreciationReport['rows'][number];

const amountIn = (amounts: { month: string; amountFen: number }[], month: string) => amounts.find((a) => a.month === month)?.amountFen ?? 0;

/** 折旧: what was booked per category and month, with totals; the same sheet as Excel for finance. */
export function DepreciationPage() {
  const { can } = useSession();
  const mobile = useIsMobile();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const from = range[0].format('YYYY-MM');
  const to = range[1].format('YYYY-MM');
  const report = useDepreciationReport(from, to);
  const data = report.data;
  const months = data?.months ?? [];
  const short = (m: string) => `${Number(m.slice(5))}月`;

  return (
    <PageContainer title="折旧">
      {can('asset_settings', 'update') ? <DepreciationRunCard /> : null}
      <Card size="small" title="折旧汇总（按分类、月份）"
        extra={<ExportButton path="/asset-depreciation/report.xlsx" filters={{ from, to }} filename={`折旧汇总${from}至${to}.xlsx`} />}>
        <Space style={{ marginBottom: 12 }} wrap>
          <DatePicker.RangePicker picker="month" value={range} allowClear={false} onChange={(v) => { if (v?.[0] && v[1]) setRange([v[0], v[1]]); }}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')} aria-label="月份范围" />
          <Typography.Text type="secondary">最多 120 个月；只统计已计提的月份。</Typography.Text>
        </Space>
        {report.isError ? <Alert type="error" showIcon message="折旧汇总加载失败" description={report.error.message} /> : null}
        <Table<Row>
          rowKey="categoryId"
          size="small"
          bordered
          loading={report.isFetching}
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ x: 320 + months.length * 110 }}
          locale={{ emptyText: <Empty description={`${from} 至 ${to} 还没有计提的折旧。月初系统会自动计提上个月；也可以用上面的“计提”按钮手动计提。`} /> }}
          columns={[
            { title: '分类', key: 'category', fixed: 'left', width: mobile ? 130 : 220, render: (_, r) => `${r.categoryCode} ${r.categoryName}` },
            ...months.map((m) => ({ title: months.length > 12 ? m : short(m), key: m, width: 110, align: 'right' as const, render: (_: unknown, r: Row) => money(amountIn(r.amounts, m)) })),
            { title: '合计', key: 'total', fixed: mobile ? undefined : 'right', width: 130, align: 'right', render: (_, r) => <Typography.Text strong>{money(r.totalFen)}</Typography.Text> },
          ]}
          summary={() => (data && data.rows.length > 0 ? (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}><Typography.Text strong>合计</Typography.Text></Table.Summary.Cell>
                {months.map((m, i) => <Table.Summary.Cell key={m} index={i + 1} align="right"><Typography.Text strong>{money(amountIn(data.totals, m))}</Typography.Text></Table.Summary.Cell>)}
                <Table.Summary.Cell index={months.length + 1} align="right"><Typography.Text strong>{money(data.totalFen)}</Typography.Text></Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null)}
        />
      </Card>
    </PageContainer>
  );
}
