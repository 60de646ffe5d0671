import { Checkbox, Form, InputNumber, Select, Space, Typography } from 'antd';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'].map((d, i) => ({ value: i + 1, label: `周${d}` }));
export const SCHEDULE_KINDS = [
  { value: 'weekly', label: '每周' }, { value: 'monthly', label: '每月' }, { value: 'term', label: '每学期' },
  { value: 'yearly', label: '每年' }, { value: 'daily', label: '每天' }, { value: 'after_completion', label: '上次完成后' },
];

/** The recurrence as a sentence: 「每 [周] 的 [周一、周四]」, 「每学期 [开学] [前] [3] 天」 … */
export function ScheduleFields() {
  const kind = Form.useWatch(['schedule', 'kind']) as string | undefined;
  return (
    <Space wrap align="baseline" size={[8, 0]}>
      <Form.Item name={['schedule', 'kind']} rules={[{ required: true, message: '请选择重复方式' }]} style={{ minWidth: 120 }}>
        <Select options={SCHEDULE_KINDS} />
      </Form.Item>
      {kind === 'weekly' && (
        <>
          <Form.Item name={['schedule', 'everyWeeks']} initialValue={1}><InputNumber min={1} max={8} addonBefore="每" addonAfter="周" style={{ width: 120 }} /></Form.Item>
          <Form.Item name={['schedule', 'weekdays']} rules={[{ required: true, message: '至少选一天' }]}><Checkbox.Group options={WEEKDAYS} /></Form.Item>
        </>
      )}
      {kind === 'monthly' && (
        <Form.Item name={['schedule', 'day']} rules={[{ required: true, message: '请填写几号' }]} extra="29–31 日在小月取最后一天">
          <InputNumber min={1} max={31} addonAfter="日" style={{ width: 110 }} />
        </Form.Item>
      )}
      {kind === 'yearly' && (
        <>
          <Form.Item name={['schedule', 'month']} rules={[{ required: true, message: '请填写月份' }]}><InputNumber min={1} max={12} addonAfter="月" style={{ width: 100 }} /></Form.Item>
          <Form.Item name={['schedule', 'day']} rules={[{ required: true, message: '请填写几号' }]}><InputNumber min={1} max={31} addonAfter="日" style={{ width: 100 }} /></Form.Item>
        </>
      )}
      {kind === 'term' && (
        <>
          <Form.Item name={['schedule', 'anchor']} initialValue="start"><Select style={{ width: 120 }} options={[{ value: 'start', label: '开学' }, { value: 'end', label: '学期结束' }]} /></Form.Item>
          <Form.Item name={['schedule', 'offsetDays']} initialValue={0} extra="负数为之前，如 -3 表示前 3 天；按校历中的学期">
            <InputNumber min={-90} max={90} addonAfter="天" style={{ width: 120 }} />
          </Form.Item>
        </>
      )}
      {kind === 'after_completion' && (
        <Form.Item name={['schedule', 'days']} rules={[{ required: true, message: '请填写间隔天数' }]}><InputNumber min={1} max={730} addonAfter="天后再做" style={{ width: 150 }} /></Form.Item>
      )}
      {kind === 'daily' && <Typography.Text type="secondary">通常配合「遇节假日：跳过」只在工作日做</Typography.Text>}
    </Space>
  );
}
