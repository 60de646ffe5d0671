import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic, Steps, Tag, Typography } from 'antd';
import type { Page } from '@houqin/contracts';
import { Link } from 'react-router';
import { ROUTES } from '../../app/routes';
import { get, qs } from '../../lib/api';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { RepairsCard } from './RepairsCard';
import { TodayCard } from './TodayCard';

function greeting(): string {
  const hour = new Date().getHours();
  if (hour < 11) return '早上好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** A count from a list endpoint's total; silent when the module is not there yet. */
function useTotal(path: string, enabled: boolean, filters: Record<string, string> = {}) {
  return useQuery({
    queryKey: [path, { page: 1, pageSize: 1, ...filters }],
    queryFn: () => get<Page<unknown>>(`${path}${qs({ page: 1, pageSize: 1, ...filters })}`),
    enabled,
    retry: false,
  });
}

function Count({ title, query, to, empty }: { title: string; query: ReturnType<typeof useTotal>; to: string; empty: string }) {
  return (
    <Card size="small" hoverable>
      <Link to={to}>
        <Statistic title={title} value={query.data?.total ?? (query.isError ? '—' : ' ')} loading={query.isLoading} />
        {query.data?.total === 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{empty}</Typography.Text> : null}
      </Link>
    </Card>
  );
}

export function DashboardPage() {
  const { me, can } = useSession();
  const rooms = useTotal('/rooms', can('room', 'read'));
  const users = useTotal('/users', can('user', 'read'));
  const unlinked = useTotal('/qr-codes', can('qr', 'read'), { linked: 'false' });
  const links = ROUTES.filter((r) => r.path !== '/' && !r.hideInMenu && (!r.resource || can(r.resource, 'read')));
  const isAdmin = can('org', 'create') || can('user', 'create');

  return (
    <PageContainer title={false}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>{greeting()}，{me.name}</Typography.Title>
        <Space wrap>
          <Typography.Text type="secondary">{me.schoolName}</Typography.Text>
          {me.departmentName ? <Typography.Text type="secondary">· {me.departmentName}</Typography.Text> : null}
          {me.roleLabels.map((l) => <Tag key={l} color="blue">{l}</Tag>)}
        </Space>
      </Card>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('校产、安全巡查等模块即将上线')}
        description="报修与维修已经可以使用。校区楼宇、房间、人员和角色、校历和二维码是各模块共用的基础数据，先把它们录好，新模块上线后即可直接使用。" />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}><TodayCard /></Col>
        <Col xs={24} lg={16}>
          <Row gutter={[16, 16]}>
            {can('room', 'read') ? <Col xs={12} md={8}><Count title="房间" query={rooms} to="/rooms" empty="还没有房间，去新建或导入" /></Col> : null}
            {can('user', 'read') ? <Col xs={12} md={8}><Count title="用户" query={users} to="/users" empty="还没有其他用户" /></Col> : null}
            {can('qr', 'read') ? <Col xs={12} md={8}><Count title="未关联的二维码" query={unlinked} to="/qr" empty="没有空闲二维码" /></Col> : null}
          </Row>
          {can('work_order', 'read') && me.dataScope === 'school' ? <RepairsCard /> : null}
          <Card title={t('快捷入口')} size="small" style={{ marginTop: 16 }}>
            <Space wrap size={[8, 8]}>
              {links.map((r) => <Link key={r.path} to={r.path}><Tag icon={r.icon} style={{ padding: '4px 10px', fontSize: 14 }}>{t(r.name)}</Tag></Link>)}
              <Link to="/profile"><Tag style={{ padding: '4px 10px', fontSize: 14 }}>{t('个人中心')}</Tag></Link>
            </Space>
          </Card>
        </Col>
      </Row>
      {isAdmin ? (
        <Card title="开始使用：建议的录入顺序" size="small" style={{ marginTop: 16 }}>
          <Steps
            direction="vertical"
            size="small"
            current={-1}
            items={[
              { title: <Link to="/org">校区、楼宇和部门</Link>, description: '在「组织机构」里先建校区，再建楼宇（填地上、地下层数），再建部门和年级班级。' },
              { title: <Link to="/rooms">房间</Link>, description: '按楼宇和楼层批量新建（如 101-110），或下载模板用 Excel 导入。' },
              { title: <Link to="/users">用户和角色</Link>, description: '添加教师、维修工、保管员等账号；在「角色权限」里调整各角色能做什么。' },
              { title: <Link to="/calendar">校历</Link>, description: '核对学年学期、节假日和调休，以及每周工作时间（报修时限按工作时间计算）。' },
              { title: <Link to="/qr">二维码</Link>, description: '生成一批二维码，贴到房间门口；老师扫码即可报修。' },
            ]}
          />
        </Card>
      ) : null}
    </PageContainer>
  );
}
