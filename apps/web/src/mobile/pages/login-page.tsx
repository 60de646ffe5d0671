import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError, post } from '../../lib/api';
import { BootSpinner } from '../app/boot-screens';
import { useSession } from '../app/session';
import type { Me } from '../lib/api-types';
import { applyServerErrors } from '../lib/apply-field-errors';
import { safeNext } from '../lib/safe-next';

interface LoginValues {
  identifier: string;
  password: string;
  schoolCode?: string;
}

const FIELDS = ['identifier', 'password', 'schoolCode'];

/** Phone login with 工号 or phone number; the 学校代码 field appears only when the server asks. */
export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { status, me, signIn } = useSession();
  const [form] = Form.useForm<LoginValues>();
  const [needSchool, setNeedSchool] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (status === 'loading') return <BootSpinner />;
  if (me) {
    const to = me.mustChangePassword ? `/m/password?next=${encodeURIComponent(next)}` : next;
    return <Navigate to={to} replace />;
  }

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setMessage(null);
    try {
      const body = { identifier: values.identifier.trim(), password: values.password, schoolCode: values.schoolCode?.trim() || undefined };
      signIn(await post<Me>('/auth/login', body));
    } catch (err) {
      if (err instanceof ApiError && err.body.code === 'LOGIN_SCHOOL_REQUIRED') {
        // The 学校代码 field is not on screen yet, so the server's sentence goes above the button.
        setNeedSchool(true);
        setMessage(err.body.message);
      } else setMessage(applyServerErrors(form, err, FIELDS));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="m-login">
      <header className="m-login-brand">
        <div className="m-logo" aria-hidden="true">后勤</div>
        <h1>学校后勤服务</h1>
        <p>报修、领用、验收，扫码即可办理</p>
      </header>
      <Form
        form={form}
        layout="vertical"
        mode="card"
        onFinish={submit}
        requiredMarkStyle="none"
        footer={
          <>
            {message && <div className="m-form-error" role="alert">{message}</div>}
            <Button block type="submit" color="primary" size="large" loading={submitting}>登录</Button>
          </>
        }
      >
        <Form.Item name="identifier" label="工号或手机号" rules={[{ required: true, message: '请输入工号或手机号' }]}>
          <Input placeholder="请输入工号或手机号" autoComplete="username" clearable />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input placeholder="请输入密码" type="password" autoComplete="current-password" clearable />
        </Form.Item>
        {needSchool && (
          <Form.Item name="schoolCode" label="学校代码" rules={[{ required: true, message: '请填写学校代码' }]}
            description="同一工号在多所学校存在时需要填写，可向学校管理员询问">
            <Input placeholder="请输入学校代码" autoComplete="organization" clearable />
          </Form.Item>
        )}
      </Form>
      <div className="m-login-foot">
        <p>忘记密码？请联系学校系统管理员重置。</p>
        <a href="/">使用电脑版</a>
      </div>
    </div>
  );
}
