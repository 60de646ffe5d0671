import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fenOf } from '../../lib/money';
import { type Disposal, METHOD_OPTIONS, useCompleteDisposal } from './disposals-api';

interface Values { method: string; disposedOn: Dayjs; proceedsYuan: number; proceedsNote?: string; recipient?: string }

/** 处置完成: how, when and for how much; the cards leave the ledger on that date (条例 第三十五条). */
export function CompleteModal({ disposal, onClose }: { disposal: Disposal; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const write = useCompleteDisposal(disposal, onClose);
  const finish = (v: Values) => void write.submit({
    method: v.method, disposedOn: v.disposedOn.format('YYYY-MM-DD'), proceedsFen: fenOf(v.proceedsYuan ?? 0),
    ...(v.proceedsNote?.trim() ? { proceedsNote: v.proceedsNote.trim() } : {}), ...(v.recipient?.trim() ? { recipient: v.recipient.trim() } : {}),
  }, form);
  return (
    <Modal open title={`处置完成：${disposal.summary}`} onCancel={onClose} okText="确认处置并销账" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={finish} initialValues={{ method: disposal.proposedMethod, disposedOn: dayjs(), proceedsYuan: 0 }}>
        <Form.Item name="method" label="处置方式" rules={[{ required: true }]}><Select options={METHOD_OPTIONS} /></Form.Item>
        <Form.Item name="disposedOn" label="处置日期（资产当月起停止计提折旧）" rules={[{ required: true, message: '请选择处置日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="proceedsYuan" label="处置收入（元）" rules={[{ required: true, message: '没有收入请填 0' }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="proceedsNote" label="收入上缴说明" extra="处置收入按非税收入管理规定上缴国库"><Input maxLength={200} placeholder="如：已上缴国库，缴款书号 …" /></Form.Item>
        <Form.Item name="recipient" label="接收单位"><Input maxLength={100} placeholder="如：某某再生资源回收公司" /></Form.Item>
      </Form>
    </Modal>
  );
}
