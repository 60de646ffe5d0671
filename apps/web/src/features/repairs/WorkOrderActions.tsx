import { ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { targetOf, TargetSelect } from './TargetSelect';
import { WORK_ORDERS_KEY, type WorkOrder, useContractors, useWorkOrderWrites } from './repairs-api';

/** What the dispatcher is doing: send several out, move one to someone else, outsource one (委外), or call one off. */
export type WorkOrderAction = { kind: 'assign'; orders: WorkOrder[] } | { kind: 'reassign' | 'outsource' | 'cancel'; orders: [WorkOrder] } | null;

interface TargetValues extends Record<string, unknown> { target?: string; reason?: string }
/** The quote is typed in 元 under the server's field name, so a refusal of `quoteFen` lands under it. */
interface OutsourceValues extends Record<string, unknown> { contractorId?: number; quoteFen?: number; note?: string }

/** 委外: pick a contractor (those handling the job's category first), with its quote and a note for the 转单 record. */
function OutsourceDialog({ order, formKey, onClose, finish }: { order: WorkOrder; formKey: string; onClose: () => void; finish: (ok: boolean) => boolean }) {
  const writes = useWorkOrderWrites();
  const contractors = useContractors();
  const active = (contractors.data ?? []).filter((c) => c.active);
  const handles = (c: (typeof active)[number]) => c.categories.some((x) => x.id === order.categoryId);
  const options = [...active.filter(handles), ...active.filter((c) => !handles(c))].map((c) => ({
    value: c.id,
    label: `${c.name}${handles(c) ? `（承接${order.categoryName}）` : ''}${c.accounts.length === 0 ? ' · 未开通账号' : ''}`,
  }));
  return (
    <FormModal<OutsourceValues> title={`委外 ${order.code}（${order.categoryName}）`} open formKey={formKey} onClose={onClose}
      onSubmit={async (v, form) => finish(await writes.outsource.submit({
        id: order.id, version: order.version, contractorId: Number(v.contractorId),
        ...(v.quoteFen !== undefined && v.quoteFen !== null ? { quoteFen: Math.round(Number(v.quoteFen) * 100) } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      }, form))}>
      <ProFormSelect name="contractorId" label="外包单位" options={options} rules={[{ required: true, message: '请选择外包单位' }]}
        fieldProps={{ showSearch: true, optionFilterProp: 'label', loading: contractors.isLoading, notFoundContent: '还没有外包单位：请先在“报修设置 → 外包单位”中添加' }} />
      <ProFormDigit name="quoteFen" label="报价（元）" min={0} max={10000000} fieldProps={{ precision: 2, placeholder: '外包单位的报价，完工时对照实际费用' }} />
      <ProFormTextArea name="note" label="委外说明" fieldProps={{ maxLength: 200, showCount: true, placeholder: '例如：需要专业管道设备；请周三前上门' }} />
      <div style={{ color: 'rgba(0,0,0,.45)' }}>外包单位的账号会收到通知并在手机上接单、完工；完工时须填写实际费用。</div>
    </FormModal>
  );
}

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
  if (action?.kind === 'outsource' && orders[0]) return <OutsourceDialog order={orders[0]} formKey={key} onClose={onClose} finish={finish} />;
  if (action?.kind === 'reassign') {
    const o = orders[0];
    return (
      <FormModal<TargetValues> title={`转单 ${o?.code ?? ''}（当前：${o?.assigneeName ?? o?.teamName ?? o?.contractorName ?? '未派'}）`} open formKey={key} onClose={onClose}
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
