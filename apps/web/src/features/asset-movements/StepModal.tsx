import { Form, Input, Modal, Radio, Table } from 'antd';
import type { MovementDetail, ReturnLine, StepAction } from './movements-api';
import { useMovementStep } from './movements-api';

interface Values { note?: string; reason?: string; lines?: Record<string, { condition: 'good' | 'damaged'; note?: string }> }

const TITLES: Partial<Record<StepAction, string>> = { reject: '驳回', receive: '确认接收', return: '归还', approve: '审批通过', 'decline-extension': '不同意续借' };

/**
 * A step that needs words: 驳回 and 不同意续借 need a reason, 确认接收 a note when done for someone
 * else, 归还 each card's condition.
 */
export function StepModal({ detail, action, onClose, onDone }: { detail: MovementDetail; action: StepAction | null; onClose: () => void; onDone?: (d: MovementDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const step = useMovementStep(detail.movement, (d) => { onClose(); onDone?.(d); });
  const storeReturn = detail.movement.kind === 'store_return';
  const needsReason = action === 'reject' || action === 'decline-extension';
  const finish = (v: Values) => {
    if (!action) return;
    const lines: ReturnLine[] | undefined = action === 'return'
      ? detail.lines.map((l) => ({ assetId: l.assetId, condition: v.lines?.[l.assetId]?.condition ?? 'good', ...(v.lines?.[l.assetId]?.note ? { note: v.lines[l.assetId]?.note } : {}) }))
      : undefined;
    void step.submit({ action, ...(v.note ? { note: v.note } : {}), ...(v.reason ? { reason: v.reason } : {}), ...(lines ? { lines } : {}) }, form);
  };
  const title = action === 'receive' && storeReturn ? '确认退库' : TITLES[action ?? 'approve'] ?? '';
  return (
    <Modal open={action !== null} title={`${title}：${detail.movement.code}`} onCancel={onClose} onOk={() => form.submit()} okText={title}
      okButtonProps={{ loading: step.isPending, danger: needsReason }} width={action === 'return' ? 720 : 480} destroyOnHidden>
      <Form form={form} layout="vertical" name="step" onFinish={finish}>
        {needsReason ? (
          <Form.Item name="reason" label={action === 'decline-extension' ? '不同意的原因' : detail.movement.status === 'approved' ? '拒收原因' : '驳回原因'}
            rules={[{ required: true, whitespace: true, message: action === 'decline-extension' ? '请填写原因，借用人会收到通知' : '请填写原因，申请人会收到通知' }]}>
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        ) : null}
        {action === 'return' ? (
          <Table rowKey="assetId" size="small" pagination={false} dataSource={detail.lines}
            columns={[
              { title: '资产', render: (_, l) => `${l.code} ${l.name}` },
              { title: '归还状况', width: 150, render: (_, l) => (
                <Form.Item name={['lines', String(l.assetId), 'condition']} initialValue="good" noStyle>
                  <Radio.Group options={[{ value: 'good', label: '完好' }, { value: 'damaged', label: '损坏' }]} />
                </Form.Item>
              ) },
              { title: '说明', render: (_, l) => <Form.Item name={['lines', String(l.assetId), 'note']} noStyle><Input maxLength={200} placeholder="损坏时写明情况" /></Form.Item> },
            ]} />
        ) : null}
        {!needsReason ? (
          <Form.Item name="note" label={action === 'receive' && !storeReturn ? '说明（保管员代接收人确认时必填）' : '备注'} style={{ marginTop: action === 'return' ? 16 : 0 }}>
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
