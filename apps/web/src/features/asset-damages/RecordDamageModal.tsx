import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Page } from '@houqin/contracts';
import { UserSelect } from '../../components/RemoteSelect';
import { get, qs } from '../../lib/api';
import type { Asset } from '../assets/assets-api';
import { CAUSE_OPTIONS, type DamageDetail, PARTY_OPTIONS, useRecordDamage } from './damages-api';

interface Values {
  assetId: number; occurredOn: Dayjs; cause: string; description: string; partyType: string;
  partyUserId?: number; partyName?: string; partyClass?: string; workOrderId?: number;
}

function AssetPick({ value, onChange, known }: { value?: number; onChange?: (v: number) => void; known?: Asset }) {
  const [q, setQ] = useState('');
  const search = useQuery({ queryKey: ['/assets', 'damage-pick', q], queryFn: () => get<Page<Asset>>(`/assets${qs({ q, pageSize: 30 })}`) });
  const all = new Map([...(known ? [known] : []), ...(search.data?.items ?? [])].map((a) => [a.id, a]));
  return <Select showSearch filterOption={false} onSearch={setQ} value={value} onChange={onChange} loading={search.isFetching} placeholder="输入资产编号或名称搜索"
    options={[...all.values()].filter((a) => a.status !== 'disposed').map((a) => ({ value: a.id, label: `${a.code} ${a.name}（${a.location || '未登记地点'}）` }))} />;
}

/** 登记损坏: the card, when, how and why, and who answers for it (谁损坏谁赔偿). */
export function RecordDamageModal({ open, onClose, asset, onCreated }: { open: boolean; onClose: () => void; asset?: Asset; onCreated?: (d: DamageDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const write = useRecordDamage((d) => { onClose(); onCreated?.(d); });
  const partyType = Form.useWatch('partyType', form) ?? 'student';
  const finish = (v: Values) => void write.submit({
    assetId: v.assetId, occurredOn: v.occurredOn.format('YYYY-MM-DD'), cause: v.cause, description: v.description.trim(), partyType: v.partyType,
    ...(v.partyType === 'user' && v.partyUserId ? { partyUserId: v.partyUserId } : {}),
    ...((v.partyType === 'student' || v.partyType === 'outsider') && v.partyName ? { partyName: v.partyName.trim() } : {}),
    ...(v.partyType === 'student' && v.partyClass ? { partyClass: v.partyClass.trim() } : {}),
    ...(v.workOrderId ? { workOrderId: v.workOrderId } : {}),
  }, form);
  return (
    <Modal open={open} title="登记损坏" onCancel={onClose} okText="登记" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={finish} initialValues={{ assetId: asset?.id, occurredOn: dayjs(), cause: 'human', partyType: 'student' }}>
        <Form.Item name="assetId" label="损坏资产" rules={[{ required: true, message: '请选择资产' }]}><AssetPick known={asset} /></Form.Item>
        <Form.Item name="occurredOn" label="损坏日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="cause" label="原因"><Radio.Group options={CAUSE_OPTIONS} optionType="button" /></Form.Item>
        <Form.Item name="description" label="损坏经过" rules={[{ required: true, message: '请填写经过' }]}><Input.TextArea rows={3} maxLength={1000} placeholder="时间、地点、怎么损坏的、损坏程度" /></Form.Item>
        <Form.Item name="partyType" label="责任人"><Radio.Group options={PARTY_OPTIONS} /></Form.Item>
        {partyType === 'user' ? <Form.Item name="partyUserId" label="教职工" rules={[{ required: true, message: '请选择责任人' }]}><UserSelect /></Form.Item> : null}
        {partyType === 'student' || partyType === 'outsider' ? (
          <Form.Item name="partyName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input maxLength={40} /></Form.Item>
        ) : null}
        {partyType === 'student' ? <Form.Item name="partyClass" label="班级" rules={[{ required: true, message: '请填写班级' }]}><Input maxLength={40} placeholder="如：三年级1班" /></Form.Item> : null}
        <Form.Item name="workOrderId" label="维修工单编号" extra="已报修的可填写工单编号；赔偿建议会优先按维修费用计算"><InputNumber min={1} precision={0} style={{ width: '100%' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
