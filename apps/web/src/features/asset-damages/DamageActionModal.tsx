import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fenOf, money, yuanOf } from '../../lib/money';
import { useCategories } from '../repairs/repairs-api';
import { type Damage, type DamageActionKey, useDamageAction } from './damages-api';

interface Values {
  note?: string; amountYuan?: number; reason?: string; paidOn?: Dayjs; receiptNo?: string; collectedBy?: string; workOrderId?: number;
  categoryId?: number; urgency?: string; description?: string;
}

const TITLES: Record<DamageActionKey, string> = { propose: '提出赔偿建议', approve: '批准赔偿', waive: '免于赔偿', pay: '登记缴费', cancel: '撤销损坏记录', 'work-order': '关联维修工单', 'raise-repair': '发起报修' };

/** One action on a damage record; the amount of a proposal is computed by the server, never typed. */
export function DamageActionModal({ damage, action, onClose }: { damage: Damage; action: DamageActionKey; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const write = useDamageAction(damage, action, onClose);
  const amount = damage.approvedFen ?? damage.proposedFen ?? 0;
  const finish = (v: Values) => {
    const body: Record<string, unknown> = {};
    if (action === 'propose' && v.note?.trim()) body.note = v.note.trim();
    if (action === 'approve') {
      const fen = fenOf(v.amountYuan ?? 0);
      if (fen !== damage.proposedFen) body.amountFen = fen;
      if (v.reason?.trim()) body.reason = v.reason.trim();
    }
    if (action === 'waive' || action === 'cancel') body.reason = v.reason?.trim() ?? '';
    if (action === 'pay') Object.assign(body, { amountFen: fenOf(v.amountYuan ?? 0), paidOn: v.paidOn?.format('YYYY-MM-DD'), receiptNo: v.receiptNo?.trim(), collectedBy: v.collectedBy?.trim() });
    if (action === 'work-order') body.workOrderId = v.workOrderId;
    if (action === 'raise-repair') Object.assign(body, { categoryId: v.categoryId, urgency: v.urgency ?? 'normal', ...(v.description?.trim() ? { description: v.description.trim() } : {}) });
    void write.submit(body, form);
  };
  return (
    <Modal open title={`${TITLES[action]}：${damage.assetName}`} onCancel={onClose} okText="确定" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={finish} initialValues={{ amountYuan: yuanOf(amount), paidOn: dayjs() }}>
        {action === 'propose' ? (
          <>
            <p>系统按设置计算：{damage.workOrderCostFen ? `维修费用 ${money(damage.workOrderCostFen)}` : `资产净值 ${money(damage.netValueFen)}`} × {damage.causeLabel}比例。</p>
            <Form.Item name="note" label="说明"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          </>
        ) : null}
        {action === 'approve' ? (
          <>
            <p>建议金额：{money(damage.proposedFen ?? 0)}（{damage.proposedBasis}）</p>
            <Form.Item name="amountYuan" label="核定金额（元）" rules={[{ required: true, message: '请填写金额' }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="reason" label="调整理由" extra="核定金额与建议金额不同时必填"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          </>
        ) : null}
        {action === 'waive' || action === 'cancel' ? (
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}><Input.TextArea rows={3} maxLength={500} /></Form.Item>
        ) : null}
        {action === 'pay' ? (
          <>
            <Form.Item name="amountYuan" label="实收金额（元）" rules={[{ required: true, message: '请填写金额' }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="paidOn" label="缴费日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="receiptNo" label="收据号" rules={[{ required: true, message: '请填写收据号' }]}><Input maxLength={40} /></Form.Item>
            <Form.Item name="collectedBy" label="收款人" rules={[{ required: true, message: '请填写收款人' }]}><Input maxLength={40} /></Form.Item>
          </>
        ) : null}
        {action === 'raise-repair' ? <RaiseRepairFields damage={damage} /> : null}
        {action === 'work-order' ? (
          <Form.Item name="workOrderId" label="维修工单编号" rules={[{ required: true, message: '请填写工单编号' }]}><InputNumber min={1} precision={0} style={{ width: '100%' }} /></Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

/** 发起报修: the card's room is taken from its card; the caller picks the category and may reword the fault. */
function RaiseRepairFields({ damage }: { damage: Damage }) {
  const categories = useCategories();
  return (
    <>
      <p>为「{damage.assetCode} {damage.assetName}」报修，报修地点取自资产卡片；生成的工单会关联到本记录，赔偿建议可按维修费用计算。</p>
      <Form.Item name="categoryId" label="报修分类" rules={[{ required: true, message: '请选择报修分类' }]}>
        <Select loading={categories.isLoading} placeholder="选择分类，用于派单" showSearch optionFilterProp="label"
          options={(categories.data ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      <Form.Item name="urgency" label="紧急程度" initialValue="normal">
        <Radio.Group optionType="button" options={[{ value: 'normal', label: '一般' }, { value: 'urgent', label: '紧急' }]} />
      </Form.Item>
      <Form.Item name="description" label="故障描述" extra="不填则使用损坏经过">
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={damage.description} />
      </Form.Item>
    </>
  );
}
