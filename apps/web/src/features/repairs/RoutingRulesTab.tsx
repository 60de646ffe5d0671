import { RowActions } from '../../components/RowActions';
import { ProFormDependency, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { Alert, Button, Empty, Form, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Editing, FormModal } from '../../components/FormModal';
import { freshCopy } from '../../lib/fresh';
import { useSession } from '../../lib/session';
import { useBuildings, useCampuses } from '../org/org-api';
import { type RoutingRule, useCategories } from './repairs-api';
import { useRoutingRules, useSettingsCrud } from './settings-api';
import { targetOf, TargetSelect } from './TargetSelect';

interface Values extends Record<string, unknown> { categoryId?: number; campusId?: number; buildingId?: number; target?: string; sort?: number; note?: string; active?: boolean }

const any = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

function BuildingField() {
  return (
    <ProFormDependency name={['campusId']}>
      {({ campusId }: { campusId?: number }) => <BuildingSelect campusId={campusId} />}
    </ProFormDependency>
  );
}

function BuildingSelect({ campusId }: { campusId?: number }) {
  const buildings = useBuildings(campusId);
  return (
    <ProFormSelect name="buildingId" label="楼宇" placeholder="不限楼宇" allowClear
      options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
  );
}

/** 派单规则: which category in which place goes to whom; the first matching rule (by 排序) wins. */
export function RoutingRulesTab() {
  const { can } = useSession();
  const list = useRoutingRules();
  const categories = useCategories();
  const campuses = useCampuses();
  const crud = useSettingsCrud<Record<string, unknown>>('/repair-routing-rules', '派单规则');
  const [editing, setEditing] = useState<Editing<RoutingRule>>(null);
  const current = editing === 'new' ? null : freshCopy(editing, list.data);
  const body = (v: Values) => {
    const target = targetOf(v.target);
    return { categoryId: v.categoryId ?? null, campusId: v.campusId ?? null, buildingId: v.buildingId ?? null,
      teamId: target.teamId ?? null, assigneeId: target.assigneeId ?? null, sort: v.sort, note: v.note || null };
  };
  return (
    <>
      <Alert style={{ marginBottom: 12 }} type="info" showIcon
        message="报修受理时按“排序”从小到大找第一条匹配的规则（分类、校区、楼宇留空表示不限），自动派给对应的维修工或班组；没有匹配时进入派单台等待人工派单。" />
      <Space style={{ marginBottom: 12 }}>
        {can('repair_settings', 'create') ? <Button type="primary" onClick={() => setEditing('new')}>新建规则</Button> : null}
      </Space>
      <Table<RoutingRule> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data ?? []} pagination={false}
        locale={{ emptyText: <Empty description="还没有派单规则，所有报修都需要在派单台手工派单。例如可建一条：分类“水电” → 水电组。" /> }}
        columns={[
          { title: '排序', dataIndex: 'sort', width: 70 },
          { title: '分类', render: (_, r) => r.categoryName ?? any('全部分类') },
          { title: '校区', render: (_, r) => r.campusName ?? any('全部校区') },
          { title: '楼宇', render: (_, r) => r.buildingName ?? any('全部楼宇') },
          { title: '派给', render: (_, r) => r.assigneeName ?? (r.teamName ? `${r.teamName}（班组）` : any('—')) },
          { title: '备注', dataIndex: 'note', render: (n: string | null) => n ?? '' },
          { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '操作', width: 130, render: (_, r) => <RowActions abilities={r.abilities} name="派单规则" deleteTitle="删除这条派单规则？"
              onEdit={() => setEditing(r)} onDelete={() => crud.remove.mutate(r)} />,
          },
        ]} />
      <FormModal<Values> title={current ? '编辑派单规则' : '新建派单规则'} open={editing !== null} onClose={() => setEditing(null)}
        formKey={current ? `${current.id}-${current.version}` : 'new'}
        initialValues={current ? {
          categoryId: current.categoryId ?? undefined, campusId: current.campusId ?? undefined, buildingId: current.buildingId ?? undefined,
          target: current.assigneeId ? `u:${current.assigneeId}` : current.teamId ? `t:${current.teamId}` : undefined,
          sort: current.sort, note: current.note ?? undefined, active: current.active,
        } : { sort: 100 }}
        onSubmit={(v, form) => (current
          ? crud.update.submit({ id: current.id, body: { version: current.version, ...body(v), active: v.active } }, form)
          : crud.create.submit(body(v), form))}>
        <ProFormSelect name="categoryId" label="报修分类" placeholder="不限分类" allowClear options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        <ProFormSelect name="campusId" label="校区" placeholder="不限校区" allowClear options={(campuses.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        <BuildingField />
        <Form.Item name="target" label="派给" rules={[{ required: true, message: '请选择维修工或班组' }]}><TargetSelect /></Form.Item>
        <ProFormDigit name="sort" label="排序（小的先匹配）" min={0} max={9999} fieldProps={{ precision: 0 }} />
        <ProFormText name="note" label="备注" fieldProps={{ maxLength: 200 }} />
        {current ? <ProFormSwitch name="active" label="启用" /> : null}
      </FormModal>
    </>
  );
}
