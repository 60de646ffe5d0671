import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useCalendarWrites, type WorkHours } from './calendar-api';

const WEEKDAYS: [string, string][] = [['1', '周一'], ['2', '周二'], ['3', '周三'], ['4', '周四'], ['5', '周五'], ['6', '周六'], ['0', '周日']];
type Period = [Dayjs, Dayjs] | null;

const toPeriods = (hours: WorkHours): Record<string, Period[]> =>
  Object.fromEntries(WEEKDAYS.map(([k]) => [k, (hours[k] ?? []).map(([a, b]) => [dayjs(a, 'HH:mm'), dayjs(b, 'HH:mm')] as Period)]));

/** 工作时间: the periods of each weekday; SLA clocks for repairs run only inside them. */
export function WorkHoursEditor({ workHours, version, editable }: { workHours: WorkHours; version: number; editable: boolean }) {
  const [draft, setDraft] = useState<Record<string, Period[]>>(() => toPeriods(workHours));
  const writes = useCalendarWrites();
  useEffect(() => setDraft(toPeriods(workHours)), [workHours]);
  const incomplete = Object.values(draft).some((ps) => ps.some((p) => p === null));

  const set = (day: string, periods: Period[]) => setDraft((d) => ({ ...d, [day]: periods }));
  const save = () => {
    const body = Object.fromEntries(WEEKDAYS.map(([k]) => [k, (draft[k] ?? []).filter((p): p is [Dayjs, Dayjs] => p !== null).map(([a, b]) => [a.format('HH:mm'), b.format('HH:mm')] as [string, string])]));
    writes.workHours.mutate({ version, workHours: body });
  };

  return (
    <Card size="small" title="每周工作时间" extra={editable ? (
      <Space wrap>
        <Button onClick={() => setDraft((d) => ({ ...d, 2: d[1] ?? [], 3: d[1] ?? [], 4: d[1] ?? [], 5: d[1] ?? [] }))}>按周一填充周二至周五</Button>
        <Button type="primary" disabled={incomplete} loading={writes.workHours.isPending} onClick={save}>保存</Button>
      </Space>
    ) : null}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message="报修响应、维修时限等按工作时间计算；节假日不计，调休上班日按周一的时间计算。" />
      {WEEKDAYS.map(([key, label]) => (
        <div key={key} style={{ display: 'flex', gap: 12, alignItems: 'flex-start', padding: '8px 0', borderBottom: '1px solid #f0f0f0', flexWrap: 'wrap' }}>
          <Typography.Text strong style={{ width: 40, lineHeight: '32px' }}>{label}</Typography.Text>
          <Space direction="vertical" size={6} style={{ flex: 1, minWidth: 240 }}>
            {(draft[key] ?? []).length === 0 ? <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>休息</Typography.Text> : null}
            {(draft[key] ?? []).map((p, i) => (
              <Space key={i}>
                <TimePicker.RangePicker format="HH:mm" minuteStep={5} value={p} disabled={!editable} allowClear={false} order
                  onChange={(v) => set(key, (draft[key] ?? []).map((old, j) => (j === i ? (v && v[0] && v[1] ? [v[0], v[1]] : null) : old)))} />
                {editable ? <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除时段" onClick={() => set(key, (draft[key] ?? []).filter((_, j) => j !== i))} /> : null}
              </Space>
            ))}
            {editable && (draft[key] ?? []).length < 6 ? (
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => set(key, [...(draft[key] ?? []), null])}>添加时段</Button>
            ) : null}
          </Space>
        </div>
      ))}
    </Card>
  );
}
