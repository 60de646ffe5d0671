import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, message } from 'antd';
import { post } from '../../lib/api';
import { showServerErrors } from '../../lib/form-errors';
import { t } from '../../lib/i18n';
import { confirmRule, PASSWORD_RULE_TEXT, passwordRules } from './password-rule';

interface Values { currentPassword: string; newPassword: string; confirm: string }

/** POST /auth/password. The server signs out the user's other devices afterwards. */
export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: (v: Values) => post('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      void message.success('密码已修改，其他设备上的登录已退出');
      form.resetFields();
      onDone();
    },
    onError: (err) => showServerErrors(err, form),
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)} style={{ maxWidth: 420 }}>
      <Alert type="info" showIcon message={t(PASSWORD_RULE_TEXT)} style={{ marginBottom: 16 }} />
      <Form.Item name="currentPassword" label={t('当前密码')} rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('新密码')} rules={passwordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={t('确认新密码')} dependencies={['newPassword']} rules={[{ required: true, message: '请再次输入新密码' }, confirmRule('newPassword')]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>{t('修改密码')}</Button>
    </Form>
  );
}
