import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Empty, Popconfirm, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ROLE_LABELS } from '@houqin/contracts';
import dayjs from 'dayjs';
import { useState } from 'react';
import { AuditTab } from '../../components/AuditTab';
import { ExportButton } from '../../components/ExportButton';
import { ImportWizard } from '../../components/ImportWizard';
import { copyText, OneTimeSecret } from '../../components/OneTimeSecret';
import { freshCopy } from '../../lib/fresh';
import { t } from '../../lib/i18n';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { useServerTable } from '../../lib/use-server-table';
import { useDepartments } from '../org/org-api';
import { UserFormModal } from './UserFormModal';
import { type ImportedUser, type User, USERS_KEY, useUserWrites } from './users-api';

function StatusTags({ u }: { u: User }) {
  const locked = u.lockedUntil && dayjs(u.lockedUntil).isAfter(dayjs());
  return (
    <Space size={4} wrap>
      {u.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>}
      {locked ? <Tooltip title={`密码错误次数过多，${dayjs(u.lockedUntil).format('HH:mm')} 后自动解锁；重置密码可立即解锁`}><Tag color="red">已锁定</Tag></Tooltip> : null}
      {u.mustChangePassword && u.active ? <Tooltip title="首次登录或密码被重置后须修改密码"><Tag color="orange">待改密码</Tag></Tooltip> : null}
    </Space>
  );
}

function ImportedPasswords({ users }: { users: ImportedUser[] }) {
  if (users.length === 0) return null;
  const all = users.map((u) => `${u.staffNo}\t${u.name}\t${u.temporaryPassword}`).join('\n');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text type="warning">以下初始密码只显示这一次，请复制保存后分发给本人：</Typography.Text>
        <Button size="small" icon={<CopyOutlined />} onClick={() => void copyText(`工号\t姓名\t初始密码\n${all}`)}>全部复制</Button>
      </Space>
      <Table<ImportedUser> size="small" rowKey="staffNo" dataSource={users} pagination={{ pageSize: 8, hideOnSinglePage: true }}
        columns={[{ title: '工号', dataIndex: 'staffNo' }, { title: '姓名', dataIndex: 'name' }, { title: '初始密码', dataIndex: 'temporaryPassword', render: (v: string) => <Typography.Text code>{v}</Typography.Text> }]} />
    </Space>
  );
}

