import { ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CrudTable } from '../../components/CrudTable';
import { type Building, floorsOf, useBuildings, useCampuses, useOrgCrud } from './org-api';

interface Values extends Record<string, unknown> { campusId: number; name: string; code?: string; floorsAbove: number; floorsBelow?: number; sort?: number }

export function BuildingsTab() {
  const [campusId, setCampusId] = useState<number | undefined>();
  const campuses = useCampuses();
  const list = useBuildings(campusId);
  const crud = useOrgCrud<Values>('/buildings', '楼宇');
  const campusOptions = (campuses.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  const noCampus = campuses.isSuccess && campusOptions.length === 0;

  return (
    <CrudTable<Building, Values>
      noun="楼宇" resource="org" list={list} scrollX={760} createDisabled={noCampus}
      headerTitle={
        <Space wrap>
          楼宇
          <Select allowClear placeholder="全部校区" style={{ width: 160 }} value={campusId} onChange={setCampusId} options={campusOptions} />
        </Space>
      }
      emptyText={noCampus ? '请先在“校区”页签新建校区，再新建楼宇。' : '还没有楼宇。点“新建楼宇”，填写名称和地上、地下层数，之后就能按楼层建房间。'}
      deleteHint="楼宇里还有房间时不能删除。"
      onDelete={(b) => crud.remove.mutate({ id: b.id, version: b.version })}
      expandable={{
        expandedRowRender: (b) => (
          <Space wrap size={[4, 4]}>
            {floorsOf(b).map((f) => <Tag key={f.value}>{f.label}</Tag>)}
            <Link to={`/rooms?buildingId=${b.id}`}>查看房间 →</Link>
          </Space>
        ),
      }}
      columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '编号', dataIndex: 'code', width: 90 },
        { title: '校区', dataIndex: 'campusName', width: 120 },
        { title: '楼层', key: 'floors', width: 160, render: (_, b) => `地上 ${b.floorsAbove} 层${b.floorsBelow ? `，地下 ${b.floorsBelow} 层` : ''}` },
        { title: '房间', dataIndex: 'roomCount', width: 80, render: (_, b) => <Link to={`/rooms?buildingId=${b.id}`}>{b.roomCount}</Link> },
      ]}
      form={{
        initialValues: (b) => (b
          ? { campusId: b.campusId, name: b.name, code: b.code ?? '', floorsAbove: b.floorsAbove, floorsBelow: b.floorsBelow, sort: b.sort }
          : { campusId: campusId ?? campusOptions[0]?.value, floorsAbove: 4, floorsBelow: 0, sort: 0 }),
        submit: (v, form, b) => (b
          ? crud.update.submit({ id: b.id, body: { version: b.version, campusId: v.campusId, name: v.name, code: v.code || null, floorsAbove: v.floorsAbove, floorsBelow: v.floorsBelow ?? 0, sort: v.sort ?? 0 } }, form)
          : crud.create.submit({ campusId: v.campusId, name: v.name, ...(v.code ? { code: v.code } : {}), floorsAbove: v.floorsAbove, floorsBelow: v.floorsBelow ?? 0, sort: v.sort ?? 0 }, form)),
        fields: () => (
          <>
            <ProFormSelect name="campusId" label="校区" options={campusOptions} rules={[{ required: true, message: '请选择校区' }]} />
            <ProFormText name="name" label="楼宇名称" placeholder="例如：教学楼、综合楼、1号宿舍楼" rules={[{ required: true, message: '请填写楼宇名称' }]} fieldProps={{ maxLength: 60 }} />
            <ProFormText name="code" label="楼宇编号" placeholder="可选，例如 A" fieldProps={{ maxLength: 20 }} />
            <Space size="large" wrap>
              <ProFormDigit name="floorsAbove" label="地上层数" min={1} max={100} fieldProps={{ precision: 0 }} rules={[{ required: true, message: '请填写地上层数' }]} />
              <ProFormDigit name="floorsBelow" label="地下层数" min={0} max={10} fieldProps={{ precision: 0 }} />
              <ProFormDigit name="sort" label="排序" min={0} max={9999} fieldProps={{ precision: 0 }} />
            </Space>
          </>
        ),
      }}
    />
  );
}
