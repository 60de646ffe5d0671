import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import type { Page } from '@houqin/contracts';
import { get, qs } from '../../lib/api';
import { money } from '../../lib/money';
import type { Asset } from '../assets/assets-api';
import { CONDITION_OPTIONS, type DisposalDetail, KIND_OPTIONS, METHOD_OPTIONS, type NewDisposal, useDisposalSettings, useSubmitDisposal } from './disposals-api';

/** Cards on the books that may be put up for disposal, searched by number or name. */
function CardSelect({ value, onChange, known }: { value?: number[]; onChange?: (v: number[]) => void; known: Asset[] }) {
  const [q, setQ] = useState('');
  const search = useQuery({ queryKey: ['/assets', 'disposal-pick', q], queryFn: () => get<Page<Asset>>(`/assets${qs({ q, pageSize: 30 })}`) });
  const byId = new Map([...known, ...(search.data?.items ?? [])].map((a) => [a.id, a]));
  const options = [...byId.values()].map((a) => ({
    value: a.id, label: `${a.code} ${a.name}（${a.statusLabel}，原值 ${money(a.originalValueFen)}）`,
    disabled: ['loaned', 'pending_disposal', 'disposed'].includes(a.status),
  }));
  return <Select mode="multiple" showSearch filterOption={false} onSearch={setQ} value={value} onChange={onChange} options={options}
    loading={search.isFetching} placeholder="输入资产编号或名称搜索，可选多件" notFoundContent="没有找到，换个关键词试试" />;
}

/** 申请报废/报损: the cards, one of the four legal conditions, the reason, the appraisal and the proposed method. */
export function CreateDisposalModal({ open, onClose, onCreated, assets = [] }: { open: boolean; onClose: () => void; onCreated?: (d: DisposalDetail) => void; assets?: Asset[] }) {
  const [form] = Form.useForm<NewDisposal>();
  const settings = useDisposalSettings();
  const write = useSubmitDisposal((d) => { onClose(); onCreated?.(d); });
  const condition = Form.useWatch('legalCondition', form);
  const needsAppraisal = !!condition && (settings.data?.appraisalConditions ?? ['obsolete']).includes(condition);
  return (
    <Modal open={open} width={680} title="申请报废 / 报损" onCancel={onClose} okText="提交申请" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message="提交后资产转为“待报废”，不能再调拨或借出；审批链按原值合计自动确定（见“设置”）。" />
      <Form form={form} layout="vertical" initialValues={{ kind: 'scrap', proposedMethod: 'recycle', assetIds: assets.map((a) => a.id) }}
        onFinish={(v) => void write.submit({ ...v, reason: v.reason.trim(), ...(v.appraisal?.trim() ? { appraisal: v.appraisal.trim() } : { appraisal: undefined }) }, form)}>
        <Form.Item name="kind" label="类型"><Radio.Group options={KIND_OPTIONS} optionType="button" /></Form.Item>
        <Form.Item name="assetIds" label="资产" rules={[{ required: true, message: '请选择要报废的资产' }]}><CardSelect known={assets} /></Form.Item>
        <Form.Item name="legalCondition" label="报废报损情形（《行政事业性国有资产管理条例》第二十一条）" rules={[{ required: true, message: '请选择报废报损情形' }]}>
          <Select options={CONDITION_OPTIONS} placeholder="必须属于以下四种情形之一" />
        </Form.Item>
        <Form.Item name="reason" label="申请理由" rules={[{ required: true, message: '请填写申请理由' }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
        <Form.Item name="appraisal" label="技术鉴定意见" rules={needsAppraisal ? [{ required: true, message: '该情形需要技术鉴定意见' }] : []}
          extra="鉴定报告可在提交后作为附件上传">
          <Input.TextArea rows={2} maxLength={2000} placeholder={needsAppraisal ? '必填：鉴定人/单位、结论' : '选填'} />
        </Form.Item>
        <Form.Item name="proposedMethod" label="拟处置方式"><Select options={METHOD_OPTIONS} /></Form.Item>
      </Form>
    </Modal>
  );
}
