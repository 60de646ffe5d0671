import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type Movement, useMovementStep } from './movements-api';

interface Values { dueDate?: Dayjs; reason?: string }

/**
 * 续借: the storekeeper moves a lent loan's due date later, with the reason; the borrower is told
 * and the overdue reminders wait for the new date. The server checks the date again.
 */
export function ExtendLoanModal({ movement: m, onClose }: { movement: Movement; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const step = useMovementStep(m, onClose);
  const current = m.dueDate ? dayjs(m.dueDate) : dayjs();
  // The new date must be after the current one and not before today.
  const dayAfter = current.add(1, 'day').startOf('day');
  const today = dayjs().startOf('day');
  const earliest = dayAfter.isAfter(today) ? dayAfter : today;
  const finish = (v: Values) => void step.submit({ action: 'extend', dueDate: v.dueDate?.format('YYYY-MM-DD'), reason: v.reason?.trim() ?? '' }, form);
  return (
    <Modal open title={`续借：${m.code}`} onCancel={onClose} onOk={() => form.submit()} okText="续借" okButtonProps={{ loading: step.isPending }} destroyOnHidden>
      <Alert type={m.overdue ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }}
        message={`${m.assetSummary}　借用人 ${m.toCustodianName ?? '—'}　现归还期限 ${m.dueDate ?? '—'}${m.overdue ? '（已逾期）' : ''}`}
        description="续借后借用人会收到通知，逾期提醒顺延到新的归还期限之后。" />
      <Form form={form} layout="vertical" name="extend" onFinish={finish} initialValues={{ dueDate: earliest.add(7, 'day') }}>
        <Form.Item name="dueDate" label="新的归还期限" rules={[{ required: true, message: '请选择新的归还期限' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(earliest, 'day')} />
        </Form.Item>
        <Form.Item name="reason" label="续借理由" rules={[{ required: true, whitespace: true, message: '请填写续借理由' }]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：公开课改期到下周，借用人申请延长" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
