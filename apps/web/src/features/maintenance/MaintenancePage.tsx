import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { Button, Card, Empty, List, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useState } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { useSession } from '../../lib/session';
import { PLANS_KEY, type Plan, listPlans, usePlanWrites } from './maintenance-api';
import { OccurrencesTab } from './OccurrencesTab';
import { PlanFormModal } from './PlanFormModal';
import { TemplatesModal } from './TemplatesModal';

/** 保养计划: recurring checks that become work orders on the dispatch board when due. */
export function MaintenancePage() {
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  const [templates, setTemplates] = useState(false);
  const writes = usePlanWrites();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  // The key starts with PLANS_KEY, so every plan write's invalidation refreshes the table.
  const query = useQuery({ queryKey: [...PLANS_KEY, paging], queryFn: () => listPlans(paging), placeholderData: keepPreviousData });
  const canCreate = useSession().can('maintenance_plan', 'create');
  const isMobile = useIsMobile();
  const actions = (p: Plan) => (
    <Space size={4} wrap>
      {p.abilities.generate && <Button size="small" type="link" loading={writes.generate.isPending && writes.generate.variables === p.id} onClick={() => writes.generate.mutate(p.id)}>立即生成</Button>}
      {p.abilities.update && <Button size="small" type="link" onClick={() => setEditing(p)}>编辑</Button>}
      {p.abilities.update && <Button size="small" type="link" onClick={() => writes.toggle.mutate({ id: p.id, version: p.version, active: !p.active })}>{p.active ? '暂停' : '恢复'}</Button>}
      {p.abilities.delete && (
        <Popconfirm title={`删除计划「${p.name}」？`} onConfirm={() => writes.remove.mutate({ id: p.id, version: p.version })}>
          <Button size="small" type="link" danger>删除</Button>
        </Popconfirm>
      )}
    </Space>
  );
  const emptyText = (
    <Empty description="还没有保养计划。学校后勤工作计划里的常规检查（每周检查照明、每月检查门窗、开学前安全检查……）可以一键导入">
      {canCreate && <Button type="primary" onClick={() => setTemplates(true)}>从模板新建</Button>}
    </Empty>
  );
  const toolbar = [
    <ExportButton key="export" path="/maintenance-plans/export.xlsx" filename="保养计划.xlsx" />,
    canCreate && <Button key="tpl" onClick={() => setTemplates(true)}>从模板新建</Button>,
    canCreate && <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建计划</Button>,
  ];
  // A phone shows each plan as a card: a wide table would leave only the name and the buttons visible.
  const phoneList = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>{toolbar}</Space>
      <List<Plan>
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText }}
        pagination={(query.data?.total ?? 0) > paging.pageSize ? { current: paging.page, pageSize: paging.pageSize, total: query.data?.total ?? 0, onChange: (page, pageSize) => setPaging({ page, pageSize }), simple: true } : false}
        renderItem={(p) => (
          <Card size="small" style={{ marginBottom: 8 }} title={p.name} extra={p.active ? <Tag color="green">启用</Tag> : <Tag>已暂停</Tag>}>
            <Space direction="vertical" size={2}>
              <span>{p.scheduleText} · {p.targetText}</span>
              <Typography.Text type="secondary">下次到期 {p.nextDueDate ?? '—'} · {p.assigneeName ?? p.teamName ?? '按派单规则'} · 进行中 {p.openCount}</Typography.Text>
              {actions(p)}
            </Space>
          </Card>
        )}
      />
    </Space>
  );
  const plans = isMobile ? phoneList : (
    <ProTable<Plan>
      rowKey="id"
      search={false}
      options={false}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      pagination={{ current: paging.page, pageSize: paging.pageSize, total: query.data?.total ?? 0, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
      scroll={{ x: 1000 }}
      locale={{ emptyText }}
      toolBarRender={() => toolbar}
      columns={[
        { title: '计划', dataIndex: 'name', render: (_, p) => <Space direction="vertical" size={0}><Typography.Text strong>{p.name}</Typography.Text><Typography.Text type="secondary">{p.targetText}</Typography.Text></Space> },
        { title: '重复', dataIndex: 'scheduleText', width: 170, render: (_, p) => <Space direction="vertical" size={0}>{p.scheduleText}<Typography.Text type="secondary">遇节假日{p.holidayPolicyLabel}</Typography.Text></Space> },
        { title: '下次到期', dataIndex: 'nextDueDate', width: 110, render: (_, p) => p.nextDueDate ?? '—' },
        { title: '负责人', width: 110, render: (_, p) => p.assigneeName ?? p.teamName ?? <Typography.Text type="secondary">按派单规则</Typography.Text> },
        { title: '检查表', dataIndex: 'checklistTemplateName', ellipsis: true, render: (_, p) => p.checklistTemplateName ?? '—' },
        { title: '进行中', dataIndex: 'openCount', width: 80 },
        { title: '状态', width: 80, render: (_, p) => (p.active ? <Tag color="green">启用</Tag> : <Tag>已暂停</Tag>) },
        { title: '操作', width: 250, fixed: 'right', render: (_, p) => actions(p) },
      ]}
    />
  );
  return (
    <PageContainer title="保养计划" subTitle="定期检查保养，到期自动生成维修工单">
      <Tabs items={[{ key: 'plans', label: '计划', children: plans }, { key: 'calendar', label: '保养日历', children: <OccurrencesTab /> }]} />
      {editing !== null && <PlanFormModal plan={editing} onClose={() => setEditing(null)} />}
      <TemplatesModal open={templates} onClose={() => setTemplates(false)} />
    </PageContainer>
  );
}
