import { ProFormSelect, ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Editing, FormModal } from '../../components/FormModal';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { RowActions } from '../../components/RowActions';
import { post } from '../../lib/api';
import { freshCopy } from '../../lib/fresh';
import { useSession } from '../../lib/session';
import { useWrite } from '../../lib/use-write';
import { type Contractor, useCategories, useContractors } from './repairs-api';
import { useSettingsCrud } from './settings-api';

interface Values extends Record<string, unknown> {
  name: string; contactName?: string; phone?: string; categoryIds?: number[]; licenceNote?: string; active?: boolean;
}
type ContractorBody = Record<string, unknown>;
interface AccountValues extends Record<string, unknown> { staffNo: string; name: string; phone?: string }
interface AccountResult { contractor: Contractor; account: { staffNo: string; name: string }; initialPassword?: string }

/** Blank optional text is sent as null on edit (clears it), and left out on create. */
const text = (v: unknown, edit: boolean) => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s ? s : edit ? null : undefined;
};

/**
 * 外包单位: the companies the school outsources repairs to (委外), what they handle, and their
 * workers' logins — each sees only the work outsourced to its company, on the phone.
 */
export function ContractorsTab() {
  const { can } = useSession();
  const list = useContractors();
  const categories = useCategories();
  const crud = useSettingsCrud<ContractorBody>('/repair-contractors', '外包单位');
  const [editing, setEditing] = useState<Editing<Contractor>>(null);
  const [adding, setAdding] = useState<Contractor | null>(null);
  const [secret, setSecret] = useState<{ who: string; secret: string } | null>(null);
  const addAccount = useWrite(({ id, ...body }: AccountValues & { id: number }) => post<AccountResult>(`/repair-contractors/${id}/accounts`, body), {
    invalidate: [['/repair-contractors']],
    success: (r) => `已为「${r.contractor.name}」添加账号 ${r.account.staffNo}`,
    onSuccess: (r) => { if (r.initialPassword) setSecret({ who: `${r.contractor.name} · ${r.account.name}（工号 ${r.account.staffNo}）`, secret: r.initialPassword }); },
  });
  const current = editing === 'new' ? null : freshCopy(editing, list.data);
  const categoryOptions = (categories.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {can('repair_settings', 'create') ? <Button type="primary" onClick={() => setEditing('new')}>新建外包单位</Button> : null}
      </Space>
      <Table<Contractor> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={false} scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description="还没有外包单位。学校请物业或维修公司处理的报修（如水电、空调、电梯），在这里登记单位并开通账号；派单台上点“委外”即可把工单交给他们，对方在手机上接单、完工，报价和实际费用都有记录。" /> }}
        columns={[
          {
            title: '单位名称', dataIndex: 'name', width: 180,
            render: (_, r) => <Space direction="vertical" size={0}><Typography.Text strong>{r.name}</Typography.Text>{r.licenceNote ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.licenceNote}</Typography.Text> : null}</Space>,
          },
          { title: '联系人', width: 150, render: (_, r) => [r.contactName, r.phone].filter(Boolean).join(' · ') || '—' },
          { title: '承接分类', width: 160, render: (_, r) => (r.categories.length ? r.categories.map((c) => <Tag key={c.id}>{c.name}</Tag>) : <Typography.Text type="secondary">不限</Typography.Text>) },
          {
            title: '账号', render: (_, r) => (
              <Space size={4} wrap>
                {r.accounts.length ? r.accounts.map((a) => <Tag key={a.id} color={a.active ? 'blue' : 'default'}>{a.name}（{a.staffNo}）{a.active ? '' : ' 已停用'}</Tag>) : <Tag color="orange">未开通</Tag>}
                {r.abilities.addAccount ? <Button size="small" type="link" onClick={() => setAdding(r)}>添加账号</Button> : null}
              </Space>
            ),
          },
          { title: '在办委外', dataIndex: 'openCount', width: 90, align: 'right' },
          { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '操作', width: 130, render: (_, r) => <RowActions abilities={r.abilities} name={r.name} deleteTitle={`删除外包单位「${r.name}」？`}
              deleteHint="有委外工单或账号的单位无法删除，请改为停用。" onEdit={() => setEditing(r)} onDelete={() => crud.remove.mutate(r)} />,
          },
        ]} />
      <FormModal<Values> title={current ? `编辑外包单位「${current.name}」` : '新建外包单位'} open={editing !== null} onClose={() => setEditing(null)}
        formKey={current ? `${current.id}-${current.version}` : 'new'}
        initialValues={current ? {
          name: current.name, contactName: current.contactName ?? '', phone: current.phone ?? '', licenceNote: current.licenceNote ?? '',
          categoryIds: current.categories.map((c) => c.id), active: current.active,
        } : { categoryIds: [] }}
        onSubmit={(v, form) => {
          const body = {
            name: v.name, contactName: text(v.contactName, !!current), phone: text(v.phone, !!current), licenceNote: text(v.licenceNote, !!current),
            categoryIds: v.categoryIds ?? [],
          };
          return current
            ? crud.update.submit({ id: current.id, body: { version: current.version, ...body, active: v.active } }, form)
            // Left-out optional fields are undefined, which the JSON body drops.
            : crud.create.submit(body, form);
        }}>
        <ProFormText name="name" label="单位名称" rules={[{ required: true, message: '请填写单位名称' }]} fieldProps={{ maxLength: 60, placeholder: '例如：恒安水电维修部' }} />
        <Space style={{ display: 'flex' }} align="start">
          <ProFormText name="contactName" label="联系人" fieldProps={{ maxLength: 30 }} />
          <ProFormText name="phone" label="联系电话" fieldProps={{ maxLength: 30 }} />
        </Space>
        <ProFormSelect name="categoryIds" label="承接分类" mode="multiple" options={categoryOptions}
          fieldProps={{ optionFilterProp: 'label', placeholder: '委外时优先推荐（不选则不限）' }} />
        <ProFormTextArea name="licenceNote" label="合同/资质说明" fieldProps={{ maxLength: 500, showCount: true, placeholder: '例如：合同 2026-015，有效期至 2027-08；电工证 ×2' }} />
        {current ? <ProFormSwitch name="active" label="启用" /> : null}
      </FormModal>
      <FormModal<AccountValues> title={`为「${adding?.name ?? ''}」添加账号`} open={adding !== null} onClose={() => setAdding(null)} formKey={`account-${adding?.id ?? 0}`}
        onSubmit={(v, form) => addAccount.submit({ id: adding?.id ?? 0, staffNo: v.staffNo, name: v.name, ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}) }, form)}>
        <Typography.Paragraph type="secondary">账号角色为“外包维修人员”：只能在手机上看到并处理委外给本单位的工单，看不到学校的其他数据。系统会生成初始密码，首次登录须修改。</Typography.Paragraph>
        <ProFormText name="staffNo" label="登录工号" rules={[{ required: true, message: '请填写登录工号' }]} fieldProps={{ maxLength: 32, placeholder: '字母、数字，例如 ha-zhou' }} />
        <ProFormText name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]} fieldProps={{ maxLength: 40 }} />
        <ProFormText name="phone" label="手机号" fieldProps={{ maxLength: 11, placeholder: '可用手机号登录（选填）' }} />
      </FormModal>
      <OneTimeSecret open={secret !== null} title="外包单位账号已开通" who={secret?.who ?? ''} secret={secret?.secret ?? ''} onClose={() => setSecret(null)} />
    </>
  );
}
