import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ImportReport } from '../../components/ImportWizard';

export interface LedgerColumn { column: number; letter: string; header: string; field: string | null; fieldLabel: string | null; samples: string[] }
export interface LedgerField { key: string; label: string; required: boolean; column: number | null }
export interface LedgerRowReport {
  row: number; status: 'new' | 'unchanged' | 'changed' | 'error' | 'skipped'; statusLabel: string; code: string | null; name: string | null; assetId: number | null;
  changes: { field: string; label: string; before: string | null; after: string | null }[];
}
export interface CreatedCard { row: number; id: number; code: string; name: string }
/** POST /assets/import's answer (modules/assets/import/README.md). */
export interface LedgerImportReport extends ImportReport<CreatedCard> {
  headerRow: number;
  columns: LedgerColumn[];
  fields: LedgerField[];
  summary: { new: number; unchanged: number; changed: number; error: number; skipped: number };
  rows: LedgerRowReport[];
}

/** column number (1-based) → field key, or null for 「不导入」. */
type Choice = Record<number, string | null>;

const NOT_IMPORTED = '';

function choiceOf(report: LedgerImportReport): Choice {
  return Object.fromEntries(report.columns.map((c) => [c.column, c.field]));
}

interface Props { report: LedgerImportReport; busy: boolean; onRecheck: (mapping: Record<string, number>) => void }

/**
 * 核对列: the header row the check found, each column of the file with a few of its values and the card
 * field it fills (suggested from the Chinese header, changeable, or 「不导入」). A field goes to one
 * column only, so choosing it for one column frees it from another. 重新检查 runs the check again
 * with this mapping; the commit then uses the same mapping.
 */
export function ImportColumnMapping({ report, busy, onRecheck }: Props) {
  const suggested = useMemo(() => choiceOf(report), [report]);
  const [choice, setChoice] = useState<Choice>(suggested);
  const [seen, setSeen] = useState(report);
  // A new check result (another file, or the re-check) starts from what the server applied.
  if (seen !== report) { setSeen(report); setChoice(suggested); }

  const changed = report.columns.some((c) => (choice[c.column] ?? null) !== c.field);
  const used = new Set(Object.values(choice).filter((f): f is string => !!f));
  const missing = report.fields.filter((f) => f.required && !used.has(f.key));
  const options = [
    { value: NOT_IMPORTED, label: '不导入' },
    ...report.fields.map((f) => ({ value: f.key, label: f.required ? `${f.label}（必填）` : f.label })),
  ];

  const pick = (column: number, field: string) => {
    setChoice((prev) => {
      const next: Choice = {};
      for (const [col, f] of Object.entries(prev)) next[Number(col)] = field && f === field ? null : f;
      next[column] = field || null;
      return next;
    });
  };
  const recheck = () => {
    const mapping: Record<string, number> = {};
    for (const [col, f] of Object.entries(choice)) if (f) mapping[f] = Number(col);
    onRecheck(mapping);
  };

  return (
    <div data-testid="import-mapping">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Text>
          表头在第 <Typography.Text strong>{report.headerRow}</Typography.Text> 行，共 {report.columns.length} 列。
          请核对每列导入为哪个字段（已按表头文字自动对应）。
        </Typography.Text>
        <Button icon={<ReloadOutlined />} disabled={!changed || missing.length > 0} loading={busy} onClick={recheck}>重新检查</Button>
      </Space>
      {missing.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }}
          message={<>还没有对应的必填字段：{missing.map((f) => <Tag color="red" key={f.key}>{f.label}</Tag>)}请为它们各选一列后再重新检查。</>} />
      ) : changed ? (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} message="列的对应已修改，点「重新检查」按新的对应重新检查文件；下方结果仍是修改前的。" />
      ) : null}
      <Table<LedgerColumn>
        size="small" rowKey="column" dataSource={report.columns} pagination={false} scroll={{ x: 640, y: 240 }}
        columns={[
          { title: '列', dataIndex: 'letter', width: 52 },
          { title: '文件中的表头', dataIndex: 'header', width: 150, render: (h: string) => h || <Typography.Text type="secondary">（无表头）</Typography.Text> },
          {
            title: '前几行的值', dataIndex: 'samples', ellipsis: true,
            render: (s: string[]) => (s.length ? s.join('、') : <Typography.Text type="secondary">（空）</Typography.Text>),
          },
          {
            title: '导入为', key: 'field', width: 200,
            render: (_: unknown, c: LedgerColumn) => (
              <Select
                size="small" style={{ width: '100%' }} showSearch optionFilterProp="label" aria-label={`第 ${c.letter} 列导入为`}
                value={choice[c.column] ?? NOT_IMPORTED} options={options} onChange={(v: string) => pick(c.column, v)}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
