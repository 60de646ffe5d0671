import { ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { targetOf, TargetSelect } from './TargetSelect';
import { WORK_ORDERS_KEY, type WorkOrder, useWorkOrderWrites } from './repairs-api';

/** What the dispatcher is doing: send several out, move one to someone else, or call one off. */
export type WorkOrderAction = { kind: 'assign'; orders: WorkOrder[] } | { kind: 'reassign' | 'cancel'; orders: [WorkOrder] } | null;

interface TargetValues extends Record<string, unknown> { target?: string; reason?: string }

export function WorkOrderActions({ action, onClose, onDone }: { action: WorkOrderAction; onClose: () => void; onDone?: () => void }) {
  const writes = useWorkOrderWrites();
  const orders = action?.orders ?? [];
  const key = `${action?.kind}-${orders.map((o) => `${o.id}.${o.version}`).join(',')}`;
  const client = useQueryClient();
  // Any refusal (someone else dispatched first, a state change) means the list is out of date.
  const finish = (ok: boolean) => {
    if (ok) onDone?.();
    else void client.invalidateQueries({ queryKey: WORK_ORDERS_KEY });
    return ok;
  };
  const targetField = (
    <Form.Item name="target" label="派给" rules={[{ required: true, message: '请选择维修工或班组' }]}>
      <TargetSelect />
    </Form.Item>
  );
  if (action?.kind === 'cancel') {
    const o = orders[0];
    return (
      <FormModal<TargetValues> title={`取消工单 ${o?.code ?? ''}`} open formKey={key} onClose={onClose}
        onSubmit={async (v, form) => finish(await writes.cancel.submit({ id: o!.id, version: o!.version, reason: String(v.reason ?? '') }, form))}>
        <ProFormTextArea name="reason" label="取消原因" rules={[{ required: true, message: '请写明取消原因，报修人会看到' }]}
          fieldProps={{ maxLength: 200, showCount: true, placeholder: '例如：重复报修，已在 BX000012 处理' }} />
      </FormModal>
    );
  }
  if (action?.kind === 'reassign') {
    const o = orders[0];
    return (
      <FormModal<TargetValues> title={`转单 ${o?.code ?? ''}（当前：${o?.assigneeName ?? o?.teamName ?? '未派'}）`} open formKey={key} onClose={onClose}
        onSubmit={async (v, form) => finish(await writes.reassign.submit({ id: o!.id, version: o!.version, reason: String(v.reason ?? ''), ...targetOf(v.target) }, form))}>
        {targetField}
        <ProFormText name="reason" label="转单原因" rules={[{ required: true, message: '请写明转单原因' }]}
          fieldProps={{ maxLength: 200, placeholder: '例如：原维修工请假；需要电工处理' }} />
      </FormModal>
    );
  }
  return (
    <FormModal<TargetValues> title={orders.length > 1 ? `批量派单（${orders.length} 张）` : `派单 ${orders[0]?.code ?? ''}`} open={action !== null} formKey={key} onClose={onClose}
      onSubmit={async (v, form) => finish(await writes.assign.submit({ ...targetOf(v.target), items: orders.map((o) => ({ id: o.id, version: o.version })) }, form))}>
      {targetField}
      {orders.length > 1 ? <div style={{ color: 'rgba(0,0,0,.45)' }}>全部成功才会派出；若有工单已被他人处理，会提示是哪一张，列表随即刷新。</div> : null}
    </FormModal>
  );
}
