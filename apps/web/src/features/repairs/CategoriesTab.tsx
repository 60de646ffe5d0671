import { RowActions } from '../../components/RowActions';
import { ProFormDigit, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { Button, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type Editing, FormModal } from '../../components/FormModal';
import { freshCopy } from '../../lib/fresh';
import { useSession } from '../../lib/session';
import { type Category, useCategories } from './repairs-api';
import { useSettingsCrud } from './settings-api';

interface Values extends Record<string, unknown> { name: string; sort?: number; active?: boolean }

/** 报修分类: what a requester picks first; retired ones are switched off, not deleted, once used. */
export function CategoriesTab() {
  const { can } = useSession();
  const list = useCategories();
  const crud = useSettingsCrud<Values>('/repair-categories', '分类');
  const [editing, setEditing] = useState<Editing<Category>>(null);
  const current = editing === 'new' ? null : freshCopy(editing, list.data);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {can('repair_settings', 'create') ? <Button type="primary" onClick={() => setEditing('new')}>新建分类</Button> : null}
      </Space>
      <Table<Category> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={false}
        locale={{ emptyText: <Empty description="还没有报修分类：先建好“水电”“门窗”“空调”等分类，老师报修时从中选择。" /> }}
        columns={[
          { title: '分类名称', dataIndex: 'name' },
          { title: '排序', dataIndex: 'sort', width: 100 },
          { title: '状态', dataIndex: 'active', width: 100, render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '操作', width: 160, render: (_, r) => <RowActions abilities={r.abilities} name={r.name} deleteTitle={`删除分类「${r.name}」？`} deleteHint="已有报修使用的分类无法删除，请改为停用。"
              onEdit={() => setEditing(r)} onDelete={() => crud.remove.mutate(r)} />,
          },
        ]} />
      <FormModal<Values> title={current ? `编辑分类「${current.name}」` : '新建分类'} open={editing !== null} onClose={() => setEditing(null)}
        formKey={current ? `${current.id}-${current.version}` : 'new'}
        initialValues={current ? { name: current.name, sort: current.sort, active: current.active } : { sort: 0 }}
        onSubmit={(v, form) => (current
          ? crud.update.submit({ id: current.id, body: { version: current.version, name: v.name, sort: v.sort, active: v.active } }, form)
          : crud.create.submit({ name: v.name, sort: v.sort }, form))}>
        <ProFormText name="name" label="分类名称" rules={[{ required: true, message: '请填写分类名称' }]} fieldProps={{ maxLength: 30 }} />
        <ProFormDigit name="sort" label="排序（小的在前）" min={0} max={9999} fieldProps={{ precision: 0 }} />
        {current ? <ProFormSwitch name="active" label="启用" /> : null}
      </FormModal>
    </>
  );
}
