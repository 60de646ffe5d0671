import { Alert, Button, Card, DatePicker, Popconfirm, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type DepreciationRun, useDepreciationRun } from './assets-api';
import { money } from '../../lib/money';

/** 计提: books every month still missing up to the chosen one; a second run books nothing, so it is safe to press twice. */
export function DepreciationRunCard() {
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [result, setResult] = useState<DepreciationRun | null>(null);
  const run = useDepreciationRun();
  const go = () => run.mutate(month.format('YYYY-MM'), { onSuccess: setResult });
  return (
    <Card size="small" title="计提折旧" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">系统每月初会自动计提上个月的折旧。需要提前出本月报表，或补提以前月份时，可以在这里手动计提；已计提的月份不会重复记账。</Typography.Text>
        <Space wrap>
          <DatePicker picker="month" value={month} allowClear={false} onChange={(d) => { if (d) setMonth(d); }}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')} aria-label="计提到哪个月" />
          <Popconfirm title={`计提到 ${month.format('YYYY年M月')}？`} description="会补齐这个月及以前所有未计提的月份。" okText="计提" cancelText="取消" onConfirm={go}>
            <Button type="primary" loading={run.isPending}>计提</Button>
          </Popconfirm>
        </Space>
        {result ? (
          <Alert type={result.months > 0 ? 'success' : 'info'} showIcon closable onClose={() => setResult(null)}
            message={result.months > 0
              ? `已计提到 ${result.month}：${result.assets} 张卡片，共 ${result.months} 个卡片月，金额 ${money(result.amountFen)}`
              : `${result.month} 及以前的折旧都已计提过，这次没有新增记账。`} />
        ) : null}
      </Space>
    </Card>
  );
}
