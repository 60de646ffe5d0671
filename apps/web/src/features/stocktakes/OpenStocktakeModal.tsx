import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { get, qs } from '../../lib/api';
import { CategoryPicker } from '../assets/CategoryPicker';
import { useBuildings, useDepartments } from '../org/org-api';
import { useOpenStocktake } from './stocktakes-api';

interface Values { name: string; scopeKind: string; scopeIds?: number[]; counterIds: number[]; note?: string }
interface Lite { id: number; name: string }

/** A searchable multiple choice over a paged list (?q=…): rooms or people. */
function SearchMulti({ path, params, label, ...rest }: { path: string; params?: Record<string, string | boolean>; label: (x: Lite & Record<string, unknown>) => string; value?: number[]; onChange?: (v: number[]) => void; placeholder: string }) {
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: [path, { ...params, q, pageSize: 50 }], staleTime: 60_000,
    queryFn: () => get<{ items: (Lite & Record<string, unknown>)[] }>(`${path}${qs({ ...params, q, page: 1, pageSize: 50 })}`),
  });
  return <Select<number[]> mode="multiple" showSearch filterOption={false} onSearch={setQ} loading={query.isFetching}
    options={(query.data?.items ?? []).map((x) => ({ value: x.id, label: label(x) }))} notFoundContent="没有找到，换个关键词试试" {...rest} />;
}

const SCOPES = [
  { value: 'school', label: '全校' }, { value: 'building', label: '楼宇' }, { value: 'room', label: '房间' },
  { value: 'department', label: '部门' }, { value: 'category', label: '分类' },
];

/** 新建盘点: name, scope (全校/楼宇/房间/部门/分类) and the people who will scan. */
export function OpenStocktakeModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (id: number) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('scopeKind', form) ?? 'school';
  const buildings = useBuildings();
  const departments = useDepartments(open);
  const write = useOpenStocktake((id) => { onClose(); onOpened(id); });
  const finish = (v: Values) => write.submit({
    name: v.name, scopeKind: v.scopeKind, counterIds: v.counterIds ?? [],
    ...(v.scopeKind !== 'school' && v.scopeIds?.length ? { scopeIds: v.scopeIds } : {}), ...(v.note ? { note: v.note } : {}),
  }, form);
  return (
    <Modal open={open} title="新建盘点" onCancel={onClose} okText="发起盘点" okButtonProps={{ loading: write.isPending }} onOk={() => form.submit()} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" initialValues={{ scopeKind: 'school' }} onFinish={(v) => void finish(v)}>
        <Form.Item name="name" label="盘点名称" rules={[{ required: true, message: '请填写盘点名称' }]}>
          <Input maxLength={60} placeholder="如：2026 年度全校资产盘点" />
        </Form.Item>
        <Form.Item name="scopeKind" label="盘点范围">
          <Radio.Group optionType="button" options={SCOPES} onChange={() => form.setFieldValue('scopeIds', [])} />
        </Form.Item>
        {kind !== 'school' && (
          <Form.Item name="scopeIds" label={`选择${SCOPES.find((s) => s.value === kind)?.label ?? ''}`} rules={[{ required: true, message: '请至少选择一项' }]}>
            {kind === 'building' ? <Select mode="multiple" options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} placeholder="选择楼宇" />
              : kind === 'department' ? <Select mode="multiple" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} placeholder="选择部门" />
                : kind === 'category' ? <CategoryPicker multiple />
                  : <SearchMulti path="/rooms" label={(r) => `${r.name}${r.buildingName ? `（${String(r.buildingName)}）` : ''}`} placeholder="输入房间名称搜索" />}
          </Form.Item>
        )}
        <Form.Item name="counterIds" label="盘点人" rules={[{ required: true, message: '请选择至少一位盘点人' }]} extra="盘点人在手机首页“我的盘点”里扫码；多人可同时扫，同一件只计一次">
          <SearchMulti path="/users" params={{ active: true }} label={(u) => `${u.name}（${String(u.staffNo ?? '')}）`} placeholder="输入姓名或工号搜索" />
        </Form.Item>
        <Form.Item name="note" label="说明"><Input.TextArea maxLength={500} rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
