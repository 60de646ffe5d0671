import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RoomSelect, UserSelect } from '../../components/RemoteSelect';
import { useSession } from '../../lib/session';
import { useDepartments } from '../org/org-api';
import { CardPicker } from './CardPicker';
import { type Candidate, KIND_LABELS, type MovementDetail, type MovementKind, useCreateMovement } from './movements-api';

interface Values {
  kind: MovementKind; assetIds: number[]; toCustodianId?: number; toDepartmentId?: number; toRoomId?: number;
  reason: string; expectedDate?: Dayjs; dueDate?: Dayjs;
}

const HELP: Record<MovementKind, string> = {
  transfer: '调拨：资产换使用人、部门或存放地点。审批后由接收人确认收到，确认时才变更资产的保管信息。',
  loan: '借用：临时借出，到期归还。审批后保管员办理借出，逾期未还系统每天提醒借用人和保管员。',
  store_return: '退库：不再使用的资产交回库房。保管员确认后清除使用人，资产改为闲置。',
};

/** 新建调拨单 / 借用单 / 退库单, optionally for cards chosen beforehand (the card drawer's buttons). */
export function CreateMovementModal({ open, onClose, kind: presetKind, cards = [], onCreated }: {
  open: boolean; onClose: () => void; kind?: MovementKind; cards?: Candidate[]; onCreated?: (d: MovementDetail) => void;
}) {
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? presetKind ?? 'transfer';
  const departments = useDepartments(open);
  const manager = can('asset_movement', 'update') && can('asset', 'update');
  const create = useCreateMovement((d) => { onClose(); onCreated?.(d); });
  const save = async (submit: boolean) => {
    let v: Values;
    try { v = await form.validateFields(); } catch { return; }
    await create.submit({
      kind: v.kind, assetIds: v.assetIds ?? [], reason: v.reason, submit,
      ...(v.toCustodianId ? { toCustodianId: v.toCustodianId } : {}),
      ...(v.toDepartmentId ? { toDepartmentId: v.toDepartmentId } : {}),
      ...(v.toRoomId ? { toRoomId: v.toRoomId } : {}),
      ...(v.expectedDate ? { expectedDate: v.expectedDate.format('YYYY-MM-DD') } : {}),
      ...(v.dueDate ? { dueDate: v.dueDate.format('YYYY-MM-DD') } : {}),
    }, form);
  };
  return (
    <Modal open={open} title={`新建${KIND_LABELS[kind]}单`} onCancel={onClose} width={760} destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>取消</Button>,
        <Button key="draft" loading={create.isPending} onClick={() => void save(false)}>保存草稿</Button>,
        <Button key="submit" type="primary" loading={create.isPending} onClick={() => void save(true)}>提交</Button>,
      ]}>
      <Form form={form} layout="vertical" name="movement" initialValues={{ kind: presetKind ?? 'transfer', assetIds: cards.map((c) => c.id) }}>
        <Form.Item name="kind" label="单据类型">
          <Radio.Group optionType="button" buttonStyle="solid" disabled={presetKind !== undefined}
            options={(Object.keys(KIND_LABELS) as MovementKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            onChange={() => form.setFieldValue('assetIds', [])} />
        </Form.Item>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={HELP[kind]} />
        <Form.Item name="assetIds" label="资产" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一件资产' }]}>
          <CardPicker key={kind} kind={kind} known={cards} />
        </Form.Item>
        {kind === 'transfer' ? (
          <>
            <Form.Item name="toCustodianId" label="接收人" extra={can('user', 'read') ? '接收人在手机上确认收到；不填时由接收房间的班主任或管理人确认' : undefined}>
              <UserSelect disabled={!can('user', 'read')} placeholder={can('user', 'read') ? '输入姓名或工号搜索' : '由保管员指定'} />
            </Form.Item>
            <Form.Item name="toDepartmentId" label="接收部门">
              <Select allowClear options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} placeholder="选填" />
            </Form.Item>
            <Form.Item name="toRoomId" label="接收地点"><RoomSelect /></Form.Item>
            <Form.Item name="expectedDate" label="预计调拨日期"><DatePicker style={{ width: '100%' }} /></Form.Item>
          </>
        ) : null}
        {kind === 'loan' ? (
          <>
            {manager ? (
              <Form.Item name="toCustodianId" label="借用人" rules={[{ required: true, message: '请选择借用人' }]}><UserSelect /></Form.Item>
            ) : <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="借用人为您本人，只能借用闲置的资产" />}
            <Form.Item name="toRoomId" label="使用地点"><RoomSelect placeholder="选填：借去哪里用" /></Form.Item>
            <Form.Item name="dueDate" label="归还期限" rules={[{ required: true, message: '请选择归还期限' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          </>
        ) : null}
        <Form.Item name="reason" label="事由" rules={[{ required: true, whitespace: true, message: '请填写事由' }]}>
          <Input.TextArea rows={2} maxLength={200} showCount placeholder={kind === 'loan' ? '如：公开课借用投影仪' : kind === 'transfer' ? '如：新学期三年级1班添置课桌椅' : '如：多余课桌交回库房'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
