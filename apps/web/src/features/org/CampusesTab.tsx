import { PlusOutlined } from '@ant-design/icons';
import { ProFormDigit, ProFormText, ProTable } from '@ant-design/pro-components';
import { Button, Empty } from 'antd';
import { useState } from 'react';
import { FormModal, type Editing } from '../../components/FormModal';
import { freshCopy } from '../../lib/fresh';
import { t } from '../../lib/i18n';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { type Campus, useCampuses, useOrgCrud } from './org-api';
import { RowActions } from '../../components/RowActions';

interface Values extends Record<string, unknown> { name: string; address?: string; sort?: number }

export function CampusesTab() {
  const mobile = useIsMobile();
  const { can } = useSession();
  const list = useCampuses();
  const crud = useOrgCrud<Values>('/campuses', '校区');
  const [editing, setEditing] = useState<Editing<Campus>>(null);
  const current = freshCopy(editing && editing !== 'new' ? editing : null, list.data);

  return (
    <>
      <ProTable<Campus>
        rowKey="id"
        search={false}
        options={{ reload: () => void list.refetch(), density: false, setting: false }}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        headerTitle="校区"
        toolBarRender={() => [
          can('org', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建校区</Button> : null,
        ]}
        locale={{ emptyText: <Empty description="还没有校区。一所学校至少有一个校区：点“新建校区”，例如“本部”。" /> }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '地址', dataIndex: 'address', ellipsis: true },
          { title: '楼宇', dataIndex: 'buildingCount', width: 80 },
          { title: '房间', dataIndex: 'roomCount', width: 80 },
          { title: '排序', dataIndex: 'sort', width: 70 },
          {
            title: t('操作'), valueType: 'option', width: 120, fixed: mobile ? undefined : 'right',
            render: (_, c) => <RowActions abilities={c.abilities} name={c.name} onEdit={() => setEditing(c)}
              deleteHint="校区下还有楼宇或房间时不能删除。" onDelete={() => crud.remove.mutate({ id: c.id, version: c.version })} />,
          },
        ]}
      />
      <FormModal<Values>
        title={current ? `编辑校区：${current.name}` : '新建校区'}
        open={editing !== null}
        formKey={current ? `c${current.id}v${current.version}` : 'new'}
        onClose={() => setEditing(null)}
        initialValues={current ? { name: current.name, address: current.address ?? '', sort: current.sort } : { sort: 0 }}
        onSubmit={(v, form) => current
          ? crud.update.submit({ id: current.id, body: { version: current.version, name: v.name, address: v.address || null, sort: v.sort ?? 0 } }, form)
          : crud.create.submit({ name: v.name, ...(v.address ? { address: v.address } : {}), sort: v.sort ?? 0 }, form)}
      >
        <ProFormText name="name" label="校区名称" placeholder="例如：本部、东校区" rules={[{ required: true, message: '请填写校区名称' }]} fieldProps={{ maxLength: 60 }} />
        <ProFormText name="address" label="地址" fieldProps={{ maxLength: 200 }} />
        <ProFormDigit name="sort" label="排序" tooltip="数字小的排在前面" min={0} max={9999} fieldProps={{ precision: 0 }} />
      </FormModal>
    </>
  );
}
