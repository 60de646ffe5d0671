import { PlusOutlined } from '@ant-design/icons';
import { ProFormDigit, ProFormText, ProTable } from '@ant-design/pro-components';
import { Button, Empty, Form } from 'antd';
import { useState } from 'react';
import { FormModal, type Editing } from '../../components/FormModal';
import { UserSelect } from '../../components/RemoteSelect';
import { freshCopy } from '../../lib/fresh';
import { t } from '../../lib/i18n';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { type Department, useDepartments, useOrgCrud } from './org-api';
import { RowActions } from '../../components/RowActions';

interface Values extends Record<string, unknown> { name: string; leaderUserId?: number | null; sort?: number }

export function DepartmentsTab() {
  const mobile = useIsMobile();
  const { can } = useSession();
  const list = useDepartments();
  const crud = useOrgCrud<Values>('/departments', '部门');
  const [editing, setEditing] = useState<Editing<Department>>(null);
  const current = freshCopy(editing && editing !== 'new' ? editing : null, list.data);

  return (
    <>
      <ProTable<Department>
        rowKey="id"
        search={false}
        options={{ reload: () => void list.refetch(), density: false, setting: false }}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        headerTitle="部门"
        toolBarRender={() => [
          can('org', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建部门</Button> : null,
        ]}
        locale={{ emptyText: <Empty description="还没有部门。常见的有：校长室、教务处、总务处、政教处、各年级组。" /> }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '负责人', dataIndex: 'leaderName', width: 140 },
          { title: '人数', dataIndex: 'userCount', width: 80 },
          { title: '排序', dataIndex: 'sort', width: 70 },
          {
            title: t('操作'), valueType: 'option', width: 120, fixed: mobile ? undefined : 'right',
            render: (_, d) => <RowActions abilities={d.abilities} name={d.name} onEdit={() => setEditing(d)}
              deleteHint="部门里还有人员或房间时不能删除。" onDelete={() => crud.remove.mutate({ id: d.id, version: d.version })} />,
          },
        ]}
      />
      <FormModal<Values>
        title={current ? `编辑部门：${current.name}` : '新建部门'}
        open={editing !== null}
        formKey={current ? `d${current.id}v${current.version}` : 'new'}
        onClose={() => setEditing(null)}
        initialValues={current ? { name: current.name, leaderUserId: current.leaderUserId, sort: current.sort } : { sort: 0 }}
        onSubmit={(v, form) => current
          ? crud.update.submit({ id: current.id, body: { version: current.version, name: v.name, leaderUserId: v.leaderUserId ?? null, sort: v.sort ?? 0 } }, form)
          : crud.create.submit({ name: v.name, ...(v.leaderUserId ? { leaderUserId: v.leaderUserId } : {}), sort: v.sort ?? 0 }, form)}
      >
        <ProFormText name="name" label="部门名称" rules={[{ required: true, message: '请填写部门名称' }]} fieldProps={{ maxLength: 60 }} />
        <Form.Item name="leaderUserId" label="负责人">
          <UserSelect currentLabel={current?.leaderName} />
        </Form.Item>
        <ProFormDigit name="sort" label="排序" min={0} max={9999} fieldProps={{ precision: 0 }} />
      </FormModal>
    </>
  );
}
