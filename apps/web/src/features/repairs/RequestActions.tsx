import { ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { RemoteSelect } from '../../components/RemoteSelect';
import { type RepairRequest, useRequestWrites } from './repairs-api';
import { targetOf, TargetSelect } from './TargetSelect';

export type RequestAction = { kind: 'convert' | 'merge' | 'decline'; request: RepairRequest } | null;

interface Values extends Record<string, unknown> { target?: string; targetId?: number; note?: string; reason?: string }

/** The triage decisions on a new request: make it a work order, fold it into another, or turn it down. */
export function RequestActions({ action, onClose }: { action: RequestAction; onClose: () => void }) {
  const writes = useRequestWrites();
  const r = action?.request;
  const key = `${action?.kind}-${r?.id}-${r?.version}`;
  if (!r || !action) return null;
  if (action.kind === 'convert') {
    return (
      <FormModal<Values> title={`受理 ${r.code}，转为工单`} open formKey={key} onClose={onClose}
        onSubmit={(v, form) => writes.convert.submit({ id: r.id, version: r.version, ...targetOf(v.target) }, form)}>
        <Typography.Paragraph type="secondary">{r.categoryName} · {r.location ?? r.locationText ?? ''}：{r.description}</Typography.Paragraph>
        <Form.Item name="target" label="派给" extra="不选则按“报修设置”里的派单规则自动派给对应班组或维修工；没有匹配规则时进入派单台待派。">
          <TargetSelect allowClear />
        </Form.Item>
      </FormModal>
    );
  }
  if (action.kind === 'merge') {
    return (
      <FormModal<Values> title={`合并 ${r.code} 到另一张报修单`} open formKey={key} onClose={onClose}
        onSubmit={(v, form) => writes.merge.submit({ id: r.id, version: r.version, targetId: Number(v.targetId), note: v.note || undefined }, form)}>
        <Form.Item name="targetId" label="并入报修单" rules={[{ required: true, message: '请选择要并入的报修单' }]}
          extra="同一问题被多人报修时使用：本单关闭，报修人会收到通知并可跟进合并后的单子。">
          <RemoteSelect<RepairRequest> path="/repair-requests" params={{ open: true }} placeholder="输入单号或描述搜索"
            toOption={(x) => ({ value: x.id, label: `${x.code} · ${x.categoryName} · ${x.description.slice(0, 24)}`, disabled: x.id === r.id })} />
        </Form.Item>
        <ProFormText name="note" label="说明（可选）" fieldProps={{ maxLength: 200 }} />
      </FormModal>
    );
  }
  return (
    <FormModal<Values> title={`驳回 ${r.code}`} open formKey={key} onClose={onClose}
      onSubmit={(v, form) => writes.decline.submit({ id: r.id, version: r.version, reason: String(v.reason ?? '') }, form)}>
      <ProFormTextArea name="reason" label="驳回原因（报修人会看到）" rules={[{ required: true, message: '请写明驳回原因' }]}
        fieldProps={{ maxLength: 200, showCount: true, placeholder: '例如：不属于学校维修范围，请联系物业；已于昨日修好' }} />
    </FormModal>
  );
}
