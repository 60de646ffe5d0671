import { Button, Form, Input, NoticeBar, Result } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { post } from '../../lib/api';
import { useMe, useSession } from '../app/session';
import { Page } from '../components/page';
import { applyServerErrors } from '../lib/apply-field-errors';
import { describeError } from '../lib/describe-error';
import { safeNext } from '../lib/safe-next';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const RULE_TEXT = '至少 8 位，需同时包含字母和数字';

/** Mirrors the server's rule (platform/auth/passwords.ts) so most mistakes show before sending. */
function passwordProblem(value: string): string | null {
  if (value.length < 8) return '密码至少 8 位';
  if (value.length > 64) return '密码不能超过 64 位';
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return '密码必须同时包含字母和数字';
  return null;
}

/** Change one's own password; forced after first login or an admin reset. */
export function PasswordPage() {
  const me = useMe();
  const { refresh, signOut } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [forced] = useState(me.mustChangePassword);
  const next = safeNext(params.get('next'), forced ? '/m' : '/m/profile');
  const [form] = Form.useForm<PasswordValues>();
  const [submitting, setSubmitting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (values: PasswordValues) => {
    setSubmitting(true);
    setMessage(null);
    try {
      await post('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      await refresh();
      setDone(true);
    } catch (err) {
      setMessage(applyServerErrors(form, err, ['currentPassword', 'newPassword']));
    } finally {
      setSubmitting(false);
    }
  };

  const leave = async () => {
    await signOut(false).catch((err: unknown) => setMessage(describeError(err).message));
  };

  if (done) {
    return (
      <Page title="修改密码">
        <Result status="success" title="密码已修改" description="本机保持登录；其他手机和电脑已退出，之后请使用新密码登录。" />
        <div className="m-actions m-pad">
          <Button block color="primary" size="large" onClick={() => navigate(next, { replace: true })}>继续</Button>
        </div>
      </Page>
    );
  }

  return (
    <Page title="修改密码" backTo={forced ? undefined : '/m/profile'}
      right={forced ? <button type="button" className="m-navbar-link" onClick={() => void leave()}>退出</button> : null}>
      {forced && <NoticeBar className="m-notice" color="alert" wrap content="首次登录或密码被重置后，请先设置新密码。" />}
      <Form
        form={form}
        layout="vertical"
        mode="card"
        onFinish={submit}
        requiredMarkStyle="none"
        footer={
          <>
            {message && <div className="m-form-error" role="alert">{message}</div>}
            <Button block type="submit" color="primary" size="large" loading={submitting}>确认修改</Button>
          </>
        }
      >
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input type="password" placeholder={forced ? '管理员告知的初始密码' : '请输入当前密码'} autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" description={RULE_TEXT} rules={[
          { required: true, message: '请输入新密码' },
          { validator: async (_r, v: string | undefined) => { const p = v ? passwordProblem(v) : null; if (p) throw new Error(p); } },
        ]}>
          <Input type="password" placeholder="请输入新密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label="确认新密码" dependencies={['newPassword']} rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_r, v: string | undefined) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}>
          <Input type="password" placeholder="请再次输入新密码" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Page>
  );
}
