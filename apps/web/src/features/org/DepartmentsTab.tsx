import { ProFormDigit, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { CrudTable } from '../../components/CrudTable';
import { UserSelect } from '../../components/RemoteSelect';
import { type Department, useDepartments, useOrgCrud } from './org-api';

interface Values extends Record<string, unknown> { name: string; leaderUserId?: number | null; sort?: number }

export function DepartmentsTab() {
  const list = useDepartments();
  const crud = useOrgCrud<Values>('/departments', '部门');
  return (
    <CrudTable<Department, Values>
      noun="部门" resource="org" list={list} scrollX={560}
      emptyText="还没有部门。常见的有：校长室、教务处、总务处、政教处、各年级组。"
      deleteHint="部门里还有人员或房间时不能删除。"
      onDelete={(d) => crud.remove.mutate({ id: d.id, version: d.version })}
      columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '负责人', dataIndex: 'leaderName', width: 140 },
        { title: '人数', dataIndex: 'userCount', width: 80 },
        { title: '排序', dataIndex: 'sort', width: 70 },
      ]}
      form={{
        initialValues: (d) => (d ? { name: d.name, leaderUserId: d.leaderUserId, sort: d.sort } : { sort: 0 }),
        submit: (v, form, d) => (d
          ? crud.update.submit({ id: d.id, body: { version: d.version, name: v.name, leaderUserId: v.leaderUserId ?? null, sort: v.sort ?? 0 } }, form)
          : crud.create.submit({ name: v.name, ...(v.leaderUserId ? { leaderUserId: v.leaderUserId } : {}), sort: v.sort ?? 0 }, form)),
        fields: (d) => (
          <>
            <ProFormText name="name" label="部门名称" rules={[{ required: true, message: '请填写部门名称' }]} fieldProps={{ maxLength: 60 }} />
            <Form.Item name="leaderUserId" label="负责人">
              <UserSelect currentLabel={d?.leaderName} />
            </Form.Item>
            <ProFormDigit name="sort" label="排序" min={0} max={9999} fieldProps={{ precision: 0 }} />
          </>
        ),
      }}
    />
  );
}
