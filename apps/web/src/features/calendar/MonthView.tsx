import { Alert, Button, Calendar, Form, Grid, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { type CalendarDay, type SchoolCalendar, useCalendarWrites } from './calendar-api';
import { teachingWeekOn, termOn } from './teaching-week';

interface DayValues { kind: 'holiday' | 'workday'; name: string }

function DayModal({ date, entry, editable, onClose }: { date: string | null; entry: CalendarDay | undefined; editable: boolean; onClose: () => void }) {
  const [form] = Form.useForm<DayValues>();
  const writes = useCalendarWrites();
  return (
    <Modal
      open={date !== null}
      title={date ? `${date} 的安排` : ''}
      onCancel={onClose}
      destroyOnHidden
      footer={editable ? (
        <Space>
          {entry ? <Button danger loading={writes.deleteDay.isPending} onClick={() => void writes.deleteDay.submit(entry.id).then((ok) => ok && onClose())}>恢复为平常日子</Button> : null}
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={writes.upsertDay.isPending} onClick={() => form.submit()}>保存</Button>
        </Space>
      ) : <Button onClick={onClose}>关闭</Button>}
    >
      <Form form={form} layout="vertical" disabled={!editable} initialValues={entry ? { kind: entry.kind, name: entry.name } : { kind: 'holiday', name: '' }}
        onFinish={(v) => void writes.upsertDay.submit({ date: date!, kind: v.kind, name: v.name.trim() }, form).then((ok) => ok && onClose())}>
        <Form.Item name="kind" label="类型">
          <Radio.Group optionType="button" options={[{ value: 'holiday', label: '放假（休）' }, { value: 'workday', label: '调休上班（班）' }]} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称，例如：国庆节、运动会补课' }]}>
          <Input maxLength={40} placeholder="例如：国庆节、校运会、国庆节调休上班" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">周末默认不上班；调休上班日按周一的工作时间计算。</Typography.Text>
    </Modal>
  );
}

/** The month grid: 休 / 班 marks, 第N周 on Mondays in term, click a day to change it. */
export function MonthView({ calendar, editable, onYearChange }: { calendar: SchoolCalendar; editable: boolean; onYearChange: (year: number) => void }) {
  const screens = Grid.useBreakpoint();
  const [openDate, setOpenDate] = useState<string | null>(null);
  const byDate = new Map(calendar.days.map((d) => [d.date, d]));

  const cell = (value: Dayjs) => {
    const date = value.format('YYYY-MM-DD');
    const entry = byDate.get(date);
    const week = value.day() === 1 ? teachingWeekOn(calendar.schoolYears, date) : null;
    const inTerm = termOn(calendar.schoolYears, date);
    return (
      <div style={{ lineHeight: 1.4, fontSize: 12 }}>
        {entry ? <Tag color={entry.kind === 'holiday' ? 'red' : 'orange'} style={{ marginInlineEnd: 4, fontSize: 11, padding: '0 4px' }}>{entry.kind === 'holiday' ? '休' : '班'}</Tag> : null}
        {week ? <Typography.Text type="secondary" style={{ fontSize: 11 }}>第{week}周</Typography.Text> : null}
        {screens.md && entry ? <div style={{ color: entry.kind === 'holiday' ? '#cf1322' : '#d46b08', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{entry.name}</div> : null}
        {screens.md && !entry && !inTerm && value.date() === 1 ? <Typography.Text type="secondary" style={{ fontSize: 11 }}>假期</Typography.Text> : null}
      </div>
    );
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color="red">休</Tag><Typography.Text type="secondary">放假</Typography.Text>
        <Tag color="orange">班</Tag><Typography.Text type="secondary">调休上班</Typography.Text>
        <Typography.Text type="secondary">· 周一格子里标注教学周 · {editable ? '点日期可设置或取消放假、调休' : '只读'}</Typography.Text>
      </Space>
      {calendar.schoolYears.length === 0 ? <Alert type="info" showIcon style={{ marginBottom: 8 }} message="还没有学年学期：在「学年学期」页签新建后，日历上会显示第几教学周。" /> : null}
      <Calendar
        fullscreen={!!screens.md}
        cellRender={(value, info) => (info.type === 'date' ? cell(value) : info.originNode)}
        onSelect={(value, info) => { if (info.source === 'date') setOpenDate(value.format('YYYY-MM-DD')); }}
        onPanelChange={(value) => onYearChange(value.year())}
      />
      <DayModal key={openDate ?? ''} date={openDate} entry={openDate ? byDate.get(openDate) : undefined} editable={editable} onClose={() => setOpenDate(null)} />
    </>
  );
}
