import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { money } from '../../lib/money';
import type { Figures } from './asset-reports-api';

export type FiguresRow = Figures & { rowKey: string; label: string; children?: FiguresRow[] };

/** The figure columns every summary table shares: count, 原值, 累计折旧, 净值, this year's additions and disposals. */
function figureColumns(): ColumnsType<FiguresRow> {
  const amount = (key: keyof Figures, title: string, strong = false) => ({
    title, dataIndex: key, key, align: 'right' as const, width: 130,
    render: (v: number) => (strong ? <Typography.Text strong>{money(v)}</Typography.Text> : money(v)),
  });
  return [
    { title: '卡片数', dataIndex: 'cards', key: 'cards', align: 'right', width: 80 },
    amount('originalFen', '原值'),
    amount('accumulatedFen', '累计折旧'),
    amount('netFen', '净值', true),
    { title: '本年新增', key: 'added', align: 'right', width: 150, render: (_, r) => (r.addedCards ? `${r.addedCards} 张 / ${money(r.addedFen)}` : '—') },
    { title: '本年处置', key: 'disposed', align: 'right', width: 150, render: (_, r) => (r.disposedCards ? `${r.disposedCards} 张 / ${money(r.disposedFen)}` : '—') },
  ];
}

/** A summary table with a 合计 row; rows may carry children (门类 → 大类). */
export function FiguresTable({ title, rows, totals, empty, loading }: { title: string; rows: FiguresRow[]; totals: Figures | undefined; empty: string; loading: boolean }) {
  const columns = figureColumns();
  return (
    <Table<FiguresRow>
      // why: defaultExpandAllRows applies on mount only, so the table mounts again once the rows arrive.
      key={rows.map((r) => r.rowKey).join()}
      rowKey="rowKey" size="small" bordered pagination={false} loading={loading} dataSource={rows} scroll={{ x: 960 }}
      expandable={{ defaultExpandAllRows: true }}
      locale={{ emptyText: empty }}
      columns={[{ title, dataIndex: 'label', key: 'label', width: 240, fixed: 'left' }, ...columns]}
      summary={() => (totals && rows.length > 0 ? (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><Typography.Text strong>合计</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right"><Typography.Text strong>{totals.cards}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right"><Typography.Text strong>{money(totals.originalFen)}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right"><Typography.Text strong>{money(totals.accumulatedFen)}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right"><Typography.Text strong>{money(totals.netFen)}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">{totals.addedCards ? `${totals.addedCards} 张 / ${money(totals.addedFen)}` : '—'}</Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">{totals.disposedCards ? `${totals.disposedCards} 张 / ${money(totals.disposedFen)}` : '—'}</Table.Summary.Cell>
        </Table.Summary.Row>
      ) : null)}
    />
  );
}
