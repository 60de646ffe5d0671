import { ArrowRightOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import type { AuditChange } from './audit-types';

function show(value: unknown) {
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return <Typography.Text code>{JSON.stringify(value)}</Typography.Text>;
  return String(value);
}

/** Field by field: before → after. */
export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return <Typography.Text type="secondary">没有字段变化（例如登录、退出等操作）</Typography.Text>;
  return (
    <Table<AuditChange>
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={changes}
      scroll={{ x: 480 }}
      columns={[
        { title: '字段', dataIndex: 'field', width: 140, render: (_, c) => c.fieldLabel || c.field },
        { title: '修改前', dataIndex: 'before', render: (v: unknown) => show(v) },
        { title: '', width: 32, render: () => <ArrowRightOutlined style={{ color: '#999' }} /> },
        { title: '修改后', dataIndex: 'after', render: (v: unknown) => show(v) },
      ]}
    />
  );
}
