import { RowActions } from '../../components/RowActions';
import { ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { Button, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type Editing, FormModal } from '../../components/FormModal';
import { freshCopy } from '../../lib/fresh';
import { useSession } from '../../lib/session';
import { type Team, useTeams, useTechnicians } from './repairs-api';
import { useSettingsCrud } from './settings-api';

interface Values extends Record<string, unknown> { name: string; memberIds: number[]; active?: boolean }

/** 维修班组: a job sent to a team can be claimed by any member. */
export function TeamsTab() {
  const { can } = useSession();
  const list = useTeams();
  const techs = useTechnicians();
  const crud = useSettingsCrud<Values>('/repair-teams', '班组');
  const [editing, setEditing] = useState<Editing<Team>>(null);
  const current = editing === 'new' ? null : freshCopy(editing, list.data);
  const memberOptions = [...(techs.data ?? []).map((t) => ({ value: t.id, label: t.name }))];
  for (const m of current?.members ?? []) if (!memberOptions.some((o) => o.value === m.id)) memberOptions.push({ value: m.id, label: m.name });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {can('repair_settings', 'create') ? <Button type="primary" onClick={() => setEditing('new')}>新建班组</Button> : null}
      </Space>
      <Table<Team> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={false}
        locale={{ emptyText: <Empty description="还没有维修班组。人少的学校可以不建班组，直接把工单派给维修工；人多时按工种建班组（如“水电组”），派给班组后组内任何人都能接单。" /> }}
        columns={[
          { title: '班组名称', dataIndex: 'name', width: 180 },
          { title: '成员', render: (_, r) => (r.members.length ? r.members.map((m) => m.name).join('、') : <Tag color="orange">没有成员</Tag>) },
          { title: '状态', dataIndex: 'active', width: 100, render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '操作', width: 160, render: (_, r) => <RowActions abilities={r.abilities} name={r.name} deleteTitle={`删除班组「${r.name}」？`} deleteHint="有工单或派单规则用到的班组无法删除，请改为停用。"
              onEdit={() => setEditing(r)} onDelete={() => crud.remove.mutate(r)} />,
          },
        ]} />
      <FormModal<Values> title={current ? `编辑班组「${current.name}」` : '新建班组'} open={editing !== null} onClose={() => setEditing(null)}
        formKey={current ? `${current.id}-${current.version}` : 'new'}
        initialValues={current ? { name: current.name, memberIds: current.members.map((m) => m.id), active: current.active } : { memberIds: [] }}
        onSubmit={(v, form) => (current
          ? crud.update.submit({ id: current.id, body: { version: current.version, name: v.name, memberIds: v.memberIds ?? [], active: v.active } }, form)
          : crud.create.submit({ name: v.name, memberIds: v.memberIds ?? [] }, form))}>
        <ProFormText name="name" label="班组名称" rules={[{ required: true, message: '请填写班组名称' }]} fieldProps={{ maxLength: 30, placeholder: '例如：水电组' }} />
        <ProFormSelect name="memberIds" label="成员" mode="multiple" options={memberOptions}
          fieldProps={{ optionFilterProp: 'label', placeholder: '选择维修工', notFoundContent: '没有维修工：请先在“用户”里给维修人员分配维修工角色' }} />
        {current ? <ProFormSwitch name="active" label="启用" /> : null}
      </FormModal>
    </>
  );
}