export function UsersPage() {
  const mobile = useIsMobile();
  const { me, can } = useSession();
  const client = useQueryClient();
  const [secret, setSecret] = useState<{ who: string; secret: string; title: string } | null>(null);
  const writes = useUserWrites((who, value, title) => setSecret({ who, secret: value, title }));
  const table = useServerTable<User>('/users', { defaultSort: 'staffNo' });
  const departments = useDepartments();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [history, setHistory] = useState<User | null>(null);
  const anyFilter = Object.entries(table.filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');

  const columns: ProColumns<User>[] = [
    { title: '关键词', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '姓名、工号或手机号' } },
    { title: '工号', dataIndex: 'staffNo', key: 'staffNo', sorter: true, hideInSearch: true, width: 100, fixed: mobile ? undefined : 'left' },
    { title: '姓名', dataIndex: 'name', key: 'name', sorter: true, hideInSearch: true, width: 90 },
    { title: '手机号', dataIndex: 'phone', hideInSearch: true, width: 120 },
    {
      title: '部门', dataIndex: 'departmentId', width: 110, valueType: 'select',
      fieldProps: { options: (departments.data ?? []).map((d) => ({ value: d.id, label: d.name })), showSearch: true },
      render: (_, u) => u.departmentName ?? '—',
    },
    {
      title: '角色', dataIndex: 'role', width: 170, valueType: 'select', valueEnum: ROLE_LABELS,
      render: (_, u) => <Space size={[4, 4]} wrap>{u.roleLabels.map((l) => <Tag key={l}>{l}</Tag>)}</Space>,
    },
    { title: '状态', dataIndex: 'active', width: 170, valueType: 'select', valueEnum: { true: { text: '启用' }, false: { text: '已停用' } }, render: (_, u) => <StatusTags u={u} /> },
    {
      title: '最近登录', dataIndex: 'lastLoginAt', key: 'lastLoginAt', sorter: true, hideInSearch: true, width: 140,
      render: (_, u) => u.lastLoginAt ? dayjs(u.lastLoginAt).format('YYYY-MM-DD HH:mm') : <Typography.Text type="secondary">从未登录</Typography.Text>,
    },
    {
      title: t('操作'), valueType: 'option', width: 240, fixed: mobile ? undefined : 'right',
      render: (_, u) => [
        u.abilities.update ? <a key="edit" onClick={() => setEditing(u)}>{t('编辑')}</a> : null,
        u.abilities.resetPassword ? (
          <Popconfirm key="reset" title={`重置「${u.name}」的密码？`} description="将生成临时密码并退出其所有设备，对方登录后须修改密码。"
            okText="重置" cancelText={t('取消')} onConfirm={() => writes.resetPassword.mutate(u)}>
            <a>{t('重置密码')}</a>
          </Popconfirm>
        ) : null,
        u.active && u.abilities.disable && u.id !== me.id ? (
          <Popconfirm key="off" title={`停用「${u.name}」？`} description="停用后不能登录，已登录的设备立即退出；历史记录保留，可随时启用。"
            okText={t('停用')} cancelText={t('取消')} okButtonProps={{ danger: true }} onConfirm={() => writes.setActive.mutate({ user: u, active: false })}>
            <a style={{ color: '#ff4d4f' }}>{t('停用')}</a>
          </Popconfirm>
        ) : null,
        !u.active && u.abilities.enable ? <a key="on" onClick={() => writes.setActive.mutate({ user: u, active: true })}>{t('启用')}</a> : null,
        can('audit', 'read') ? <a key="history" onClick={() => setHistory(u)}>{t('变更记录')}</a> : null,
      ],
    },
  ];

  return (
    <PageContainer title={t('用户')}>
      <ProTable<User>
        rowKey="id"
        columns={columns}
        {...table.tableProps}
        search={{ labelWidth: 'auto', span: { xs: 24, sm: 12, md: 8, lg: 6, xl: 6, xxl: 6 } }}
        scroll={{ x: 1130 }}
        options={{ reload: () => void table.query.refetch(), density: false, setting: true }}
        toolBarRender={() => [
          can('user', 'export') ? <ExportButton key="export" path="/users/export.xlsx" filters={table.filters} filename="用户清单.xlsx" /> : null,
          can('user', 'import') ? (
            <ImportWizard<ImportedUser> key="import" basePath="/users" what="用户"
              onImported={() => void client.invalidateQueries({ queryKey: USERS_KEY })}
              renderDone={(r) => <ImportedPasswords users={r.created} />} />
          ) : null,
          can('user', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建用户</Button> : null,
        ]}
        locale={{
          emptyText: table.query.isError ? <Empty description={`用户列表加载失败：${table.query.error.message}`} />
            : anyFilter ? <Empty description="没有符合条件的用户：换个关键词或清空筛选条件。" />
            : <Empty description="还没有其他用户：点“新建用户”逐个添加，或下载模板后“导入”全校教职工。" />,
        }}
      />
      <UserFormModal open={editing !== null} user={freshCopy(editing && editing !== 'new' ? editing : null, table.items)} onClose={() => setEditing(null)} writes={writes} />
      <OneTimeSecret open={secret !== null} title={secret?.title ?? ''} who={secret?.who ?? ''} secret={secret?.secret ?? ''} onClose={() => setSecret(null)} />
      <Drawer open={history !== null} onClose={() => setHistory(null)} width={Math.min(720, window.innerWidth)} title={history ? `${history.name}（${history.staffNo}）` : ''} destroyOnHidden>
        {history ? <Tabs items={[{ key: 'audit', label: t('变更记录'), children: <AuditTab entity="user" id={history.id} /> }]} /> : null}
      </Drawer>
    </PageContainer>
  );
}
