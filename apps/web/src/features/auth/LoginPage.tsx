import { LockOutlined, UserOutlined, BankOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { acceptMe } from '../../app/session-actions';
import { isApiError, post } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';
import { t } from '../../lib/i18n';
import type { Me } from '../../lib/session';
import { AuthCard } from './AuthCard';

interface Values { identifier: string; password: string; schoolCode?: string }

export function LoginPage() {
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [needSchool, setNeedSchool] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const login = useMutation({
    mutationFn: (v: Values) => post<Me>('/auth/login', {
      identifier: v.identifier.trim(), password: v.password, ...(needSchool && v.schoolCode ? { schoolCode: v.schoolCode.trim() } : {}),
    }),
    onSuccess: (me) => acceptMe(client, me),
    onError: (err) => {
      if (isApiError(err) && err.body.code === 'LOGIN_SCHOOL_REQUIRED') {
        setNeedSchool(true);
        setFailure(err.body.message);
        return;
      }
      // Wrong password, lockout, disabled account: the server's own words, above the form.
      if (isApiError(err) && !err.body.fields?.length) setFailure(err.body.message);
      else showServerErrors(err, form);
    },
  });
  return (
    <AuthCard title={t('登录')} subtitle="学校后勤管理：报修、校产、安全、食堂……">
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => { setFailure(null); login.mutate(v); }} requiredMark={false}>
        <Form.Item name="identifier" label={t('工号或手机号')} rules={[{ required: true, message: '请输入工号或手机号' }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" size="large" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('密码')} rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        {needSchool ? (
          <Form.Item name="schoolCode" label={t('学校代码')} rules={[{ required: true, message: '请填写学校代码' }]} extra="同一工号在多所学校存在时需要填写，可向学校管理员询问">
            <Input prefix={<BankOutlined />} size="large" autoFocus />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>{t('登录')}</Button>
      </Form>
    </AuthCard>
  );
}
