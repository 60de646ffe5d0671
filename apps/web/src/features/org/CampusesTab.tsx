import { ProFormDigit, ProFormText } from '@ant-design/pro-components';
import { CrudTable } from '../../components/CrudTable';
import { type Campus, useCampuses, useOrgCrud } from './org-api';

interface Values extends Record<string, unknown> { name: string; address?: string; sort?: number }

export function CampusesTab() {
  const list = useCampuses();
  const crud = useOrgCrud<Values>('/campuses', '校区');
  return (
    <CrudTable<Campus, Values>
      noun="校区" resource="org" list={list} scrollX={640}
      emptyText="还没有校区。一所学校至少有一个校区：点“新建校区”，例如“本部”。"
      deleteHint="校区下还有楼宇或房间时不能删除。"
      onDelete={(c) => crud.remove.mutate({ id: c.id, version: c.version })}
      columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '地址', dataIndex: 'address', ellipsis: true },
        { title: '楼宇', dataIndex: 'buildingCount', width: 80 },
        { title: '房间', dataIndex: 'roomCount', width: 80 },
        { title: '排序', dataIndex: 'sort', width: 70 },
      ]}
      form={{
        initialValues: (c) => (c ? { name: c.name, address: c.address ?? '', sort: c.sort } : { sort: 0 }),
        submit: (v, form, c) => (c
          ? crud.update.submit({ id: c.id, body: { version: c.version, name: v.name, address: v.address || null, sort: v.sort ?? 0 } }, form)
          : crud.create.submit({ name: v.name, ...(v.address ? { address: v.address } : {}), sort: v.sort ?? 0 }, form)),
        fields: () => (
          <>
            <ProFormText name="name" label="校区名称" placeholder="例如：本部、东校区" rules={[{ required: true, message: '请填写校区名称' }]} fieldProps={{ maxLength: 60 }} />
            <ProFormText name="address" label="地址" fieldProps={{ maxLength: 200 }} />
            <ProFormDigit name="sort" label="排序" tooltip="数字小的排在前面" min={0} max={9999} fieldProps={{ precision: 0 }} />
          </>
        ),
      }}
    />
  );
}
