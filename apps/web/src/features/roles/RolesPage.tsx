import { PageContainer } from '@ant-design/pro-components';
import { Alert, Badge, Button, Card, Checkbox, Col, Empty, List, Popconfirm, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { type Option, type RoleSetting, useRoles, useRoleWrites } from './roles-api';

interface Draft { dataScope: string; permissions: Set<string> }

function MatrixEditor({ role, resources, actions, dataScopes, editable }: { role: RoleSetting; resources: Option[]; actions: Option[]; dataScopes: Option[]; editable: boolean }) {
  const writes = useRoleWrites();
  const [draft, setDraft] = useState<Draft>({ dataScope: role.dataScope, permissions: new Set(role.permissions) });
  // A fresh server copy (after save, reset or a 409 refetch) replaces the draft.
  useEffect(() => setDraft({ dataScope: role.dataScope, permissions: new Set(role.permissions) }), [role]);
  const dirty = draft.dataScope !== role.dataScope || draft.permissions.size !== role.permissions.length || role.permissions.some((p) => !draft.permissions.has(p));

  const toggle = (perm: string, on: boolean) => setDraft((d) => {
    const next = new Set(d.permissions);
    if (on) next.add(perm);
    else next.delete(perm);
    // Anything a role may do to a resource needs seeing it first.
    const [resource, action] = perm.split(':');
    if (on && action !== 'read') next.add(`${resource}:read`);
    if (!on && action === 'read') for (const a of actions) next.delete(`${resource}:${a.key}`);
    return { ...d, permissions: next };
  });

  return (
    <Card
      title={<Space wrap>{role.label}<Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{role.userCount} 人</Typography.Text>{role.customised ? <Tag color="orange">已自定义</Tag> : <Tag>系统默认</Tag>}</Space>}
      extra={editable ? (
        <Space wrap>
          <Popconfirm title={`把「${role.label}」恢复为系统默认权限？`} okText="恢复默认" cancelText={t('取消')} onConfirm={() => writes.reset.mutate(role.key)} disabled={!role.customised}>
            <Button disabled={!role.customised} loading={writes.reset.isPending}>{t('恢复默认')}</Button>
          </Popconfirm>
          <Button type="primary" disabled={!dirty} loading={writes.save.isPending}
            onClick={() => writes.save.mutate({ key: role.key, version: role.version, dataScope: draft.dataScope, permissions: [...draft.permissions].sort() })}>{t('保存')}</Button>
        </Space>
      ) : null}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{t('数据范围')}：</Typography.Text>
        <Select style={{ width: 180 }} disabled={!editable} value={draft.dataScope} onChange={(v) => setDraft((d) => ({ ...d, dataScope: v }))}
          options={dataScopes.map((s) => ({ value: s.key, label: s.label }))} />
        <Typography.Text type="secondary">决定能看到谁的记录：本人 / 本部门 / 全校</Typography.Text>
      </Space>
      {dirty ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="有未保存的修改" /> : null}
      <Table<Option>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={resources}
        scroll={{ x: 720 }}
        columns={[
          { title: '功能', dataIndex: 'label', fixed: 'left', width: 200 },
          ...actions.map((a) => ({
            title: a.label,
            key: a.key,
            width: 64,
            align: 'center' as const,
            render: (_: unknown, r: Option) => {
              const perm = `${r.key}:${a.key}`;
              return <Checkbox aria-label={`${r.label}-${a.label}`} disabled={!editable} checked={draft.permissions.has(perm)} onChange={(e) => toggle(perm, e.target.checked)} />;
            },
          })),
        ]}
      />
    </Card>
  );
}

/** 角色权限: pick a role, tick what it may do to each resource, choose how far it sees. */
export function RolesPage() {
  const { can } = useSession();
  const query = useRoles();
  const [selected, setSelected] = useState<string | null>(null);
  const data = query.data;
  const role = useMemo(() => data?.roles.find((r) => r.key === (selected ?? data.roles[0]?.key)), [data, selected]);

  return (
    <PageContainer title={t('角色权限')} content="内置角色的默认权限适合大多数学校；如需调整，选择左侧角色后勾选。修改会记入变更记录。">
      {query.isError ? <Alert type="error" showIcon message="角色权限加载失败" description={query.error.message} /> : null}
      {query.isLoading ? <Skeleton active /> : null}
      {data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={7} lg={6}>
            <Card size="small" title="角色" styles={{ body: { padding: 0 } }}>
              <List
                dataSource={data.roles}
                locale={{ emptyText: <Empty description="没有角色" /> }}
                renderItem={(r) => (
                  <List.Item onClick={() => setSelected(r.key)} style={{ cursor: 'pointer', padding: '8px 16px', background: r.key === role?.key ? '#e6f4ff' : undefined }}>
                    <Space>{r.label}{r.customised ? <Badge color="orange" /> : null}</Space>
                    <Typography.Text type="secondary">{r.userCount} 人</Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} md={17} lg={18}>
            {role ? <MatrixEditor key={role.key} role={role} resources={data.resources} actions={data.actions} dataScopes={data.dataScopes} editable={can('role', 'update')} /> : null}
          </Col>
        </Row>
      ) : null}
    </PageContainer>
  );
}
