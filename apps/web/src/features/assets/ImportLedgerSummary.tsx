import { Space, Table, Tag, Typography } from 'antd';
import type { LedgerImportReport, LedgerRowReport } from './ImportColumnMapping';

/**
 * What a commit would do, row by row: 新建, 无变化 (already on the books, left alone), 与系统不同
 * (on the books but the file differs: listed, never overwritten), 有问题, 跳过.
 */
export function ImportLedgerSummary({ report }: { report: LedgerImportReport }) {
  const { summary } = report;
  const changed = report.rows.filter((r) => r.status === 'changed');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-summary">
      <Space wrap>
        <Tag color="blue">新建 {summary.new}</Tag>
        <Tag>无变化 {summary.unchanged}</Tag>
        <Tag color={summary.changed ? 'orange' : undefined}>与系统不同 {summary.changed}</Tag>
        <Tag color={summary.error ? 'red' : undefined}>有问题 {summary.error}</Tag>
        {summary.skipped ? <Tag>跳过 {summary.skipped}</Tag> : null}
      </Space>
      {summary.new === 0 && summary.error === 0 ? (
        <Typography.Text type="secondary">文件中的卡片都已在系统中，导入不会新建或修改任何卡片。</Typography.Text>
      ) : null}
      {changed.length > 0 ? (
        <>
          <Typography.Text type="secondary">下列卡片已在系统中，但与文件不同；导入不会覆盖它们，如需修改请在卡片上办理。</Typography.Text>
          <Table<LedgerRowReport> size="small" rowKey="row" dataSource={changed} pagination={{ pageSize: 5, hideOnSinglePage: true }} scroll={{ x: 560 }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 64 },
              { title: '资产编号', dataIndex: 'code', width: 130 },
              { title: '名称', dataIndex: 'name', width: 120 },
              { title: '不同之处', key: 'changes', render: (_: unknown, r: LedgerRowReport) => r.changes.map((c) => `${c.label}：系统「${c.before ?? '空'}」，文件「${c.after ?? '空'}」`).join('；') },
            ]} />
        </>
      ) : null}
    </Space>
  );
}
