import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Divider, Form, Input, Row, Select } from 'antd';
import { acceptMe } from '../../app/session-actions';
import { post } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';
import { t } from '../../lib/i18n';
import type { Me } from '../../lib/session';
import { TIME_ZONE_OPTIONS } from '../../lib/time-zones';
import { AuthCard } from './AuthCard';
import { confirmRule, PASSWORD_RULE_TEXT, passwordRules } from './password-rule';

interface Values {
  school: { name: string; code: string; timezone: string; address?: string };
  admin: { staffNo: string; name: string; phone?: string; password: string; confirm: string };
}

/** First run: creates the school and its first administrator, who is then signed in. */
export function SetupPage() {
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const setup = useMutation({
    mutationFn: (v: Values) => post<Me>('/setup', {
      school: { name: v.school.name.trim(), code: v.school.code.trim(), timezone: v.school.timezone, ...(v.school.address?.trim() ? { address: v.school.address.trim() } : {}) },
      admin: { staffNo: v.admin.staffNo.trim(), name: v.admin.name.trim(), password: v.admin.password, ...(v.admin.phone?.trim() ? { phone: v.admin.phone.trim() } : {}) },
    }),
    onSuccess: (me) => {
      client.setQueryData(['setup', 'status'], { done: true });
      acceptMe(client, me);
    },
    onError: (err) => showServerErrors(err, form),
  });
  return (
    <AuthCard title={t('系统初始化')} subtitle="欢迎使用后勤管理系统。先填写学校信息并创建第一个管理员账号，之后可在系统里添加校区、楼宇、房间和其他用户。" width={640}>
      <Form form={form} layout="vertical" initialValues={{ school: { timezone: 'Asia/Shanghai' } }} onFinish={(v) => setup.mutate(v)}>
        <Divider orientation="left" plain>{t('学校信息')}</Divider>
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name={['school', 'name']} label={t('学校名称')} rules={[{ required: true, message: '请填写学校名称' }, { min: 2, message: '至少 2 个字' }]}>
              <Input placeholder="例如：城关第一小学" maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name={['school', 'code']} label={t('学校代码')} extra="字母、数字、- 或 _，登录时用于区分学校"
              rules={[{ required: true, message: '请填写学校代码' }, { pattern: /^[A-Za-z0-9_-]{2,32}$/, message: '2–32 位字母、数字、- 或 _' }]}>
              <Input placeholder="例如：cgyx" maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name={['school', 'timezone']} label={t('时区')}>
              <Select options={TIME_ZONE_OPTIONS} showSearch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name={['school', 'address']} label={t('地址')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>{t('第一个管理员')}</Divider>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name={['admin', 'staffNo']} label={t('工号')} rules={[{ required: true, message: '请填写工号' }, { pattern: /^[A-Za-z0-9_-]+$/, message: '工号只能包含字母、数字、- 或 _' }]}>
              <Input maxLength={32} autoComplete="username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name={['admin', 'name']} label={t('姓名')} rules={[{ required: true, message: '请填写姓名' }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name={['admin', 'phone']} label={t('手机号')} rules={[{ pattern: /^1\d{10}$/, message: '请填写 11 位手机号' }]}>
              <Input maxLength={11} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Alert type="info" showIcon message={t(PASSWORD_RULE_TEXT)} style={{ marginBottom: 16 }} />
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['admin', 'password']} label={t('密码')} rules={passwordRules}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['admin', 'confirm']} label="确认密码" dependencies={[['admin', 'password']]}
              rules={[{ required: true, message: '请再次输入密码' }, confirmRule(['admin', 'password'])]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" size="large" block loading={setup.isPending}>{t('完成初始化')}</Button>
      </Form>
    </AuthCard>
  );
}
