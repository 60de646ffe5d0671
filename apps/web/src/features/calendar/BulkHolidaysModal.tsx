import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useCalendarWrites, useSchoolCalendar } from './calendar-api';
import { plansFromDays } from './teaching-week';

const STANDARD = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

interface Row { name: string; off?: [Dayjs, Dayjs]; workdays?: Dayjs[] }
interface Values { holidays: Row[] }

/** 批量录入: a year's State Council schedule, replacing that year's 休/班 entries in one go. */
export function BulkHolidaysModal({ open, initialYear, onClose }: { open: boolean; initialYear: number; onClose: () => void }) {
  const [year, setYear] = useState(initialYear);
  const [form] = Form.useForm<Values>();
  const calendar = useSchoolCalendar(year);
  const writes = useCalendarWrites();
  const loadedYear = calendar.data && !calendar.isPlaceholderData ? year : null;

  useEffect(() => {
    if (!open || loadedYear === null || !calendar.data) return;
    const plans = plansFromDays(calendar.data.days.filter((d) => d.date.startsWith(`${loadedYear}-`)));
    form.setFieldsValue({
      holidays: plans.length > 0
        ? plans.map((p) => ({ name: p.name, off: [dayjs(p.off[0]), dayjs(p.off[1])], workdays: p.workdays.map((d) => dayjs(d)) }))
        : STANDARD.map((name) => ({ name, workdays: [] })),
    });
  }, [open, loadedYear, calendar.data, form]);

  const submit = (v: Values) => {
    const holidays = v.holidays.filter((h) => h.off).map((h) => ({
      name: h.name.trim(),
      off: [h.off![0].format('YYYY-MM-DD'), h.off![1].format('YYYY-MM-DD')] as [string, string],
      workdays: (h.workdays ?? []).map((d) => d.format('YYYY-MM-DD')),
    }));
    void writes.bulk.submit({ year, holidays }, form).then((ok) => ok && onClose());
  };

  return (
    <Modal open={open} title="批量录入节假日" width={820} onCancel={onClose} okText="保存（替换该年安排）" onOk={() => form.submit()}
      okButtonProps={{ loading: writes.bulk.isPending }} destroyOnHidden maskClosable={false}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }}
        message="按国务院办公厅当年发布的《部分节假日安排的通知》填写：每个节日的放假起止日期，以及调休上班的日期。"
        description="保存后会替换该年原有的全部放假和调休设置。没有填放假日期的行会被忽略。" />
      <Form.Item label="年份" style={{ marginBottom: 12 }}>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} precision={0} />
      </Form.Item>
      {loadedYear === null ? <Skeleton active /> : (
        <Form form={form} onFinish={submit} layout="vertical">
          <Form.List name="holidays">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row key={field.key} gutter={8} align="top">
                    <Col xs={24} sm={5}>
                      <Form.Item name={[field.name, 'name']} label={field.name === 0 ? '节日' : undefined} rules={[{ required: true, message: '请填写节日名称' }]}>
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={9}>
                      <Form.Item name={[field.name, 'off']} label={field.name === 0 ? '放假日期（起止）' : undefined}>
                        <DatePicker.RangePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={9}>
                      <Form.Item name={[field.name, 'workdays']} label={field.name === 0 ? '调休上班日期' : undefined}>
                        <DatePicker multiple style={{ width: '100%' }} placeholder="没有可不填" maxTagCount="responsive" />
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={1}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除这一行" onClick={() => remove(field.name)} style={{ marginTop: field.name === 0 ? 30 : 0 }} />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', workdays: [] })} block>添加一行</Button>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
