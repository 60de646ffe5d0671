import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { type Disposal, type StepInput, useTakeStep } from './disposals-api';
import { DisposalFileSelect } from './DisposalFileSelect';

interface Values { decision: 'approve' | 'reject'; note?: string; meetingDate?: Dayjs; minutesFileId?: number; docNo?: string; docDate?: Dayjs; docFileId?: number }

/**
 * 办理当前环节. 集体决策 records the meeting and its minutes (条例 第十九条); a paper 批复 of the
 * education or finance bureau is recorded by the school with its number, date and scan.
 */
export function StepModal({ disposal, onClose }: { disposal: Disposal; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const write = useTakeStep(disposal, onClose);
  const decision = Form.useWatch('decision', form) ?? 'approve';
  const step = disposal.currentStep ?? '';
  const document = disposal.abilities.documentOnly;
  const finish = (v: Values) => {
    const body: StepInput = { step, decision: v.decision, ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
    if (v.decision === 'approve') {
      if (v.meetingDate) body.meetingDate = v.meetingDate.format('YYYY-MM-DD');
      if (v.minutesFileId) body.minutesFileId = v.minutesFileId;
      if (v.docNo) body.docNo = v.docNo;
      if (v.docDate) body.docDate = v.docDate.format('YYYY-MM-DD');
      if (v.docFileId) body.docFileId = v.docFileId;
    }
    void write.submit(body, form);
  };
  return (
    <Modal open title={`${disposal.currentStepLabel ?? ''}：${disposal.summary}`} onCancel={onClose} okText="提交" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden>
      {document ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message="该环节为纸质批复：请登记批复文号、日期，并上传批复扫描件" /> : null}
      <Form form={form} layout="vertical" initialValues={{ decision: 'approve' }} onFinish={finish}>
        <Form.Item name="decision" label={document ? '批复结果' : '审批结果'}>
          <Radio.Group options={[{ value: 'approve', label: '同意' }, { value: 'reject', label: '驳回' }]} optionType="button" />
        </Form.Item>
        {decision === 'approve' && step === 'collective' ? (
          <>
            <Form.Item name="meetingDate" label="会议日期（校务会 / 党组织会议）" rules={[{ required: true, message: '请选择会议日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="minutesFileId" label="会议纪要" rules={[{ required: true, message: '请上传会议纪要' }]}><DisposalFileSelect disposalId={disposal.id} /></Form.Item>
          </>
        ) : null}
        {decision === 'approve' && document ? (
          <>
            <Form.Item name="docNo" label="批复文号" rules={[{ required: true, message: '请填写批复文号' }]}><Input maxLength={60} placeholder="如：示教财〔2026〕12号" /></Form.Item>
            <Form.Item name="docDate" label="批复日期" rules={[{ required: true, message: '请选择批复日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="docFileId" label="批复扫描件" rules={step === 'bureau' ? [{ required: true, message: '请上传批复扫描件' }] : []}><DisposalFileSelect disposalId={disposal.id} /></Form.Item>
          </>
        ) : null}
        <Form.Item name="note" label="意见" rules={decision === 'reject' ? [{ required: true, message: '驳回时请说明原因' }] : []}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={decision === 'reject' ? '驳回原因，申请人会收到通知' : '选填'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
