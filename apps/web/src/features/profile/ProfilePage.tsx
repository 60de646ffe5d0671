import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Col, Descriptions, Modal, Row, Space, Tag, Typography } from 'antd';
import { DATA_SCOPE_LABELS, type DataScope } from '@houqin/contracts';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';

export function ProfilePage() {
  const { me, signOut } = useSession();
  const confirmLogoutAll = () => Modal.confirm({
    title: `${t('退出所有设备')}？`,
    content: '包括这台电脑在内，所有已登录的电脑和手机都会退出，需要重新登录。手机丢失或在公用电脑上忘记退出时使用。',
    okText: t('退出所有设备'),
    okButtonProps: { danger: true },
    cancelText: t('取消'),
    onOk: () => signOut(true),
  });
  return (
    <PageContainer title={t('个人中心')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('我的信息')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('姓名')}>{me.name}</Descriptions.Item>
              <Descriptions.Item label={t('工号')}>{me.staffNo}</Descriptions.Item>
              <Descriptions.Item label={t('手机号')}>{me.phone ?? <Typography.Text type="secondary">未填写（可请管理员补充，之后可用手机号登录）</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label="学校">{me.schoolName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('部门')}>{me.departmentName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('角色')}><Space wrap>{me.roleLabels.map((l) => <Tag key={l}>{l}</Tag>)}</Space></Descriptions.Item>
              <Descriptions.Item label={t('数据范围')}>{DATA_SCOPE_LABELS[me.dataScope as DataScope] ?? me.dataScope}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="登录安全" style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary">修改密码后，其他设备上的登录会自动退出。</Typography.Paragraph>
            <Button danger onClick={confirmLogoutAll}>{t('退出所有设备')}</Button>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('修改密码')}>
            <ChangePasswordForm onDone={() => undefined} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
